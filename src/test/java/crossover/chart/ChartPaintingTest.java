package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Option;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the painters draw where: curves cut at the plot's edge, excluded options, the tornado's colours. */
class ChartPaintingTest {

    @Test
    void aCurveThatLeavesThePlotStopsAtTheEdgeAndComesBackInsteadOfRunningAlongIt() {
        ClippedPath path = new ClippedPath(new Rectangle2D.Double(0, 100, 200, 100));
        // Up through the top at x = 50, back down through it at x = 150.
        path.to(0, 150);
        path.to(100, 50);
        path.to(200, 150);

        List<double[]> moves = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.path().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            (type == PathIterator.SEG_MOVETO ? moves : lines).add(new double[] {c[0], c[1]});
        }

        assertThat(moves).hasSize(2);
        assertThat(moves.get(1)[0]).isCloseTo(150, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(moves.get(1)[1]).isEqualTo(100);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)[0]).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lines.get(0)[1]).isEqualTo(100);
        assertThat(path.crosses(new Rectangle2D.Double(80, 100, 40, 20), 0)).as("nothing drawn above the dip")
                .isFalse();
        assertThat(path.crosses(new Rectangle2D.Double(10, 130, 20, 20), 0)).isTrue();
    }

    @Test
    void onAShortCostAxisNoCurveIsDrawnAlongTheTopEdge() {
        Evaluation e = CostEngine.evaluate(crossover.model.TestScenarios.oneGpu(1.00, 100_000, 1_500));
        ChartSpec spec = ChartSpecs.of(e, false, Optional.empty());
        // A tenth of the costs in view: every curve leaves through the top early on.
        ChartSpec tall = spec.withLogCost(false, 0, spec.maxCost() / 10);
        BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartGeometry geo = new ChartPainter().paint(g, tall, ChartTheme.LIGHT, 800, 450, OptionalDouble.empty());
        g.dispose();

        int row = (int) Math.floor(geo.plot().getMinY());
        int coloured = 0;
        for (int x = (int) geo.plot().getMinX() + 1; x < geo.plot().getMaxX() - 1; x++) {
            Color pixel = new Color(image.getRGB(x, row));
            for (Option o : e.options()) {
                if (distance(pixel, ChartTheme.LIGHT.of(o)) < 90) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("pixels of a curve's colour along the top edge").isLessThan(40);
    }

    @Test
    void excludedOptionsAreSoMarkedInTheLegendOfBothCharts() throws Exception {
        Evaluation e = CostEngine.evaluate(LabelLayoutTest.sample("2-regulated-at-scale"));
        ChartSpec spec = ChartSpecs.of(e, true, Optional.empty());
        assertThat(spec.series()).filteredOn(ChartSpec.Series::excluded).extracting(ChartSpec.Series::option)
                .containsExactly(Option.API_INFERENCE);

        assertThat(new ChartPainter().labelBoxes(spec, 1000, 500)).extracting(LabelBox::text)
                .contains("API inference (excluded)", "Self-hosted (recommended)", "Cloud-managed");
        assertThat(new TimelinePainter().labelBoxes(TimelineSpec.of(e), 1000, 500)).extracting(LabelBox::text)
                .contains("API inference (excluded)", "Self-hosted (recommended)", "Cloud-managed");
    }

    @Test
    void whenTheLegendNeedsAnotherRowTheFrameIsPaintedAgain() throws Exception {
        ChartSpec spec = ChartSpecs.of(CostEngine.evaluate(LabelLayoutTest.sample("4-zig-zag-break-even")), true,
                Optional.empty());
        List<ChartSpec.Series> excluded = spec.series().stream().map(s -> new ChartSpec.Series(s.option(), s.curve(),
                s.steps(), s.recommended(), s.option() == Option.API_INFERENCE)).toList();
        ChartSpec other = new ChartSpec(spec.minTokens(), spec.maxTokens(), spec.minCost(), spec.maxCost(),
                spec.logCost(), spec.tokensPerRequest(), excluded, spec.zigZag(), spec.breakEvens(), spec.today(),
                spec.horizon(), spec.note(), spec.bands(), spec.scenario());
        ChartPainter painter = new ChartPainter();
        // A width at which " (excluded)" pushes the last entry onto a second row.
        double width = java.util.stream.IntStream.range(400, 1200).asDoubleStream()
                .filter(w -> painter.geometry(spec, w, 400).plot().getMinY()
                        != painter.geometry(other, w, 400).plot().getMinY())
                .findFirst().orElseThrow();

        assertThat(painter.geometry(other, width, 400).plot().getMinY())
                .isGreaterThan(painter.geometry(spec, width, 400).plot().getMinY());
        assertThat(ChartPainter.frameKey(other, painter.geometry(other, width, 400)))
                .isNotEqualTo(ChartPainter.frameKey(spec, painter.geometry(spec, width, 400)));
        ChartSpec noBands = spec.withBands(Optional.empty());
        assertThat(ChartPainter.frameKey(noBands, painter.geometry(noBands, width, 400)))
                .isEqualTo(ChartPainter.frameKey(spec, painter.geometry(spec, width, 400)));
    }

    /**
     * A step that only changes which option is recommended (a volume slider near a crossover) keeps the frame and
     * the curves on screen: the marks draw the recommended curve's heavier weight, and the layers still give the
     * exported picture.
     */
    @Test
    void whenOnlyTheRecommendationChangesTheKeptLayersStillGiveTheExportedPicture() throws Exception {
        ChartSpec spec = ChartSpecs.of(CostEngine.evaluate(LabelLayoutTest.sample("4-zig-zag-break-even")), true,
                Optional.empty());
        Option recommended = spec.series().stream().filter(ChartSpec.Series::recommended).findFirst().orElseThrow()
                .option();
        Option other = spec.series().stream().filter(s -> !s.recommended() && !s.excluded()).findFirst()
                .orElseThrow().option();
        ChartSpec moved = new ChartSpec(spec.minTokens(), spec.maxTokens(), spec.minCost(), spec.maxCost(),
                spec.logCost(), spec.tokensPerRequest(), spec.series().stream().map(s -> new ChartSpec.Series(
                        s.option(), s.curve(), s.steps(), s.option() == other, s.excluded())).toList(),
                spec.zigZag(), spec.breakEvens(), spec.today(), spec.horizon(), spec.note(), spec.bands(),
                spec.scenario());
        ChartPainter painter = new ChartPainter();
        ChartGeometry geometry = painter.geometry(spec, 1000, 500);
        assertThat(ChartPainter.frameKey(moved, painter.geometry(moved, 1000, 500)))
                .isEqualTo(ChartPainter.frameKey(spec, geometry));
        assertThat(ChartPainter.curvesKey(moved)).isEqualTo(ChartPainter.curvesKey(spec));
        assertThat(recommended).isNotEqualTo(other);

        for (ChartSpec shown : List.of(spec, moved)) {
            BufferedImage exported = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
            Graphics2D e = exported.createGraphics();
            painter.paint(e, shown, ChartTheme.LIGHT, 1000, 500, OptionalDouble.empty());
            e.dispose();
            // As on screen: the frame and curves painted for the first spec and kept, the marks of the one shown.
            BufferedImage layered = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
            Graphics2D l = layered.createGraphics();
            ChartGeometry kept = painter.paintFrame(l, spec, ChartTheme.LIGHT, 1000, 500);
            painter.paintCurves(l, spec, ChartTheme.LIGHT, kept);
            painter.paintMarks(l, shown, ChartTheme.LIGHT, kept);
            l.dispose();
            int differing = 0;
            for (int y = 0; y < 500; y++) {
                for (int x = 0; x < 1000; x++) {
                    if (distance(new Color(exported.getRGB(x, y)), new Color(layered.getRGB(x, y))) > 60) {
                        differing++;
                    }
                }
            }
            assertThat(differing).as("pixels that differ, recommended " + shown.series().stream()
                    .filter(ChartSpec.Series::recommended).findFirst().orElseThrow().option()).isLessThan(50);
        }
    }

    /** The marks keep the curves they built for the last spec only while the curves are the same. */
    @Test
    void marksPaintedAfterOtherCurvesAreTheMarksOfAFreshPainter() throws Exception {
        ChartSpec spec = ChartSpecs.of(CostEngine.evaluate(LabelLayoutTest.sample("4-zig-zag-break-even")), true,
                Optional.empty());
        List<ChartSpec.Series> series = spec.series();
        ChartSpec.Series recommended = series.stream().filter(ChartSpec.Series::recommended).findFirst()
                .orElseThrow();
        ChartSpec.Series other = series.stream().filter(s -> !s.recommended() && !s.excluded()
                && !s.steps().equals(recommended.steps())).findFirst().orElseThrow();
        // The same axes, the recommended option drawn along another option's curve.
        ChartSpec swapped = new ChartSpec(spec.minTokens(), spec.maxTokens(), spec.minCost(), spec.maxCost(),
                spec.logCost(), spec.tokensPerRequest(), series.stream().map(s -> s == recommended
                        ? new ChartSpec.Series(s.option(), other.curve(), other.steps(), true, s.excluded()) : s)
                        .toList(),
                spec.zigZag(), spec.breakEvens(), spec.today(), spec.horizon(), spec.note(), spec.bands(),
                spec.scenario());
        ChartPainter used = new ChartPainter();
        ChartGeometry geometry = used.geometry(spec, 1000, 500);
        assertThat(used.geometry(swapped, 1000, 500)).isEqualTo(geometry);
        used.paintMarks(new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB).createGraphics(), spec,
                ChartTheme.LIGHT, geometry);

        BufferedImage again = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        used.paintMarks(again.createGraphics(), swapped, ChartTheme.LIGHT, geometry);
        BufferedImage fresh = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        new ChartPainter().paintMarks(fresh.createGraphics(), swapped, ChartTheme.LIGHT, geometry);

        int differing = 0;
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 1000; x++) {
                if (again.getRGB(x, y) != fresh.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void tornadoBarsTakeTheColourOfTheSideOfZeroTheyLieOnAndTheirEndsSayWhichFactor() {
        // The base case favours the API by $100k; at 0.8× the input turns it to self-hosting by $100k.
        TornadoSpec spec = new TornadoSpec(100_000, List.of(new TornadoSpec.Bar("An input", -100_000, 300_000, java.util.Optional.empty()),
                new TornadoSpec.Bar("Another input", 100_000, 100_000, java.util.Optional.empty())), 12);
        BufferedImage image = new BufferedImage(700, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<LabelBox> boxes = new TornadoPainter().labelBoxes(g, spec, 700, 300);
        g.dispose();

        LabelBox zero = boxes.stream().filter(b -> b.text().equals("$0")).findFirst().orElseThrow();
        LabelBox row = boxes.stream().filter(b -> b.text().equals("An input")).findFirst().orElseThrow();
        int x0 = (int) Math.round(zero.box().getCenterX());
        int y = (int) Math.round(row.box().getCenterY());
        assertThat(distance(new Color(image.getRGB(x0 - 6, y)), ChartTheme.LIGHT.selfHosted())).as("left of $0")
                .isLessThan(40);
        assertThat(distance(new Color(image.getRGB(x0 + 6, y)), ChartTheme.LIGHT.api())).as("right of $0, "
                + "though on the 0.8× side of the base case").isLessThan(40);

        LabelBox low = boxes.stream().filter(b -> b.text().equals("0.8×")).findFirst().orElseThrow();
        LabelBox high = boxes.stream().filter(b -> b.text().equals("1.2×")).findFirst().orElseThrow();
        assertThat(low.box().getMaxX()).isLessThan(x0 - 6);
        assertThat(high.box().getMinX()).isGreaterThan(x0 + 6);
        assertThat(boxes).extracting(LabelBox::text).contains("no effect", "← self-hosting cheaper",
                "the API cheaper →");
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
