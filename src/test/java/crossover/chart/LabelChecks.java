package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** What the label tests ask of every chart, at whatever size and with whichever fonts. */
public final class LabelChecks {

    private LabelChecks() {
    }

    /** No two labels overlap and none leaves the chart. */
    public static void apartAndInside(List<LabelBox> boxes, double w, double h, String where) {
        assertThat(boxes).as(where).isNotEmpty();
        // Inside, and not against the left or right edge: at least 3 px in.
        Rectangle2D chart = new Rectangle2D.Double(3, 0, w - 6, h);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            LabelBox a = boxes.get(i);
            if (!chart.contains(a.box())) {
                problems.add("\"" + a.text() + "\" leaves the " + w + "×" + h + " chart (or is within 3 px of a side): "
                        + a.box());
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                LabelBox b = boxes.get(j);
                if (a.box().intersects(b.box())) {
                    problems.add("\"" + a.text() + "\" " + a.box() + " overlaps \"" + b.text() + "\" " + b.box());
                }
            }
        }
        assertThat(problems).as(where).isEmpty();
    }

    /** Today's volume, the headline break-even (or the note saying there is none) and every option are labelled. */
    public static void costChartNamesWhatMatters(ChartSpec spec, List<LabelBox> boxes, String where) {
        List<String> texts = boxes.stream().map(LabelBox::text).toList();
        assertThat(texts).as(where).containsAnyOf(spec.today().label(), spec.today().shortLabel());
        spec.breakEven().ifPresent(m -> assertThat(texts).as(where).containsAnyOf(m.label(), m.shortLabel()));
        spec.note().ifPresent(n -> assertThat(texts).as(where).contains(n));
        for (ChartSpec.Series s : spec.series()) {
            assertThat(texts).as(where + ": legend").anyMatch(t -> t.startsWith(s.option().label().substring(0, 3)));
        }
    }

    /**
     * The bars drawn are the largest swings, each named; the inputs that gave way are counted in a line; at least
     * six inputs are shown, or all that move the difference.
     */
    public static void tornadoNamesItsRows(TornadoSpec spec, List<LabelBox> boxes, String where) {
        List<String> texts = boxes.stream().map(LabelBox::text).toList();
        List<String> named = spec.rows().stream().map(TornadoSpec.Bar::label)
                .filter(label -> texts.stream().anyMatch(t -> t.equals(label)
                        || t.endsWith("…") && label.startsWith(t.substring(0, t.length() - 1))))
                .toList();
        int shown = named.size();
        long moving = spec.rows().stream().filter(b -> b.high() != b.low()).count();
        assertThat(shown).as(where).isGreaterThanOrEqualTo((int) Math.min(6, moving));
        assertThat(named).as(where + ": the largest swings first")
                .containsExactlyElementsOf(spec.rows().subList(0, shown).stream().map(TornadoSpec.Bar::label).toList());
        if (shown < spec.rows().size()) {
            int hidden = spec.rows().size() - shown;
            assertThat(texts).as(where).anyMatch(t -> t.startsWith(hidden + " more input"));
        }
        assertThat(texts).as(where + ": the factors at the bars' ends").contains("0.8×", "1.2×");
    }
}
