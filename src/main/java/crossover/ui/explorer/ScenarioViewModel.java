package crossover.ui.explorer;

import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.TimelineSpec;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.InvalidInputException;
import crossover.model.MonteCarlo;
import crossover.model.OpsCapacity;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Input;
import crossover.model.Sentences;
import crossover.model.Uncertainty;
import crossover.model.Units;
import crossover.ui.UndoHistory;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The explorer's state: one writable property per input, and the evaluation, chart and sentences derived from
 * them. Any input change schedules one re-evaluation (at most one per pulse in the window); a value out of range
 * leaves the last valid figures in place and puts a message next to its field. Knows no {@code Node}.
 */
public final class ScenarioViewModel {

    private static final int UNDO_LIMIT = 200;

    private final Consumer<Runnable> scheduler;
    private final Map<Input, DoubleProperty> numbers = new EnumMap<>(Input.class);
    private final Map<Input, ReadOnlyStringWrapper> errors = new EnumMap<>(Input.class);
    private final ObjectProperty<DataSensitivity> dataSensitivity = new SimpleObjectProperty<>(this, "dataSensitivity");
    private final ObjectProperty<OpsCapacity> opsCapacity = new SimpleObjectProperty<>(this, "opsCapacity");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty logCost = new SimpleBooleanProperty(this, "logCost", true);
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting", false);
    private final DoubleProperty hoverTokens = new SimpleDoubleProperty(this, "hoverTokens", Double.NaN);

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<ChartSpec> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<TimelineSpec> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    /** The last uncertainty run's bands for the scenario on screen; cleared when the scenario changes. */
    private Optional<MonteCarlo.Bands> bands = Optional.empty();
    private final ReadOnlyStringWrapper paybackSummary = new ReadOnlyStringWrapper(this, "paybackSummary", "");
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper(this, "firstError", "");
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper(this, "recommendation", "");
    private final ReadOnlyStringWrapper breakEven = new ReadOnlyStringWrapper(this, "breakEven", "");
    private final ReadOnlyStringWrapper ruleOfThumb = new ReadOnlyStringWrapper(this, "ruleOfThumb", "");
    private final ReadOnlyStringWrapper ruleOfThumbNote = new ReadOnlyStringWrapper(this, "ruleOfThumbNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsView = FXCollections.unmodifiableObservableList(reasons);

    private final UndoHistory<Scenario> history = new UndoHistory<>(UNDO_LIMIT);
    private boolean scheduled;
    private boolean loading;
    private final javafx.beans.property.ReadOnlyIntegerWrapper generation =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "generation", 0);
    private final Map<Input, BooleanProperty> rangeOn = new EnumMap<>(Input.class);
    private final Map<Input, DoubleProperty> rangeLow = new EnumMap<>(Input.class);
    private final Map<Input, DoubleProperty> rangeHigh = new EnumMap<>(Input.class);
    /** Samples and seed come from the file; the window edits the ranges. */
    private int samples = Uncertainty.DEFAULT_SAMPLES;
    private long seed = Uncertainty.DEFAULT_SEED;

