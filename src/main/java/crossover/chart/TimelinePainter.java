package crossover.chart;

import crossover.model.Option;
import crossover.model.Units;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link TimelineSpec} on any Graphics2D: monthly cash per option on top, cumulative cash below with
 * each payback month marked, and the month the cheapest option changes across both. Shared by the window and
 * the exports, like {@link ChartPainter}; like it, no two labels overlap and none leaves the chart.
 */
public final class TimelinePainter extends SpecPainter<TimelineSpec> {

    private static final double LEFT = 70;
    private static final double RIGHT = 24;
    private static final double GAP = 44;
    private static final double BOTTOM = 40;
    private static final double LEGEND_BASELINE = 16;
    private static final double LEGEND_ROW = 16;
    private static final double BELOW_LEGEND = 22;

    private final Font tick = new ChartFont(Font.PLAIN, 11);
    private final Font label = new ChartFont(Font.BOLD, 12);

    @Override
    void paint(Graphics2D g, TimelineSpec spec, ChartTheme theme, double width, double height, Labels labels) {
        ChartPainter.hints(g);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        List<Legend.Entry<TimelineSpec.Series>> legend = legend(g, spec, width);
        double top = top(legend);
        double plotHeight = Math.max(40, (height - top - GAP - BOTTOM) / 2);
        Rectangle2D upper = new Rectangle2D.Double(LEFT, top, Math.max(40, width - LEFT - RIGHT), plotHeight);
        Rectangle2D lower = new Rectangle2D.Double(LEFT, top + plotHeight + GAP, upper.getWidth(), plotHeight);
        legend(g, legend, theme, labels);
        panel(g, spec, theme, upper, false, "Cash per month", labels);
        panel(g, spec, theme, lower, true, "Cumulative cash", labels);
    }

    /** Only the cumulative panel, filling the area: for the PDF report. */
    public void paintCumulative(Graphics2D g, TimelineSpec spec, ChartTheme theme, double width, double height) {
        ChartPainter.hints(g);
        Labels labels = new Labels(width, height);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        List<Legend.Entry<TimelineSpec.Series>> legend = legend(g, spec, width);
        double top = top(legend);
        Rectangle2D plot = new Rectangle2D.Double(LEFT, top, Math.max(40, width - LEFT - RIGHT),
                Math.max(40, height - top - BOTTOM));
        legend(g, legend, theme, labels);
        panel(g, spec, theme, plot, true, "Cumulative cash", labels);
    }

    private static double top(List<Legend.Entry<TimelineSpec.Series>> legend) {
        return LEGEND_BASELINE + (Legend.rows(legend) - 1) * LEGEND_ROW + BELOW_LEGEND;
    }

