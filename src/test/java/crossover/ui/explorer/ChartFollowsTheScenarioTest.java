package crossover.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartSpec;
import crossover.io.ScenarioReader;
import crossover.model.Evaluation;
import crossover.model.Input;
import crossover.model.OpsCapacity;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.TestScenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart on screen belongs to the scenario on screen: its axes fit it after undo, redo, New and Open, and its
 * break-even marker and band are the headline option's, as the sentence above the reasons is.
 */
class ChartFollowsTheScenarioTest {

    /** How far beyond the key volumes an axis may reach, in decades, and still be said to fit. */
    private static final double ROOM = 2.5;

    private static Scenario sample(String name) throws Exception {
        return new ScenarioReader().read(Path.of("assets", "scenarios", name + ".crossover")).scenario();
    }

    @Test
    void afterUndoRedoNewAndOpenTheVolumeAxisFitsTheScenarioOnScreen() throws Exception {
        ScenarioViewModel vm = new ScenarioViewModel(sample("4-zig-zag-break-even"), Runnable::run);
        assertFits(vm, "the sample as opened");

        vm.number(Input.MONTHLY_GROWTH_PERCENT).set(5);
        vm.number(Input.MONTHLY_GROWTH_PERCENT).set(50);
        vm.number(Input.HORIZON_MONTHS).set(100);
        vm.number(Input.HORIZON_MONTHS).set(120);
        assertFits(vm, "growth 50 over 120 months");
        assertThat(vm.chartProperty().get().maxTokens()).isGreaterThan(1e30);

        for (int i = 1; i <= 4; i++) {
            vm.undo();
            assertFits(vm, "undo " + i);
        }
        assertThat(vm.chartProperty().get().maxTokens()).as("back to the sample's axis").isLessThan(1e13);
        for (int i = 1; i <= 4; i++) {
            vm.redo();
            assertFits(vm, "redo " + i);
        }

        vm.replace(Input.defaults());
        assertFits(vm, "New");

        vm.number(Input.MONTHLY_GROWTH_PERCENT).set(60);
        vm.number(Input.HORIZON_MONTHS).set(120);
        for (String name : List.of("1-small-internal-assistant", "2-regulated-at-scale", "3-no-break-even",
                "4-zig-zag-break-even", "5-hybrid-batch-and-growth")) {
            vm.replace(sample(name));
            assertFits(vm, "Open " + name);
        }
    }

    @Test
    void aSliderDragWithinTheAxisKeepsIt() throws Exception {
        ScenarioViewModel vm = new ScenarioViewModel(sample("4-zig-zag-break-even"), Runnable::run);
        ChartSpec before = vm.chartProperty().get();
        vm.adjustingProperty().set(true);

        // Up to ten times today's volume: a fresh fit would move the right edge out by a decade on the way.
        for (double daily = 100_000; daily <= 1_000_000; daily *= 1.2) {
            vm.number(Input.DAILY_REQUESTS).set(daily);
            assertThat(vm.chartProperty().get().minTokens()).isEqualTo(before.minTokens());
            assertThat(vm.chartProperty().get().maxTokens()).isEqualTo(before.maxTokens());
        }
        vm.adjustingProperty().set(false);
    }

    @Test
    void withSelfHostingExcludedTheHeadlineMarkerAndBandAreCloudManageds() {
        // Worked example 4 between the first and the sustained break-even, with nobody to run GPUs.
        ScenarioViewModel vm = new ScenarioViewModel(TestScenarios.oneGpu(1.00, 30_000, 1_500), Runnable::run);
        assertThat(vm.readouts().breakEvenProperty().get()).startsWith("Break-even for self-hosting: 3.6 B");
        assertThat(vm.chartProperty().get().breakEvens().get(0).option()).isEqualTo(Option.SELF_HOSTED);

        vm.opsCapacityProperty().set(OpsCapacity.NONE);

        Evaluation e = vm.evaluationProperty().get();
        ChartSpec chart = vm.chartProperty().get();
        assertThat(vm.readouts().breakEvenProperty().get()).contains("cloud-managed").doesNotContain("self-hosting");
        assertThat(chart.breakEvens()).extracting(ChartSpec.BreakEvenMarker::option)
                .containsExactly(Option.CLOUD_MANAGED);
        assertThat(chart.breakEven()).get().extracting(ChartSpec.Marker::tokens)
                .isEqualTo(e.breakEven(Option.CLOUD_MANAGED).sustained().getAsDouble());
        chart.zigZag().ifPresent(band -> assertThat(band.option()).isEqualTo(Option.CLOUD_MANAGED));
        assertThat(chart.series()).filteredOn(ChartSpec.Series::excluded).extracting(ChartSpec.Series::option)
                .containsExactly(Option.SELF_HOSTED);
    }

    @Test
    void withCloudManagedRecommendedTheHeadlineAndTheMarkerAreCloudManagedsAndSelfHostingsHasItsOwn()
            throws Exception {
        ScenarioViewModel vm = new ScenarioViewModel(sample("1-small-internal-assistant"), Runnable::run);
        Evaluation e = vm.evaluationProperty().get();
        assertThat(e.recommendation().option()).isEqualTo(Option.CLOUD_MANAGED);

        assertThat(vm.readouts().breakEvenProperty().get()).startsWith("Break-even for cloud-managed:");
        List<ChartSpec.BreakEvenMarker> markers = vm.chartProperty().get().breakEvens();
        assertThat(markers).extracting(ChartSpec.BreakEvenMarker::option)
                .containsExactly(Option.CLOUD_MANAGED, Option.SELF_HOSTED);
        assertThat(markers).extracting(ChartSpec.BreakEvenMarker::headline).containsExactly(true, false);
        assertThat(markers.get(1).marker().tokens()).isEqualTo(e.breakEven(Option.SELF_HOSTED).sustained()
                .getAsDouble());
    }

    /** Today's and the horizon's volume and the headline break-even lie on the axis, with little room to spare. */
    private static void assertFits(ScenarioViewModel vm, String when) {
        Evaluation e = vm.evaluationProperty().get();
        ChartSpec chart = vm.chartProperty().get();
        List<Double> keys = new ArrayList<>(List.of(e.monthlyTokens(), e.horizonMonthlyTokens()));
        chart.breakEven().ifPresent(m -> keys.add(m.tokens()));
        double lo = keys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = keys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(chart.minTokens()).as(when).isLessThanOrEqualTo(lo).isGreaterThanOrEqualTo(lo / Math.pow(10, ROOM));
        assertThat(chart.maxTokens()).as(when).isGreaterThanOrEqualTo(hi).isLessThanOrEqualTo(hi * Math.pow(10, ROOM));
    }
}