    /**
     * @param initial   the scenario to start with
     * @param scheduler runs a re-evaluation later: {@code Platform::runLater} in the window, {@code Runnable::run}
     *                  in tests
     */
    public ScenarioViewModel(Scenario initial, Consumer<Runnable> scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        for (Input f : Input.values()) {
            DoubleProperty p = new SimpleDoubleProperty(this, f.path());
            p.addListener((obs, old, now) -> inputChanged());
            numbers.put(f, p);
            errors.put(f, new ReadOnlyStringWrapper(this, f.path() + ".error", ""));
            BooleanProperty on = new SimpleBooleanProperty(this, f.path() + ".range");
            DoubleProperty low = new SimpleDoubleProperty(this, f.path() + ".low");
            DoubleProperty high = new SimpleDoubleProperty(this, f.path() + ".high");
            on.addListener((obs, was, now) -> {
                if (now && !loading) {
                    startRange(f);
                }
                inputChanged();
            });
            low.addListener((obs, old, now) -> inputChanged());
            high.addListener((obs, old, now) -> inputChanged());
            // A range follows its value: moving the value past an end stretches the range rather than stalling.
            p.addListener((obs, old, now) -> {
                if (!loading && on.get()) {
                    low.set(Math.min(low.get(), now.doubleValue()));
                    high.set(Math.max(high.get(), now.doubleValue()));
                }
            });
            rangeOn.put(f, on);
            rangeLow.put(f, low);
            rangeHigh.put(f, high);
        }
        dataSensitivity.addListener((obs, old, now) -> inputChanged());
        opsCapacity.addListener((obs, old, now) -> inputChanged());
        name.addListener((obs, old, now) -> inputChanged());
        notes.addListener((obs, old, now) -> inputChanged());
        logCost.addListener((obs, old, now) -> {
            if (evaluation.get() != null) {
                chart.set(ChartSpecs.of(evaluation.get(), now, Optional.ofNullable(chart.get())).withBands(bands));
            }
        });
        adjusting.addListener((obs, was, now) -> {
            if (!now && scenario.get() != null) {
                recordHistory(scenario.get());
            }
        });
        hoverTokens.addListener((obs, old, now) -> updateHoverText());
        load(initial);
        history.reset(initial);
        updateUndoState();
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    /** An input's value as the window edits it. */
    public DoubleProperty number(Input input) {
        return numbers.get(input);
    }

    /** Whether an input has an uncertainty range (off by default). */
    public BooleanProperty rangeOnProperty(Input path) {
        return rangeOn.get(path);
    }

    /** The low end of an input's range. */
    public DoubleProperty rangeLowProperty(Input path) {
        return rangeLow.get(path);
    }

    /** The high end of an input's range. */
    public DoubleProperty rangeHighProperty(Input path) {
        return rangeHigh.get(path);
    }

    /** A new range starts at ±20 % of the value, kept within what the input allows. */
    private void startRange(Input input) {
        double v = number(input).get();
        double low = input.bounds().clamp(Math.min(0.8 * v, 1.2 * v));
        double high = input.bounds().clamp(Math.max(0.8 * v, 1.2 * v));
        if (input.whole()) {
            low = Math.floor(low);
            high = Math.ceil(high);
        }
        rangeLow.get(input).set(low);
        rangeHigh.get(input).set(high);
    }

    /** The message for a field's current value, empty when valid. */
    public ReadOnlyStringProperty errorProperty(Input path) {
        return errors.get(path).getReadOnlyProperty();
    }

    public ObjectProperty<DataSensitivity> dataSensitivityProperty() {
        return dataSensitivity;
    }

    public ObjectProperty<OpsCapacity> opsCapacityProperty() {
        return opsCapacity;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Whether the cost axis is logarithmic. */
    public BooleanProperty logCostProperty() {
        return logCost;
    }

    /** True while a slider or the today marker is being dragged: the whole drag becomes one undo step. */
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }

    /** The volume under the pointer on the chart, or NaN. */
    public DoubleProperty hoverTokensProperty() {
        return hoverTokens;
    }

    /** Sets today's volume (from a click or drag on the chart), keeping tokens per request. */
    public void setTodayTokens(double monthlyTokens) {
        double tokensPerRequest = number(Input.TOKENS_PER_REQUEST).get();
        double requests = monthlyTokens / (tokensPerRequest * Units.DAYS_PER_MONTH);
        number(Input.DAILY_REQUESTS).set(threeSignificantDigits(requests));
    }

    // ---- outputs ------------------------------------------------------------------------------------------

    /** The last valid scenario. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** The evaluation of the last valid scenario. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartSpec> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The timeline chart: cash per month and cumulative, payback months, the month the answer changes. */
    public ReadOnlyObjectProperty<TimelineSpec> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** "Payback: self-hosted in month 15, cloud-managed never within 24 months. …" */
    public ReadOnlyStringProperty paybackSummaryProperty() {
        return paybackSummary.getReadOnlyProperty();
    }

    /** The first input error, or empty: "figures show the last valid values" context for the status line. */
    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }

    /** The recommended option's name. */
    public ReadOnlyStringProperty recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public ObservableList<String> reasons() {
        return reasonsView;
    }

    /** "Break-even 3.6 B tokens/month ≈ 80 k requests/day", or why there is none. */
    public ReadOnlyStringProperty breakEvenProperty() {
        return breakEven.getReadOnlyProperty();
    }

    /** "Rule of thumb: API inference — agrees". */
    public ReadOnlyStringProperty ruleOfThumbProperty() {
        return ruleOfThumb.getReadOnlyProperty();
    }

    /** Why the rule of thumb disagrees, or empty. */
    public ReadOnlyStringProperty ruleOfThumbNoteProperty() {
        return ruleOfThumbNote.getReadOnlyProperty();
    }

    /** Volume, GPUs, utilisation, floor against blended price. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The three costs at the hovered volume, or empty. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    // ---- commands -----------------------------------------------------------------------------------------

    public void undo() {
        history.undo().ifPresent(this::load);
        updateUndoState();
    }

    public void redo() {
        history.redo().ifPresent(this::load);
        updateUndoState();
    }

    /**
     * Shades the uncertainty run's P10–P90 bands around the curves, if they belong to the scenario on screen (a run
     * that finishes after another change is dropped).
     */
    public void showBands(Scenario of, Optional<MonteCarlo.Bands> newBands) {
        if (of.equals(scenario.get()) && chart.get() != null) {
            bands = newBands;
            chart.set(chart.get().withBands(newBands));
        }
    }

    /** Starts over on another scenario (a file opened, New): its values, with a fresh undo history. */
    public void replace(Scenario s) {
        load(s);
        history.reset(s);
        updateUndoState();
        generation.set(generation.get() + 1);
    }

    /** Counts {@link #replace}s: another scenario on screen (New, Open, Revert), not an edit or an undo. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** Whether inputs are being set from a whole scenario (a file, undo, redo) rather than edited one by one. */
    public boolean isLoading() {
        return loading;
    }