    private void panel(Graphics2D g, TimelineSpec spec, ChartTheme theme, Rectangle2D p, boolean cumulative,
                       String title, Labels labels) {
        double max = spec.series().stream().flatMapToDouble(s -> Arrays.stream(cumulative ? s.cumulative() : s.monthly()))
                .max().orElse(1);
        double step = Scale.niceStep(Math.max(max, 1e-9) / 5);
        Scale y = new Scale(0, Math.ceil(max * 1.05 / step) * step, false, p.getMaxY(), p.getMinY());
        Scale x = new Scale(0.5, spec.months() + 0.5, false, p.getMinX(), p.getMaxX());
        g.setColor(theme.plotBackground());
        g.fill(p);
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double v : y.majorTicks()) {
            double py = y.toPixel(v);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(p.getMinX(), py, p.getMaxX(), py));
            String s = ChartPainter.money(v);
            double tx = p.getMinX() - 6 - fm.stringWidth(s);
            double baseline = py + (fm.getAscent() - fm.getDescent()) / 2.0;
            if (labels.fits(Labels.textBox(fm, s, tx, baseline))) {
                labels.text(g, s, tx, baseline, theme.text());
            }
        }
        int every = Math.max(1, (int) Math.ceil(spec.months() / (p.getWidth() / 40)));
        for (int m = 1; m <= spec.months(); m += every) {
            String s = Integer.toString(m);
            double tx = x.toPixel(m) - fm.stringWidth(s) / 2.0;
            if (labels.fits(Labels.textBox(fm, s, tx, p.getMaxY() + 14))) {
                labels.text(g, s, tx, p.getMaxY() + 14, theme.mutedText());
            }
        }
        String heading = title + (cumulative ? " to date, by month" : "");
        if (labels.fits(Labels.textBox(fm, heading, p.getMinX(), p.getMinY() - 6))) {
            labels.text(g, heading, p.getMinX(), p.getMinY() - 6, theme.mutedText());
        }
        List<Double> lines = new ArrayList<>();
        spec.switchMonth().ifPresent(m -> {
            double px = x.toPixel(m - 0.5);
            g.setColor(theme.breakEven());
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
            lines.add(px);
        });
        List<ClippedPath> curves = new ArrayList<>();
        for (TimelineSpec.Series s : spec.series()) {
            double[] values = cumulative ? s.cumulative() : s.monthly();
            ClippedPath path = new ClippedPath(p);
            for (int i = 0; i < values.length; i++) {
                double py = y.toPixel(values[i]);
                if (cumulative) {
                    path.to(x.toPixel(i + 1), py);
                } else {
                    path.to(x.toPixel(i + 0.5), py);
                    path.to(x.toPixel(i + 1.5), py);
                }
            }
            g.setColor(color(s, theme));
            g.setStroke(stroke(s));
            g.draw(path.path());
            if (!s.excluded()) {
                curves.add(path);
            }
        }
        purchases(g, spec, theme, p, x, cumulative, labels, curves, lines);
        List<Map.Entry<Option, Integer>> paybacks = cumulative
                ? spec.payback().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList() : List.of();
        for (Map.Entry<Option, Integer> e : paybacks) {
            double px = x.toPixel(e.getValue());
            g.setColor(theme.of(e.getKey()));
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0));
            g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
            lines.add(px);
        }
        if (!cumulative) {
            spec.switchMonth().ifPresent(m -> tag(g, List.of(spec.switchNote().orElse(""), "From month " + m),
                    x.toPixel(m - 0.5), p, theme.breakEven(), theme, labels, curves, lines));
        }
        for (Map.Entry<Option, Integer> e : paybacks) {
            tag(g, List.of(e.getKey().label() + " pays back in month " + e.getValue(),
                    e.getKey().label() + ": month " + e.getValue(), "Month " + e.getValue()), x.toPixel(e.getValue()),
                    p, theme.of(e.getKey()), theme, labels, curves, lines);
        }
        g.setColor(theme.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(p);
    }

    /**
     * The months owned GPUs are bought: a triangle on the panel's floor under each, and on the monthly panel the
     * first one named, since a purchase is what makes that month's cash jump.
     */
    private void purchases(Graphics2D g, TimelineSpec spec, ChartTheme theme, Rectangle2D p, Scale x,
                           boolean cumulative, Labels labels, List<ClippedPath> curves, List<Double> lines) {
        if (spec.purchases().isEmpty()) {
            return;
        }
        Color color = theme.of(Option.ON_PREM);
        g.setColor(color);
        for (int month : spec.purchases().keySet()) {
            double px = x.toPixel(month);
            java.awt.geom.Path2D triangle = new java.awt.geom.Path2D.Double();
            triangle.moveTo(px, p.getMaxY() - 8);
            triangle.lineTo(px - 5, p.getMaxY());
            triangle.lineTo(px + 5, p.getMaxY());
            triangle.closePath();
            g.fill(triangle);
        }
        if (!cumulative) {
            Map.Entry<Integer, Double> first = spec.purchases().entrySet().stream()
                    .min(Map.Entry.comparingByKey()).orElseThrow();
            double gpus = first.getValue();
            String bought = "Buys " + Units.grouped(gpus) + (gpus == 1 ? " GPU" : " GPUs") + " in month " + first.getKey();
            tag(g, List.of(bought + (spec.purchases().size() > 1 ? " (each purchase marked below)" : ""), bought,
                    "Buys GPUs: month " + first.getKey()), x.toPixel(first.getKey()), p, color, theme, labels, curves,
                    lines);
        }
    }

    /**
     * A marker's label beside its line, in rows from the top of the panel, kept off other labels and, where there is
     * room, off the curves and other lines; nothing if no row has room.
     */
    private void tag(Graphics2D g, List<String> texts, double px, Rectangle2D p, Color color, ChartTheme theme,
                     Labels labels, List<ClippedPath> curves, List<Double> lines) {
        g.setFont(label);
        FontMetrics fm = g.getFontMetrics();
        labels.beside(texts, fm, px, p, true, 0, box -> curves.stream().anyMatch(c -> c.crosses(box, 2))
                        ? Labels.Clash.CURVE : Labels.crossings(box, lines, px))
                .ifPresent(l -> {
                    ChartPainter.tag(g, l.text(), l.box(), color, theme, fm);
                    labels.add(l.text(), l.box());
                });
        g.setFont(tick);
    }


    /** The legend's entries across the top, on as many rows as the width needs. */
    private List<Legend.Entry<TimelineSpec.Series>> legend(Graphics2D g, TimelineSpec spec, double width) {
        return Legend.layout(spec.series(), s -> s.option().label()
                + (s.excluded() ? " (excluded)" : s.recommended() ? " (recommended)" : ""), g.getFontMetrics(tick), 8,
                width - 6);
    }

    private void legend(Graphics2D g, List<Legend.Entry<TimelineSpec.Series>> entries, ChartTheme theme,
                        Labels labels) {
        g.setFont(tick);
        Legend.draw(g, entries, LEGEND_BASELINE, LEGEND_ROW, s -> new Legend.Style(color(s, theme), stroke(s),
                s.excluded() ? theme.mutedText() : theme.text()), labels);
    }

    private static Color color(TimelineSpec.Series s, ChartTheme theme) {
        return ChartPainter.optionColor(s.option(), s.excluded(), theme);
    }

    private static BasicStroke stroke(TimelineSpec.Series s) {
        return s.excluded() ? ChartPainter.EXCLUDED
                : new BasicStroke(s.recommended() ? 3f : 1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static String legendText(TimelineSpec.Series s) {
        return s.option().label() + (s.recommended() ? " (recommended)" : "");
    }
}
