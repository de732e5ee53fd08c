package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Input;
import crossover.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cost chart names the committed GPUs' flat stairs through the label layout, and only when GPUs are committed. */
class CommitmentLabelTest {

    private static List<String> labels(Scenario s, double width, double height) {
        ChartSpec spec = ChartSpecs.of(CostEngine.evaluate(s), true, Optional.empty());
        return new ChartPainter().labelBoxes(spec, width, height).stream().map(LabelBox::text).toList();
    }

    @Test
    void theCommittedGpusAreNamedOnTheSelfHostedCurveAndNotWithoutThem() throws Exception {
        Scenario seven = new ScenarioReader().read(Path.of("assets/scenarios/7-buying-beats-renting.crossover"))
                .scenario();
        int committed = seven.selfHosted().committedGpus();
        assertThat(committed).isPositive();

        assertThat(labels(seven, 1000, 500)).anyMatch(t -> t.startsWith(committed + " committed GPUs"));
        assertThat(labels(seven.with(Input.COMMITTED_GPUS, 0), 1000, 500)).noneMatch(t -> t.contains("committed"));
    }
}
