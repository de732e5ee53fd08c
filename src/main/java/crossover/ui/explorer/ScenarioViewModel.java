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
import crossover.model.Scenario;
import crossover.model.Input;
import crossover.model.Section;
import crossover.model.Shape;
import crossover.model.Sentences;
import crossover.model.Uncertainty;
import crossover.model.Units;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    private final Map<Input, ReadOnlyStringWrapper> warnings = new EnumMap<>(Input.class);
    private final ObjectProperty<DataSensitivity> dataSensitivity = new SimpleObjectProperty<>(this, "dataSensitivity");
    private final ObjectProperty<OpsCapacity> opsCapacity = new SimpleObjectProperty<>(this, "opsCapacity");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty logCost = new SimpleBooleanProperty(this, "logCost", true);
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting", false);

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<ChartSpec> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<TimelineSpec> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    /** The last uncertainty run's bands for the scenario on screen; cleared when the scenario changes. */
    private Optional<MonteCarlo.Bands> bands = Optional.empty();
    private final Readouts readouts = new Readouts();
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper(this, "firstError", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    private final UndoHistory<Scenario> history = new UndoHistory<>(UNDO_LIMIT);
    private boolean scheduled;
    /** The origin of the values being set by {@link #apply} or a load (their listeners must not call them edits). */
    private Change.Origin setting;
    /** Whether listeners are hearing of a change (what they apply joins it). */
    private boolean announcing;
    private final Set<Input> pending = EnumSet.noneOf(Input.class);
    /** Inputs whose range a person set since their value last changed: used exactly as typed. */
    private final Set<Input> rangeAsTyped = EnumSet.noneOf(Input.class);
    private Change.Origin pendingOrigin;
    private final List<Consumer<Change>> changeListeners = new ArrayList<>();
    private final Map<Input, BooleanProperty> rangeOn = new EnumMap<>(Input.class);
    private final Map<Input, DoubleProperty> rangeLow = new EnumMap<>(Input.class);
    private final Map<Input, DoubleProperty> rangeHigh = new EnumMap<>(Input.class);
    /** Whether each optional section (owned hardware) is in the scenario on screen. */
    private final Map<Section, ReadOnlyBooleanWrapper> sections = new EnumMap<>(Section.class);
    /** Inputs with a dependent default that the scenario on screen states (they do not follow their input). */
    private Set<Input> stated = EnumSet.noneOf(Input.class);
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
            p.addListener((obs, old, now) -> {
                if (setting == null) {
                    rangeAsTyped.remove(f);
                }
                follow(f, old.doubleValue(), now.doubleValue());
                changed(f, Change.Origin.EDIT);
            });
            numbers.put(f, p);
            errors.put(f, new ReadOnlyStringWrapper(this, f.path() + ".error", ""));
            warnings.put(f, new ReadOnlyStringWrapper(this, f.path() + ".warning", ""));
            BooleanProperty on = new SimpleBooleanProperty(this, f.path() + ".range");
            DoubleProperty low = new SimpleDoubleProperty(this, f.path() + ".low");
            DoubleProperty high = new SimpleDoubleProperty(this, f.path() + ".high");
            on.addListener((obs, was, now) -> {
                if (now && setting == null) {
                    startRange(f);
                }
                rangeEdited(f);
            });
            low.addListener((obs, old, now) -> rangeEdited(f));
            high.addListener((obs, old, now) -> rangeEdited(f));
            rangeOn.put(f, on);
            rangeLow.put(f, low);
            rangeHigh.put(f, high);
        }
        for (Section section : Section.values()) {
            if (section.optional()) {
                sections.put(section, new ReadOnlyBooleanWrapper(this, section.id()));
            }
        }
        dataSensitivity.addListener((obs, old, now) -> changed(null, Change.Origin.EDIT));
        opsCapacity.addListener((obs, old, now) -> changed(null, Change.Origin.EDIT));
        name.addListener((obs, old, now) -> changed(null, Change.Origin.EDIT));
        notes.addListener((obs, old, now) -> changed(null, Change.Origin.EDIT));
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
        load(initial, Change.Origin.REPLACE);
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

    /** A warning for a valid value beyond anything people plan with (a unit slip?), empty otherwise. */
    public ReadOnlyStringProperty warningProperty(Input input) {
        return warnings.get(input).getReadOnlyProperty();
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


    /** Whether an optional section (owned hardware) is in the scenario: its inputs show and count only then. */
    public ReadOnlyBooleanProperty sectionProperty(Section section) {
        ReadOnlyBooleanWrapper p = sections.get(section);
        if (p == null) {
            throw new IllegalArgumentException(section.id() + " is in every scenario");
        }
        return p.getReadOnlyProperty();
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


    /** What the window reads out of the last valid evaluation: recommendation, reasons, sentences, hover. */
    public Readouts readouts() {
        return readouts;
    }

    /** The first input error, or empty: "figures show the last valid values" context for the status line. */
    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }


    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    // ---- commands -----------------------------------------------------------------------------------------

    public void undo() {
        history.undo().ifPresent(previous -> load(previous, Change.Origin.HISTORY));
        updateUndoState();
    }

    public void redo() {
        history.redo().ifPresent(next -> load(next, Change.Origin.HISTORY));
        updateUndoState();
    }

    /**
     * Sets inputs (and, where given, their uncertainty ranges) as one change: its listeners hear of it once, then
     * the figures are evaluated once and the change is one undo step. A listener may call this again while it
     * hears of a change: its values join the same step.
     */
    public void apply(Map<Input, Double> values, Map<Input, Uncertainty.Range> ranges, Change.Origin origin) {
        Objects.requireNonNull(origin, "origin");
        Change.Origin was = setting;
        setting = origin;
        try {
            values.forEach(this::set);
            ranges.forEach((input, r) -> {
                rangeOn.get(input).set(true);
                rangeLow.get(input).set(r.low());
                rangeHigh.get(input).set(r.high());
            });
        } finally {
            setting = was;
        }
        values.keySet().forEach(input -> changed(input, origin));
        if (values.isEmpty()) {
            changed(null, origin);
        }
    }

    /** Sets inputs as one change; see {@link #apply(Map, Map, Change.Origin)}. */
    public void apply(Map<Input, Double> values, Change.Origin origin) {
        apply(values, Map.of(), origin);
    }

    /**
     * Adds an optional section with its inputs' values (any input of it not given takes its default) as one change
     * and one undo step.
     */
    public void include(Section section, Map<Input, Double> values, Change.Origin origin) {
        Objects.requireNonNull(origin, "origin");
        Map<Input, Double> all = new EnumMap<>(Input.class);
        for (Input i : section.inputs()) {
            all.put(i, values.getOrDefault(i, i.defaultValue()));
        }
        values.forEach((i, v) -> {
            if (i.section() != section) {
                throw new IllegalArgumentException(i.path() + " is not in " + section.id());
            }
        });
        Change.Origin was = setting;
        setting = origin;
        try {
            sections.get(section).set(true);
        } finally {
            setting = was;
        }
        apply(all, origin);
    }

    /**
     * Removes an optional section as one change and one undo step, with the uncertainty ranges of its inputs (a
     * scenario without the section cannot have them).
     */
    public void exclude(Section section) {
        Change.Origin was = setting;
        setting = Change.Origin.EDIT;
        try {
            sections.get(section).set(false);
            section.inputs().forEach(i -> rangeOn.get(i).set(false));
        } finally {
            setting = was;
        }
        section.inputs().forEach(i -> pending.add(i));
        changed(null, Change.Origin.EDIT);
    }

    /** Hears of each change before it is evaluated (and may add values to it with {@link #apply}). */
    public void addChangeListener(Consumer<Change> listener) {
        changeListeners.add(Objects.requireNonNull(listener, "listener"));
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
        load(s, Change.Origin.REPLACE);
        history.reset(s);
        updateUndoState();
    }

    /** Replaces every input with a scenario's values, as one change of the given origin (HISTORY or REPLACE). */
    private void load(Scenario s, Change.Origin origin) {
        setting = origin;
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
            sections.forEach((section, on) -> on.set(s.has(section)));
            stated = EnumSet.noneOf(Input.class);
            stated.addAll(s.shape().stated());
            dataSensitivity.set(s.workload().dataSensitivity());
            opsCapacity.set(s.workload().opsCapacity());
            name.set(s.name());
            notes.set(s.notes());
        } finally {
            setting = null;
        }
        pending.clear();
        pendingOrigin = null;
        rangeAsTyped.clear();
        announce(new Change(EnumSet.allOf(Input.class), origin));
        evaluateNow(false);
    }

    // ---- the one path from an input to the figures ---------------------------------------------------------

    /**
     * Notes that an input (or null: a range, a choice, a name) changed and schedules one evaluation for everything
     * that changes before it runs. A value set by {@link #apply} or a load is noted by them, not here.
     */
    private void changed(Input input, Change.Origin origin) {
        if (setting != null && origin == Change.Origin.EDIT) {
            return;
        }
        if (input != null) {
            pending.add(input);
        }
        // An edit and the fills it causes are one step; the step counts as an edit if any part of it was one.
        pendingOrigin = pendingOrigin == null || origin == Change.Origin.EDIT ? origin : pendingOrigin;
        if (announcing) {
            return;
        }
        if (!scheduled) {
            scheduled = true;
            scheduler.accept(this::flush);
        }
    }

    /** A person set a range's end: until the value is edited again, the range is used exactly as typed. */
    private void rangeEdited(Input input) {
        if (setting == null) {
            rangeAsTyped.add(input);
        }
        changed(null, Change.Origin.EDIT);
    }

    /** Announces what changed since the last evaluation, then evaluates once and records one undo step. */
    private void flush() {
        scheduled = false;
        if (pendingOrigin == null) {
            return;
        }
        Change.Origin origin = pendingOrigin;
        Set<Input> inputs = EnumSet.noneOf(Input.class);
        inputs.addAll(pending);
        pending.clear();
        pendingOrigin = null;
        announce(new Change(inputs, origin));
        pending.clear();
        pendingOrigin = null;
        evaluateNow(true);
    }

    private void announce(Change change) {
        announcing = true;
        try {
            changeListeners.forEach(l -> l.accept(change));
        } finally {
            announcing = false;
        }
    }

    private void evaluateNow(boolean record) {
        Scenario s;
        try {
            Map<Input, Uncertainty.Range> ranges = new EnumMap<>(Input.class);
            rangeOn.forEach((input, on) -> {
                if (on.get()) {
                    ranges.put(input, effectiveRange(input));
                }
            });
            s = Input.scenario(name.get(), notes.get(), dataSensitivity.get(), opsCapacity.get(), shape(), this::value)
                    .withUncertainty(new Uncertainty(samples, seed, ranges));
        } catch (InvalidInputException e) {
            errors.values().forEach(err -> err.set(""));
            e.input().ifPresent(input -> errors.get(input).set(message(e)));
            firstError.set(e.input().map(input -> input.qualifiedLabel() + (e.part() == InvalidInputException.Part.VALUE
                    ? " " : " range: ") + lowerFirst(message(e))).orElse(e.getMessage()));
            return;
        }
        errors.values().forEach(err -> err.set(""));
        warnings.forEach((input, warning) -> warning.set(Sentences.implausible(input, value(input))));
        firstError.set("");
        Evaluation e = CostEngine.evaluate(s);
        evaluation.set(e);
        bands = Optional.empty();
        chart.set(ChartSpecs.of(e, logCost.get(), Optional.ofNullable(chart.get())));
        timeline.set(TimelineSpec.of(e));
        readouts.show(e);
        // Last: whoever listens to the scenario finds its evaluation and chart already in place.
        scenario.set(s);
        if (record && !adjusting.get()) {
            recordHistory(s);
        }
    }

    /**
     * The range the Monte Carlo uses: the one the person set, widened to take in the value only while a value
     * typed since is outside it (the end does not move for good, and a rejected value never reaches a range). A
     * range typed to miss the value is used as typed, so its input says what is wrong.
     */
    private Uncertainty.Range effectiveRange(Input input) {
        double v = value(input);
        double low = rangeLow.get(input).get();
        double high = rangeHigh.get(input).get();
        boolean widen = !rangeAsTyped.contains(input) && low <= high && input.bounds().contains(v);
        return widen ? new Uncertainty.Range(Math.min(low, v), Math.max(high, v)) : new Uncertainty.Range(low, high);
    }

    /** The optional sections on screen and the dependent defaults the scenario states. */
    private Shape shape() {
        Set<Section> present = EnumSet.noneOf(Section.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                present.add(section);
            }
        });
        return new Shape(present, stated);
    }

    /**
     * An input whose default is another's value (the cached-input price) follows that input, in the same change,
     * while it holds that value and the scenario does not state it (COST-MODEL.md, version 4).
     */
    private void follow(Input changed, double old, double now) {
        if (setting == Change.Origin.HISTORY || setting == Change.Origin.REPLACE) {
            return;
        }
        for (Input dependent : Input.values()) {
            if (dependent.defaultsTo().filter(changed::equals).isPresent() && !stated.contains(dependent)
                    && value(dependent) == old) {
                Change.Origin was = setting;
                setting = was == null ? Change.Origin.EDIT : was;
                try {
                    numbers.get(dependent).set(now);
                } finally {
                    setting = was;
                }
                pending.add(dependent);
            }
        }
    }

    private void recordHistory(Scenario s) {
        history.record(s);
        updateUndoState();
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
