package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three charts of every sample, at the sizes a small window gives them and at export sizes: no two labels
 * overlap, none leaves its chart, and the ones a reader needs are there.
 */
class LabelLayoutTest {

    static final List<String> SAMPLES = List.of("1-small-internal-assistant", "2-regulated-at-scale",
            "3-no-break-even", "4-zig-zag-break-even", "5-hybrid-batch-and-growth");

    static Stream<Arguments> samplesAndSizes() {
        return SAMPLES.stream().flatMap(s -> Stream.of(new double[] {420, 260}, new double[] {600, 300},
                new double[] {660, 340}, new double[] {900, 430}, new double[] {1600, 900})
                .map(size -> Arguments.of(s, size[0], size[1])));
    }

    static Scenario sample(String name) throws Exception {
        return new ScenarioReader().read(Path.of("assets", "scenarios", name + ".crossover")).scenario();
    }

    @ParameterizedTest
    @MethodSource("samplesAndSizes")
    void costChartLabelsKeepApartInsideTheChartAndTodayAndTheHeadlineBreakEvenAreLabelled(String sample, double w,
                                                                                         double h) throws Exception {
        Evaluation e = CostEngine.evaluate(sample(sample));
        for (boolean log : new boolean[] {true, false}) {
            ChartSpec spec = ChartSpecs.of(e, log, Optional.empty());
            String where = sample + (log ? " log" : " linear");

            List<LabelBox> boxes = new ChartPainter().labelBoxes(spec, w, h);

            LabelChecks.apartAndInside(boxes, w, h, where);
            LabelChecks.costChartNamesWhatMatters(spec, boxes, where);
        }
    }

    @ParameterizedTest
    @MethodSource("samplesAndSizes")
    void timelineLabelsKeepApartInsideTheChart(String sample, double w, double h) throws Exception {
        TimelineSpec spec = TimelineSpec.of(CostEngine.evaluate(sample(sample)));

        List<LabelBox> boxes = new TimelinePainter().labelBoxes(spec, w, h);

        LabelChecks.apartAndInside(boxes, w, h, sample);
        assertThat(boxes).extracting(LabelBox::text).as(sample).contains("Cash per month", "Cumulative cash to date, by month");
    }

    @ParameterizedTest
    @MethodSource("samplesAndSizes")
    void tornadoLabelsKeepApartInsideTheChartAndTheBarsShownAreNamed(String sample, double w, double h)
            throws Exception {
        TornadoSpec spec = TornadoSpec.of(sample(sample));

        List<LabelBox> boxes = new TornadoPainter().labelBoxes(spec, w, h);

        LabelChecks.apartAndInside(boxes, w, h, sample);
        LabelChecks.tornadoNamesItsRows(spec, boxes, sample);
    }
}
