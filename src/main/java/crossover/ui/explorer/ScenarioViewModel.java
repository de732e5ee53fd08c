package crossover.ui.explorer;

import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.TimelineSpec;
import crossover.model.BreakEven;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.InvalidInputException;
import crossover.model.MonteCarlo;
import crossover.model.OpsCapacity;
import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.RuleOfThumb;
import crossover.model.Scenario;
import crossover.model.ScenarioFields;
import crossover.model.Uncertainty;
import crossover.model.Units;
import java.util.LinkedHashMap;
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
    private final Map<String, DoubleProperty> numbers = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
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
    private final Map<String, BooleanProperty> rangeOn = new LinkedHashMap<>();
    private final Map<String, DoubleProperty> rangeLow = new LinkedHashMap<>();
    private final Map<String, DoubleProperty> rangeHigh = new LinkedHashMap<>();
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
        for (Field f : Fields.all()) {
            DoubleProperty p = new SimpleDoubleProperty(this, f.path());
            p.addListener((obs, old, now) -> inputChanged());
            numbers.put(f.path(), p);
            errors.put(f.path(), new ReadOnlyStringWrapper(this, f.path() + ".error", ""));
            BooleanProperty on = new SimpleBooleanProperty(this, f.path() + ".range");
            DoubleProperty low = new SimpleDoubleProperty(this, f.path() + ".low");
            DoubleProperty high = new SimpleDoubleProperty(this, f.path() + ".high");
            on.addListener((obs, was, now) -> {
                if (now && !loading) {
                    startRange(f.path());
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
            rangeOn.put(f.path(), on);
            rangeLow.put(f.path(), low);
            rangeHigh.put(f.path(), high);
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

    /** The numeric input at a field path (see {@link Fields}). */
    public DoubleProperty number(String path) {
        DoubleProperty p = numbers.get(path);
        if (p == null) {
            throw new IllegalArgumentException("no numeric input " + path);
        }
        return p;
    }

    /** Whether an input has an uncertainty range (off by default). */
    public BooleanProperty rangeOnProperty(String path) {
        return rangeOn.get(path);
    }

    /** The low end of an input's range. */
    public DoubleProperty rangeLowProperty(String path) {
        return rangeLow.get(path);
    }

    /** The high end of an input's range. */
    public DoubleProperty rangeHighProperty(String path) {
        return rangeHigh.get(path);
    }

    /** A new range starts at ±20 % of the value, kept within what the field allows. */
    private void startRange(String path) {
        double v = number(path).get();
        double a = 0.8 * v;
        double b = 1.2 * v;
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        if (path.equals("workload.outputShare") || path.equals("selfHosted.maxUtilization")
                || path.equals("workload.batchShare")) {
            high = Math.min(1, high);
        }
        if (path.equals("workload.peakToAverage")) {
            low = Math.max(1, low);
        }
        if (ScenarioFields.WHOLE_NUMBERS.contains(path)) {
            low = Math.floor(low);
            high = Math.ceil(high);
        }
        rangeLow.get(path).set(low);
        rangeHigh.get(path).set(high);
    }

    /** The message for a field's current value, empty when valid. */
    public ReadOnlyStringProperty errorProperty(String path) {
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
        double tokensPerRequest = number("workload.tokensPerRequest").get();
        double requests = monthlyTokens / (tokensPerRequest * Units.DAYS_PER_MONTH);
        number("workload.dailyRequests").set(threeSignificantDigits(requests));
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
            ScenarioFields.numbers(s).forEach(this::set);
            samples = s.uncertainty().samples();
            seed = s.uncertainty().seed();
            for (String path : rangeOn.keySet()) {
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
            Map<String, Uncertainty.Range> ranges = new LinkedHashMap<>();
            rangeOn.forEach((path, on) -> {
                if (on.get()) {
                    ranges.put(path, new Uncertainty.Range(rangeLow.get(path).get(), rangeHigh.get(path).get()));
                }
            });
            s = ScenarioFields.build(name.get(), notes.get(), dataSensitivity.get(), opsCapacity.get(), this::value)
                    .withUncertainty(new Uncertainty(samples, seed, ranges));
        } catch (InvalidInputException e) {
            errors.values().forEach(err -> err.set(""));
            ReadOnlyStringWrapper field = errors.get(fieldOf(e.field()));
            String valid = e.validRange().replace("finite ", "");
            boolean range = e.field().startsWith(RANGES);
            if (field != null) {
                field.set(range ? rangeMessage(e) : "Must be " + valid + ".");
            }
            firstError.set(range ? Fields.label(fieldOf(e.field())) + " range: " + valid + "."
                    : Fields.label(e.field()) + " must be " + valid + ".");
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
        Option best = e.recommendation().option();
        recommendation.set(best.label());
        reasons.setAll(e.recommendation().reasons());
        BreakEven sh = e.breakEven(Option.SELF_HOSTED);
        breakEven.set(sh.sustained().isPresent()
                ? ChartSpecs.breakEvenLabel(sh)
                : "No break-even for self-hosting: " + e.noBreakEvenReason(Option.SELF_HOSTED) + ".");
        ruleOfThumb.set("Rule of thumb: " + e.ruleOfThumb().label() + (e.ruleOfThumbAgrees() ? " — agrees" : " — disagrees"));
        ruleOfThumbNote.set(e.ruleOfThumbAgrees()
                ? "The heuristic (" + RuleOfThumb.basis(e.scenario().workload()) + ") and the costs agree."
                : e.ruleOfThumbNote());
        OptionCost sc = e.cost(Option.SELF_HOSTED);
        status.set("Volume " + Units.tokensPerMonth(e.monthlyTokens()) + "   ·   Self-hosted: "
                + Units.plain(sc.gpus()) + (sc.gpus() == 1 ? " GPU at " : " GPUs at ") + Units.percent(sc.utilization()) + " utilisation   ·   Floor "
                + Units.perMTok(e.selfHostedFloorPerMTok()) + " vs API " + Units.perMTok(e.blendedApiPricePerMTok())
                + " blended");
        paybackSummary.set(paybackSummary(e));
        updateHoverText();
    }

    private static String paybackSummary(Evaluation e) {
        int months = e.scenario().workload().horizonMonths();
        StringBuilder s = new StringBuilder("Payback against the API: ");
        String sep = "";
        for (Option o : e.options()) {
            if (o == Option.API_INFERENCE) {
                continue;
            }
            s.append(sep).append(o.noun()).append(e.paybackMonth().get(o).isPresent()
                    ? " in month " + e.paybackMonth().get(o).getAsInt()
                    : " not within " + months + " months");
            sep = ", ";
        }
        s.append('.');
        e.switchMonth().ifPresent(m -> s.append(" From month ").append(m).append(' ')
                .append(e.cheapestByMonth().get(m - 1).noun()).append(" costs least each month."));
        return s.toString();
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

    private double value(String path) {
        return numbers.get(path).get();
    }

    private void set(String path, double value) {
        numbers.get(path).set(value);
    }

    private void updateUndoState() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private static final String RANGES = "uncertainty.ranges.";

    /** "Range: must contain …" or "Range high: must be …": the model's sentence without the file path. */
    private static String rangeMessage(InvalidInputException e) {
        String path = e.field();
        String end = path.endsWith(".low") ? " low" : path.endsWith(".high") ? " high" : "";
        String rest = e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(path) + ":? ", "");
        return "Range" + end + ": " + rest;
    }

    /** The input a message is about: {@code uncertainty.ranges.X.low} is about X. */
    private static String fieldOf(String path) {
        if (!path.startsWith(RANGES)) {
            return path;
        }
        String rest = path.substring(RANGES.length());
        return rest.endsWith(".low") || rest.endsWith(".high") ? rest.substring(0, rest.lastIndexOf('.')) : rest;
    }

    static double threeSignificantDigits(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return v;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 2);
        return Math.round(v / magnitude) * magnitude;
    }
}