    /** Replaces every input with a scenario's values, as one step. */
    public void load(Scenario s) {
        loading = true;
        try {
            Input.valuesOf(s).forEach(this::set);
            samples = s.uncertainty().samples();
            seed = s.uncertainty().seed();
            for (Input path : rangeOn.keySet()) {
                Uncertainty.Range r = s.uncertainty().ranges().get(path);
                rangeOn.get(path).set(r != null);
                rangeLow.get(path).set(r != null ? r.low() : 0);
                rangeHigh.get(path).set(r != null ? r.high() : 0);
            }
            dataSensitivity.set(s.workload().dataSensitivity());
            opsCapacity.set(s.workload().opsCapacity());
            name.set(s.name());
            notes.set(s.notes());
        } finally {
            loading = false;
        }
        evaluateNow(false);
    }

    // ---- the one path from an input to the figures ---------------------------------------------------------

    private void inputChanged() {
        if (loading || scheduled) {
            return;
        }
        scheduled = true;
        scheduler.accept(() -> {
            scheduled = false;
            evaluateNow(true);
        });
    }

    private void evaluateNow(boolean record) {
        Scenario s;
        try {
            Map<Input, Uncertainty.Range> ranges = new EnumMap<>(Input.class);
            rangeOn.forEach((input, on) -> {
                if (on.get()) {
                    ranges.put(input, new Uncertainty.Range(rangeLow.get(input).get(), rangeHigh.get(input).get()));
                }
            });
            s = Input.scenario(name.get(), notes.get(), dataSensitivity.get(), opsCapacity.get(), this::value)
                    .withUncertainty(new Uncertainty(samples, seed, ranges));
        } catch (InvalidInputException e) {
            errors.values().forEach(err -> err.set(""));
            e.input().ifPresent(input -> errors.get(input).set(message(e)));
            firstError.set(e.input().map(input -> input.qualifiedLabel() + (e.part() == InvalidInputException.Part.VALUE
                    ? " " : " range: ") + lowerFirst(message(e))).orElse(e.getMessage()));
            return;
        }
        errors.values().forEach(err -> err.set(""));
        firstError.set("");
        Evaluation e = CostEngine.evaluate(s);
        evaluation.set(e);
        bands = Optional.empty();
        chart.set(ChartSpecs.of(e, logCost.get(), Optional.ofNullable(chart.get())));
        timeline.set(TimelineSpec.of(e));
        publishTexts(e);
        // Last: whoever listens to the scenario finds its evaluation and chart already in place.
        scenario.set(s);
        if (record && !adjusting.get()) {
            recordHistory(s);
        }
    }

    private void recordHistory(Scenario s) {
        history.record(s);
        updateUndoState();
    }

    private void publishTexts(Evaluation e) {
        recommendation.set(e.recommendation().option().label());
        reasons.setAll(e.recommendation().reasons());
        breakEven.set(Sentences.breakEven(e, e.headlineOption()));
        ruleOfThumb.set(Sentences.ruleOfThumb(e));
        ruleOfThumbNote.set(Sentences.ruleOfThumbNote(e));
        status.set(Sentences.status(e));
        paybackSummary.set(Sentences.payback(e));
        updateHoverText();
    }

    private void updateHoverText() {
        Evaluation e = evaluation.get();
        double v = hoverTokens.get();
        if (e == null || Double.isNaN(v)) {
            hoverText.set("");
            return;
        }
        StringBuilder s = new StringBuilder(Units.tokensPerMonth(v)).append("  (≈ ")
                .append(Units.requestsPerDay(v / (e.scenario().workload().tokensPerRequest() * Units.DAYS_PER_MONTH)))
                .append(")");
        for (Option o : e.options()) {
            s.append('\n').append(o.label()).append(": ").append(Units.dollars(e.curve(o).costAt(v))).append("/month");
        }
        hoverText.set(s.toString());
    }

    /** The engine's figures at the hovered volume, for tests and read-outs. */
    public OptionalDouble hoverCost(Option option) {
        Evaluation e = evaluation.get();
        double v = hoverTokens.get();
        return e == null || Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(e.curve(option).costAt(v));
    }

    private double value(Input input) {
        return numbers.get(input).get();
    }

    private void set(Input input, double value) {
        numbers.get(input).set(value);
    }

    private void updateUndoState() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /** The message beside an input, from the error's data: "Must be a number ≥ 0.", "Range high: must be …". */
    private String message(InvalidInputException e) {
        String valid = e.validRange().replace("finite ", "");
        return switch (e.part()) {
            case VALUE -> "Must be " + valid + ".";
            case RANGE -> {
                Input input = e.input().orElseThrow();
                yield "Range: must contain the scenario's value " + Units.plain(value(input)) + ", not "
                        + Units.plain(rangeLow.get(input).get()) + " … " + Units.plain(rangeHigh.get(input).get()) + ".";
            }
            case RANGE_LOW -> "Range low: must be " + valid + ".";
            case RANGE_HIGH -> "Range high: must be " + valid + ".";
        };
    }

    private static String lowerFirst(String s) {
        return s.startsWith("Range") ? s.substring("Range".length()).replaceFirst("^:? ", "")
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static double threeSignificantDigits(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return v;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 2);
        return Math.round(v / magnitude) * magnitude;
    }
}
