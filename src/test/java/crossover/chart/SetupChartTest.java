package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.setup.SetupSearch;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cheapest-setup scatter of every sample at window and export sizes: labels apart, inside, the best named. */
class SetupChartTest {

    private static final Catalog CATALOG = CatalogReader.bundled();

    static Stream<Arguments> samplesAndSizes() {
        return LabelLayoutTest.samplesAndSizes();
    }

    @ParameterizedTest
    @MethodSource("samplesAndSizes")
    void labelsKeepApartInsideTheChartAndTheBestIsTagged(String sample, double w, double h) throws Exception {
        SetupSearch.Result r = SetupSearch.search(SetupSearch.Request.of(LabelLayoutTest.sample(sample), CATALOG,
                CATALOG.model("llama-3.3-70b").orElseThrow(), Engine.VLLM, 50));
        SetupChartSpec spec = SetupChartSpec.of(r);

        List<LabelBox> boxes = new SetupPainter().labelBoxes(spec, w, h);

        LabelChecks.apartAndInside(boxes, w, h, sample);
        if (w >= 600) {
            assertThat(boxes).extracting(LabelBox::text).as(sample).anyMatch(t -> t.startsWith("Best"));
        }
        assertThat(spec.points()).filteredOn(SetupChartSpec.Point::best).hasSize(r.best().isPresent() ? 1 : 0);
    }
}
