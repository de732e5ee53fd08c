package crossover.ui.explorer;

import crossover.chart.TornadoSpec;
import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Sensitivity;
import crossover.model.Units;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
 * Monte Carlo run of its uncertainty ranges, off the FX thread, with progress and cancel. Knows no Node.
 */
public final class UncertaintyViewModel {

    private final ScenarioViewModel explorer;
    private final Executor background;
    private final Consumer<Runnable> fxThread;

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<TornadoSpec> tornado = new ReadOnlyObjectWrapper<>(this, "tornado");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private AtomicBoolean cancelCurrent = new AtomicBoolean();

    /**
     * @param background runs the Monte Carlo draws (a worker thread in the window, the calling thread in tests)
     * @param fxThread   publishes results ({@code Platform::runLater} in the window)
     */
    public UncertaintyViewModel(ScenarioViewModel explorer, Executor background, Consumer<Runnable> fxThread) {
        this.explorer = Objects.requireNonNull(explorer);
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fxThread);
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
        cancelCurrent.set(true);
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
        cancelCurrent.set(true);
        if (!s.uncertainty().hasRanges()) {
            running.set(false);
            summary.set("No input has a range yet. Click ± next to an input (throughput and prices are the usual "
                    + "suspects) to give it one, and the draws show how sure the answer is.");
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelCurrent = cancelled;
        running.set(true);
        progress.set(0);
        summary.set("Drawing " + String.format(java.util.Locale.ROOT, "%,d", s.uncertainty().samples()) + " samples…");
        double[] bandVolumes = explorer.chartProperty().get() == null ? new double[0]
                : explorer.chartProperty().get().bandVolumes();
        background.execute(() -> {
            Optional<MonteCarlo.Result> result = MonteCarlo.run(s, bandVolumes, cancelled::get,
                    done -> fxThread.accept(() -> {
                        if (!cancelled.get()) {
                            progress.set(done);
                        }
                    }));
            fxThread.accept(() -> {
                if (cancelCurrent != cancelled) {
                    return; // a newer run has taken over
                }
                running.set(false);
                progress.set(result.isPresent() ? 1 : 0);
                summary.set(result.map(UncertaintyViewModel::describe).orElse("Cancelled."));
                result.ifPresent(r -> explorer.showBands(s, r.bands()));
            });
        });
    }

    static String describe(MonteCarlo.Result r) {
        StringBuilder s = new StringBuilder();
        String draws = String.format(java.util.Locale.ROOT, "%,d", r.samples());
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
        return s.toString();
    }
}
