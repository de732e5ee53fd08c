package crossover.ui.explorer;

import crossover.chart.TornadoSpec;
import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Sensitivity;
import crossover.model.Units;
import crossover.ui.task.BackgroundTask;
import crossover.ui.task.TaskExecutor;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What moves the answer: the tornado of the scenario on screen (computed only while someone looks at it) and the
 * Monte Carlo run of its uncertainty ranges, off the FX thread, with progress and cancel; a run that fails says
 * so in the summary. Knows no Node.
 */
public final class UncertaintyViewModel {

    /** The Monte Carlo run: {@code MonteCarlo::run} in the app, work that fails or waits in tests. */
    @FunctionalInterface
    interface Draws {
        Optional<MonteCarlo.Result> run(Scenario s, double[] bandVolumes, BooleanSupplier cancelled,
                                        DoubleConsumer progress);
    }

    private final ScenarioViewModel explorer;
    private final TaskExecutor tasks;
    private final Draws draws;

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<TornadoSpec> tornado = new ReadOnlyObjectWrapper<>(this, "tornado");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    /** The run whose outcome is shown; handlers of an older one find they are not it and do nothing. */
    private Object current;
    /** The last run handed over (cancelling it once it has finished does nothing). */
    private BackgroundTask.Running under;

    /** @param tasks runs the Monte Carlo draws (off the FX thread in the window, on the calling thread in tests) */
    public UncertaintyViewModel(ScenarioViewModel explorer, TaskExecutor tasks) {
        this(explorer, tasks, MonteCarlo::run);
    }

    UncertaintyViewModel(ScenarioViewModel explorer, TaskExecutor tasks, Draws draws) {
        this.explorer = Objects.requireNonNull(explorer);
        this.tasks = Objects.requireNonNull(tasks);
        this.draws = Objects.requireNonNull(draws);
        explorer.scenarioProperty().addListener((obs, old, now) -> refresh());
        explorer.adjustingProperty().addListener((obs, was, now) -> refresh());
        shown.addListener((obs, was, now) -> refresh());
        refresh();
    }

    /** Whether the tab is showing: the tornado is computed only then (the draws run whenever there are ranges). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<TornadoSpec> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    /** "Self-hosted is cheapest in 64 % of 10,000 draws …", or why there is nothing to draw. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the draws done, 0 … 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Stops the draws under way; the summary says they were cancelled. */
    public void cancel() {
        if (under != null) {
            under.cancel();
        }
    }

    private void refresh() {
        Scenario s = explorer.scenarioProperty().get();
        if (s == null || explorer.adjustingProperty().get()) {
            return;
        }
        if (shown.get()) {
            int months = s.workload().horizonMonths();
            tornado.set(TornadoSpec.of(s));
        }
        Object run = new Object();
        current = run;
        cancel();
        if (!s.uncertainty().hasRanges()) {
            running.set(false);
            summary.set("No input has a range yet. Click ± next to an input (throughput and prices are the usual "
                    + "suspects) to give it one, and the draws show how sure the answer is.");
            return;
        }
        running.set(true);
        progress.set(0);
        summary.set("Drawing " + count(s.uncertainty().samples()) + " samples…");
        double[] bandVolumes = explorer.chartProperty().get() == null ? new double[0]
                : explorer.chartProperty().get().bandVolumes();
        under = BackgroundTask.of("the draws", c -> draws.run(s, bandVolumes, c::isCancelled, c::progress))
                .onProgress(done -> {
                    if (current == run) {
                        progress.set(done);
                    }
                })
                .onSuccess(result -> {
                    if (current == run) {
                        finish(result.isPresent() ? 1 : 0,
                                result.map(UncertaintyViewModel::describe).orElse("Cancelled."));
                        result.ifPresent(r -> explorer.showBands(s, r.bands()));
                    }
                })
                .onCancelled(() -> {
                    if (current == run) {
                        finish(0, "Cancelled.");
                    }
                })
                .onFailure(sentence -> {
                    if (current == run) {
                        finish(0, sentence);
                    }
                })
                .executeWith(tasks);
    }

    private void finish(double done, String outcome) {
        running.set(false);
        progress.set(done);
        summary.set(outcome);
    }

    static String describe(MonteCarlo.Result r) {
        if (r.validDraws() == 0) {
            return "None of the " + count(r.samples()) + " draws can be computed: together, the ranges' values "
                    + "make costs too large for a double, though each end is valid on its own. Narrow the widest "
                    + "ranges.";
        }
        StringBuilder s = new StringBuilder();
        String draws = count(r.validDraws());
        Map.Entry<Option, Double> best = r.cheapestProbability().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        s.append(best.getKey().label()).append(" is cheapest in ").append(Units.percent(best.getValue()))
                .append(" of ").append(draws).append(" draws");
        r.cheapestProbability().forEach((o, p) -> {
            if (o != best.getKey() && p > 0) {
                s.append(", ").append(o.noun()).append(" in ").append(Units.percent(p));
            }
        });
        s.append(". ");
        MonteCarlo.Percentiles total = r.horizonTotal().get(best.getKey());
        s.append(best.getKey().label()).append(" over the horizon: ").append(Units.dollars(total.p10())).append(" (P10) to ")
                .append(Units.dollars(total.p90())).append(" (P90). ");
        if (r.sustainedBreakEven().isPresent()) {
            MonteCarlo.Percentiles be = r.sustainedBreakEven().get();
            s.append("Self-hosting's break-even: ").append(Units.tokensPerMonth(be.p10())).append(" to ")
                    .append(Units.tokensPerMonth(be.p90())).append(" (P10–P90)");
            if (r.neverBreakEvenProbability() > 0) {
                s.append("; never in ").append(Units.percent(r.neverBreakEvenProbability())).append(" of draws");
            }
            s.append('.');
        } else {
            s.append("Self-hosting never breaks even in any draw.");
        }
        if (r.invalidDraws() > 0) {
            s.append(' ').append(count(r.invalidDraws())).append(" of the ").append(count(r.samples()))
                    .append(r.invalidDraws() == 1 ? " draws was" : " draws were")
                    .append(" left out: their values together make costs too large to compute.");
        }
        return s.toString();
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
