package crossover.ui.explorer;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.TestScenarios;
import org.junit.jupiter.api.Test;

/** The explorer's view model without a toolkit: re-evaluation runs at once ({@code Runnable::run}). */
class ScenarioViewModelTest {

    /** Worked example 4: self-hosting breaks even for good at 80,000 requests/day of 1,500 tokens. */
    private final ScenarioViewModel vm = new ScenarioViewModel(TestScenarios.oneGpu(1.00, 30_000, 1_500), Runnable::run);

    @Test
    void movingTheVolumeAcrossTheBreakEvenFlipsTheRecommendation() {
        assertThat(vm.readouts().recommendationProperty().get()).isEqualTo("API inference");

        vm.number(Input.DAILY_REQUESTS).set(100_000);

        assertThat(vm.evaluationProperty().get().recommendation().option()).isEqualTo(Option.SELF_HOSTED);
        assertThat(vm.readouts().recommendationProperty().get()).isEqualTo("Self-hosted");
        assertThat(vm.readouts().breakEvenProperty().get()).isEqualTo("Break-even for self-hosting: 3.6 B tokens/month ≈ 80 k requests/day.");
    }

    @Test
    void anInvalidValueKeepsTheLastValidFiguresAndExplainsAtTheField() {
        Evaluation before = vm.evaluationProperty().get();

        vm.number(Input.GPU_HOURLY_PRICE).set(-3);

        assertThat(vm.evaluationProperty().get()).isSameAs(before);
        assertThat(vm.errorProperty(Input.GPU_HOURLY_PRICE).get()).isEqualTo("Must be a number ≥ 0.");
        assertThat(vm.firstErrorProperty().get()).isEqualTo("GPU price must be a number ≥ 0.");
        assertThat(vm.errorProperty(Input.DAILY_REQUESTS).get()).isEmpty();

        vm.number(Input.GPU_HOURLY_PRICE).set(2);

        assertThat(vm.errorProperty(Input.GPU_HOURLY_PRICE).get()).isEmpty();
        assertThat(vm.evaluationProperty().get()).isNotSameAs(before);
        assertThat(vm.evaluationProperty().get().scenario().selfHosted().gpuHourlyPrice()).isEqualTo(2);
    }

    @Test
    void aFractionalReplicaCountIsRefusedAtTheField() {
        vm.number(Input.GPUS_PER_REPLICA).set(1.5);

        assertThat(vm.errorProperty(Input.GPUS_PER_REPLICA).get()).contains("whole number");
        assertThat(vm.evaluationProperty().get().scenario().selfHosted().gpusPerReplica()).isEqualTo(1);
    }

    @Test
    void undoAndRedoStepThroughEdits() {
        assertThat(vm.canUndoProperty().get()).isFalse();

        vm.number(Input.DAILY_REQUESTS).set(100_000);
        vm.number(Input.API_INPUT_PRICE).set(2);

        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.number(Input.API_INPUT_PRICE).get()).isEqualTo(1);
        assertThat(vm.number(Input.DAILY_REQUESTS).get()).isEqualTo(100_000);
        vm.undo();
        assertThat(vm.number(Input.DAILY_REQUESTS).get()).isEqualTo(30_000);
        assertThat(vm.readouts().recommendationProperty().get()).isEqualTo("API inference");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();

        vm.redo();

