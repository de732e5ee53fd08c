package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Option;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A break-even marker's labels, longest first: the shorter ones still say whose break-even it is while they can. */
class BreakEvenMarkerLabelsTest {

    @Test
    void aCompetitorsMarkerFallsBackToItsNameAndVolumeBeforeTheVolumeAlone() throws Exception {
        Evaluation e = CostEngine.evaluate(new ScenarioReader().read(Path.of("assets", "scenarios",
                "7-buying-beats-renting.crossover")).scenario());
        ChartSpec spec = ChartSpecs.of(e, true, Optional.empty());

        ChartSpec.BreakEvenMarker cloud = spec.breakEvens().stream()
                .filter(m -> m.option() == Option.CLOUD_MANAGED).findFirst().orElseThrow();
        assertThat(cloud.headline()).isFalse();
        // Cloud-managed's sustained break-even on sample 7 is 1.68 B tokens a month (its reasons say so).
        assertThat(cloud.marker().candidates()).containsExactly("Cloud-managed break-even 1.68 B",
                "Cloud-managed 1.68 B", "1.68 B");

        ChartSpec.BreakEvenMarker headline = spec.breakEvens().stream().filter(ChartSpec.BreakEvenMarker::headline)
                .findFirst().orElseThrow();
        assertThat(headline.marker().candidates()).hasSize(2).last().isEqualTo("Break-even 1.86 B");
    }
}
