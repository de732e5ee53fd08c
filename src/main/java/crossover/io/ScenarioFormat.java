package crossover.io;

import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.Choice;
import crossover.model.Input;
import crossover.model.Section;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code *.crossover} file format (COST-MODEL.md, "Inputs" and its later versions): its sections and fields in
 * the order files are written, which of them a file may leave out, and the mapping between a flat map of field
 * paths and a {@link Scenario}.
 */
final class ScenarioFormat {

    static final String FORMAT = "crossover-scenario";
    /** The newest version: the highest this build reads, and what it writes for a scenario that uses its fields. */
    static final int VERSION = 4;
    /** What this build writes for a scenario with sources and no version-4 field (readable by version-3 builds). */
    static final int VERSION_WITH_SOURCES = 3;
    /** What this build writes for a scenario without sources (readable by builds that know version 2). */
    static final int VERSION_WITHOUT_SOURCES = 2;
    /** The version of the prices people actually pay: caching, batch tier, commitment, owned GPUs. */
    static final int PRICES_SINCE = 4;
    static final String DEFAULT_NAME = "Untitled scenario";

    enum Kind { NUMBER, WHOLE_NUMBER, ENUM }

    /**
     * One field of a section, e.g. {@code workload.dailyRequests}.
     *
     * @param since      the file version that introduced it; older files never contain it
     * @param fallback   the value a file of its version or later may leave out, or null if required or if its
     *                   default is another field's value
     * @param defaultsTo the field whose value it takes when a file leaves it out, or null
     */
    record Field(String section, String name, Kind kind, List<String> choices, int since, Object fallback,
                 Input defaultsTo) {

        Field(String section, String name, Kind kind, List<String> choices, int since, Object fallback) {
            this(section, name, kind, choices, since, fallback, null);
        }

        String path() {
            return section + "." + name;
        }

        String expected() {
            return switch (kind) {
                case NUMBER -> "a number";
                case WHOLE_NUMBER -> "a whole number";
                case ENUM -> "one of " + String.join(", ", choices);
            };
        }
    }

    static final List<String> TOP_LEVEL = List.of("format", "version", "name", "notes",
            "workload", "api", "selfHosted", "cloudManaged", "onPrem", "uncertainty", "sources");
    /** The version that introduced the {@code uncertainty} section. */
    static final int UNCERTAINTY_SINCE = 2;
    /** The version that introduced the {@code sources} section. */
    static final int SOURCES_SINCE = 3;

    /**
     * Each section's fields in file order, from the registry ({@link Section}, {@link Input}, {@link Choice}); an
     * optional section ({@link Section#optional()}) is in a file only when the scenario has it.
     */
    static final Map<String, List<Field>> SECTIONS = new LinkedHashMap<>();
    /** Every numeric input's path: what {@code uncertainty.ranges} and {@code sources} take as keys. */
    static final List<String> INPUT_PATHS = Arrays.stream(Input.values()).map(Input::path).toList();

    static {
        for (Section section : Section.values()) {
            SECTIONS.put(section.id(), section.fields().stream().map(ScenarioFormat::field).toList());
        }
    }

    private ScenarioFormat() {
    }

    private static Field field(crossover.model.Field f) {
        if (f instanceof Choice c) {
            return new Field(c.section().id(), c.key(), Kind.ENUM, c.ids(), c.since(), null);
        }
        Input i = (Input) f;
        // A field newer than version 1 may be missing from a file: older files imply its default.
        Input to = i.defaultsTo().orElse(null);
        Object fallback = i.required() || to != null ? null
                : i.whole() ? (Object) (int) i.defaultValue() : (Object) i.defaultValue();
        return new Field(i.section().id(), i.key(), i.whole() ? Kind.WHOLE_NUMBER : Kind.NUMBER, List.of(), i.since(),
                fallback, to);
    }

    /**
     * Whether a scenario uses anything of version 4: an optional section, a stated cached-input price, a
     * version-4 input away from its default, or a range or source (inputs in {@code sourced}) of a version-4 input.
     * A scenario that does not is written as before, for older builds.
     */
    static boolean usesVersionFour(Scenario s, java.util.Set<Input> sourced) {
        if (!s.shape().equals(crossover.model.Shape.NONE)) {
            return true;
        }
        for (Input i : s.uncertainty().ranges().keySet()) {
            if (i.since() >= PRICES_SINCE) {
                return true;
            }
        }
        for (Input i : sourced) {
            if (i.since() >= PRICES_SINCE) {
                return true;
            }
        }
        for (Input i : Input.values()) {
            if (i.since() >= PRICES_SINCE && i.usedIn(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file of {@code version} holds a field of a scenario: it is new enough, and the scenario has it. */
    static boolean written(Scenario s, int version, Input input) {
        return input.since() <= version && s.has(input.section())
                && (input.defaultsTo().isEmpty() || s.shape().stated().contains(input));
    }

    /** Every field value of a scenario by path, in file order: Double, or String (a choice's id). */
    static Map<String, Object> values(Scenario s) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            for (crossover.model.Field f : section.fields()) {
                v.put(f.path(), f instanceof Input i ? (Object) i.of(s) : ((Choice) f).idOf(s));
            }
        }
        return v;
    }

    /**
     * Builds a scenario from field values by path; the model validates every range.
     *
     * @throws crossover.model.InvalidInputException naming the first field out of range
     */
    static Scenario scenario(String name, String notes, crossover.model.Shape shape, Map<String, Object> v) {
        return Input.scenario(name, notes,
                DataSensitivity.valueOf(((String) v.get(Choice.DATA_SENSITIVITY.path())).toUpperCase(Locale.ROOT)),
                OpsCapacity.valueOf(((String) v.get(Choice.OPS_CAPACITY.path())).toUpperCase(Locale.ROOT)),
                shape, input -> ((Number) v.get(input.path())).doubleValue());
    }
}
