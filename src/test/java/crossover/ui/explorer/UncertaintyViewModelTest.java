package crossover.ui.explorer;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Sensitivity;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import crossover.model.Units;
import crossover.ui.task.FailureLog;
import crossover.ui.task.SameThreadTaskExecutor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tornado and the Monte Carlo run behind the Sensitivity tab, without a toolkit. */
class UncertaintyViewModelTest {

    private final Scenario ranged = TestScenarios.typical().withUncertainty(new Uncertainty(1_000, 3, Map.of(
            Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(1.2e6, 5e6),
            Input.DAILY_REQUESTS, new Uncertainty.Range(20_000, 120_000))));
    /** What went to the log: each failure's context and stack trace. */
    private final List<String> logged = new ArrayList<>();
    private final FailureLog log = (what, failure) -> {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        logged.add(what + "\n" + trace);
        return "the log";
    };

    @Test
    void nothingIsComputedUntilTheTabIsShownThenTheTornadoIsTheEngines() {
        ScenarioViewModel explorer = new ScenarioViewModel(TestScenarios.typical(), Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(log));

        assertThat(vm.tornadoProperty().get()).isNull();

        vm.shownProperty().set(true);

        var rows = Sensitivity.of(TestScenarios.typical());
        assertThat(vm.tornadoProperty().get().rows()).hasSize(rows.size());
        assertThat(vm.tornadoProperty().get().rows().get(0).low()).isEqualTo(rows.get(0).low());
        assertThat(vm.tornadoProperty().get().rows().get(0).label()).isEqualTo(rows.get(0).input().qualifiedLabel());
        assertThat(vm.summaryProperty().get()).startsWith("No input has a range yet");
    }

    @Test
    void theDrawsSayHowOftenEachOptionIsCheapest() {
        ScenarioViewModel explorer = new ScenarioViewModel(ranged, Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(log));

        vm.shownProperty().set(true);

        MonteCarlo.Result r = MonteCarlo.run(ranged);
        var best = r.cheapestProbability().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(vm.summaryProperty().get()).startsWith(best.getKey().label() + " is cheapest in "
                + Units.percent(best.getValue()) + " of 1,000 draws");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(r.cheapestProbability()).containsKey(Option.SELF_HOSTED);
        assertThat(explorer.chartProperty().get().bands()).as("bands shaded around the curves").isPresent();
        assertThat(explorer.chartProperty().get().bands().get().volumes()).hasSize(80);

        explorer.number(Input.API_INPUT_PRICE).set(4);

        assertThat(explorer.chartProperty().get().bands()).as("a new run for the changed scenario").isPresent();
    }

    @Test
    void theSummarySaysHowManyDrawsWereLeftOutBecauseTheirCostsOverflow() {
        Scenario s = TestScenarios.drawsThatOverflow(1_000, 7);
        ScenarioViewModel explorer = new ScenarioViewModel(s, Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(log));

        vm.shownProperty().set(true);

        MonteCarlo.Result r = MonteCarlo.run(s);
        assertThat(r.invalidDraws()).isPositive();
        String valid = String.format(java.util.Locale.ROOT, "%,d", 1_000 - r.invalidDraws());
        assertThat(vm.summaryProperty().get()).contains(" " + valid + " draws")
                .endsWith(" " + String.format(java.util.Locale.ROOT, "%,d", r.invalidDraws()) + " of the 1,000 draws were left out: their values together make "
                        + "costs too large to compute.");
        assertThat(logged).isEmpty();
    }

    @Test
    void withNoValidDrawTheSummarySaysSoAndWhatToDoInsteadOfFailing() {
        double top = 0.99 * TestScenarios.LARGEST_REQUEST_TOKENS;
        Scenario s = TestScenarios.nearTheLargestVolume().with(Input.DAILY_REQUESTS, 1)
                .with(Input.TOKENS_PER_REQUEST, 1)
                .withUncertainty(new Uncertainty(100, 1, Map.of(Input.DAILY_REQUESTS, new Uncertainty.Range(1, top),
                        Input.TOKENS_PER_REQUEST, new Uncertainty.Range(1, top))));
        ScenarioViewModel explorer = new ScenarioViewModel(s, Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(log));

        vm.shownProperty().set(true);

        assertThat(vm.summaryProperty().get()).startsWith("None of the 100 draws can be computed")
                .endsWith("Narrow the widest ranges.");
        assertThat(vm.tornadoProperty().get().rows()).anyMatch(bar -> bar.reason().isEmpty());
        assertThat(logged).isEmpty();
    }

    @Test
    void aTornadoRowWithoutValuesCarriesItsReasonToTheChart() {
        ScenarioViewModel explorer = new ScenarioViewModel(TestScenarios.nearTheLargestVolume(), Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(log));

        vm.shownProperty().set(true);

        assertThat(vm.tornadoProperty().get().rows())
                .filteredOn(bar -> bar.label().equals(Input.DAILY_REQUESTS.qualifiedLabel())).singleElement()
                .satisfies(bar -> assertThat(bar.reason()).hasValueSatisfying(why -> assertThat(why)
                        .startsWith("At 1.2× (")));
    }

    @Test
    void bandsOfAnOlderScenarioAreNotShown() {
        Deque<Runnable> queued = new ArrayDeque<>();
        ScenarioViewModel explorer = new ScenarioViewModel(ranged, Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(queued::add, log));
        Runnable first = queued.pop();
        explorer.number(Input.API_INPUT_PRICE).set(4);

        first.run();

        assertThat(explorer.chartProperty().get().bands()).isEmpty();
        assertThat(vm.runningProperty().get()).as("the newer run is still queued").isTrue();
    }

    @Test
    void aRunCanBeCancelledAndSaysSo() {
        Deque<Runnable> queued = new ArrayDeque<>();
        ScenarioViewModel explorer = new ScenarioViewModel(ranged, Runnable::run);
        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(queued::add, log));
        vm.shownProperty().set(true);
        assertThat(vm.runningProperty().get()).isTrue();

        vm.cancel();
        queued.pollLast().run();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("Cancelled.");
    }

    @Test
    void drawsThatFailSayWhyWhereTheSummaryWouldBeAndLeaveNothingRunning() {
        ScenarioViewModel explorer = new ScenarioViewModel(ranged, Runnable::run);
        UncertaintyViewModel.Draws broken = (s, bands, cancelled, progress) -> {
            progress.accept(0.5);
            throw new IllegalStateException("a bug in the draws");
        };

        UncertaintyViewModel vm = new UncertaintyViewModel(explorer, new SameThreadTaskExecutor(log), broken);

        assertThat(vm.summaryProperty().get()).isEqualTo("An unexpected error stopped the draws "
                + "(IllegalStateException); details in the log. Please report it.");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isZero();
        assertThat(logged).singleElement().asString().startsWith("the draws\n")
                .contains("a bug in the draws").contains("UncertaintyViewModelTest");
        assertThat(explorer.chartProperty().get().bands()).isEmpty();

        explorer.number(Input.API_INPUT_PRICE).set(4);

        assertThat(logged).as("the next change draws again (and fails again)").hasSize(2);
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