        assertThat(vm.number(Input.DAILY_REQUESTS).get()).isEqualTo(100_000);
        assertThat(vm.readouts().recommendationProperty().get()).isEqualTo("Self-hosted");
    }

    @Test
    void aWholeDragIsOneUndoStep() {
        vm.adjustingProperty().set(true);
        for (int requests = 31_000; requests <= 90_000; requests += 1_000) {
            vm.number(Input.DAILY_REQUESTS).set(requests);
        }
        vm.adjustingProperty().set(false);

        vm.undo();

        assertThat(vm.number(Input.DAILY_REQUESTS).get()).isEqualTo(30_000);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        vm.undo();

        vm.number(Input.TOKENS_PER_REQUEST).set(2_000);

        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void clickingTheChartSetsTodaysVolumeKeepingTokensPerRequest() {
        vm.setTodayTokens(4.5e9);

        assertThat(vm.number(Input.DAILY_REQUESTS).get()).isEqualTo(100_000);
        assertThat(vm.evaluationProperty().get().monthlyTokens()).isEqualTo(4.5e9);
    }

    @Test
    void hoverShowsTheEnginesCostsAtThatVolume() {
        vm.readouts().hoverTokensProperty().set(3.0e9);

        Evaluation e = vm.evaluationProperty().get();
        assertThat(vm.readouts().hoverCost(Option.SELF_HOSTED)).hasValue(e.selfHostedStairs().costAt(3.0e9));
        assertThat(vm.readouts().hoverTextProperty().get()).contains("3 B tokens/month").contains("API inference: $3,000/month")
                .contains("Self-hosted: $3,600/month").contains("Cloud-managed: $4,680/month");

        vm.readouts().hoverTokensProperty().set(Double.NaN);

        assertThat(vm.readouts().hoverTextProperty().get()).isEmpty();
    }

    @Test
    void aRangeStartsAtPlusMinusTwentyPercentAndGoesIntoTheScenario() {
        vm.rangeOnProperty(Input.GPU_HOURLY_PRICE).set(true);

        assertThat(vm.rangeLowProperty(Input.GPU_HOURLY_PRICE).get()).isEqualTo(2.0);
        assertThat(vm.rangeHighProperty(Input.GPU_HOURLY_PRICE).get()).isEqualTo(3.0);
        assertThat(vm.scenarioProperty().get().uncertainty().ranges())
                .containsEntry(Input.GPU_HOURLY_PRICE, new crossover.model.Uncertainty.Range(2.0, 3.0));
    }

    @Test
    void aRangeTypedToMissTheValueIsMarkedAtItsInputAndAValueMovedPastAnEndWidensItOnlyWhileOutside() {
        vm.rangeOnProperty(Input.API_INPUT_PRICE).set(true);
        vm.rangeLowProperty(Input.API_INPUT_PRICE).set(1.1);

        assertThat(vm.errorProperty(Input.API_INPUT_PRICE).get())
                .isEqualTo("Range: must contain the scenario's value 1, not 1.1 … 1.2.");

        vm.rangeLowProperty(Input.API_INPUT_PRICE).set(1.5);

        assertThat(vm.errorProperty(Input.API_INPUT_PRICE).get()).startsWith("Range high: must be");

        vm.rangeLowProperty(Input.API_INPUT_PRICE).set(0.5);
        vm.number(Input.API_INPUT_PRICE).set(1.6);

        assertThat(vm.errorProperty(Input.API_INPUT_PRICE).get()).isEmpty();
        assertThat(vm.scenarioProperty().get().api().inputPricePerMTok()).isEqualTo(1.6);
        assertThat(vm.scenarioProperty().get().uncertainty().ranges().get(Input.API_INPUT_PRICE))
                .isEqualTo(new crossover.model.Uncertainty.Range(0.5, 1.6));

        vm.number(Input.API_INPUT_PRICE).set(1.0);

        // Back inside: the range is the one the person set, not stretched for good.
        assertThat(vm.rangeHighProperty(Input.API_INPUT_PRICE).get()).isEqualTo(1.2);
        assertThat(vm.scenarioProperty().get().uncertainty().ranges().get(Input.API_INPUT_PRICE))
                .isEqualTo(new crossover.model.Uncertainty.Range(0.5, 1.2));
    }

    @Test
    void aRejectedValueNeverTouchesTheRangeAndItsMessageNamesTheLabel() {
        vm.rangeOnProperty(Input.GPU_HOURLY_PRICE).set(true);
        double low = vm.rangeLowProperty(Input.GPU_HOURLY_PRICE).get();

        vm.number(Input.GPU_HOURLY_PRICE).set(-5);

        assertThat(vm.rangeLowProperty(Input.GPU_HOURLY_PRICE).get()).isEqualTo(low);
        assertThat(vm.errorProperty(Input.GPU_HOURLY_PRICE).get()).isEqualTo("Must be a number ≥ 0.");
        assertThat(vm.firstErrorProperty().get()).isEqualTo("GPU price must be a number ≥ 0.")
                .doesNotContain("selfHosted");
    }

    @Test
    void aFilesRangesAreShownAndKept() {
        crossover.model.Scenario ranged = TestScenarios.typical().withUncertainty(new crossover.model.Uncertainty(
                2_000, 9, java.util.Map.of(Input.DAILY_REQUESTS, new crossover.model.Uncertainty.Range(1e4, 1e5))));

        vm.replace(ranged);

        assertThat(vm.rangeOnProperty(Input.DAILY_REQUESTS).get()).isTrue();
        assertThat(vm.rangeHighProperty(Input.DAILY_REQUESTS).get()).isEqualTo(1e5);
        assertThat(vm.rangeOnProperty(Input.API_INPUT_PRICE).get()).isFalse();
        assertThat(vm.scenarioProperty().get()).isEqualTo(ranged);
    }

    @Test
    void theChartAxisHoldsStillWhileTheVolumeMovesWithinIt() {
        double min = vm.chartProperty().get().minTokens();
        double max = vm.chartProperty().get().maxTokens();

        vm.number(Input.DAILY_REQUESTS).set(70_000);

        assertThat(vm.chartProperty().get().minTokens()).isEqualTo(min);
        assertThat(vm.chartProperty().get().maxTokens()).isEqualTo(max);
        assertThat(vm.chartProperty().get().today().tokens()).isEqualTo(70_000 * 1_500 * 30.0);
    }

    @Test
    void aValidButAbsurdValueIsComputedAndMarkedAtItsFieldAsImplausible() {
        vm.number(Input.GPU_HOURLY_PRICE).set(3_600_000);

        assertThat(vm.scenarioProperty().get().selfHosted().gpuHourlyPrice()).isEqualTo(3_600_000);
        assertThat(vm.errorProperty(Input.GPU_HOURLY_PRICE).get()).isEmpty();
        assertThat(vm.warningProperty(Input.GPU_HOURLY_PRICE).get())
                .isEqualTo("Unusually high: more than 1,000 $/GPU-hour. Check the unit; the figures use it as typed.");

        vm.number(Input.GPU_HOURLY_PRICE).set(2.5);

        assertThat(vm.warningProperty(Input.GPU_HOURLY_PRICE).get()).isEmpty();
    }
}
