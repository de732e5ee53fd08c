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
 * The {@code *.crossover} file format, version 1 (COST-MODEL.md, "Inputs"): its sections and fields in the
 * order files are written, and the mapping between a flat map of field paths and a {@link Scenario}.
 */
final class ScenarioFormat {

    static final String FORMAT = "crossover-scenario";
    /** The newest version: the highest this build reads, and what it writes for a scenario with sources. */
    static final int VERSION = 3;
    /** What this build writes for a scenario without sources (readable by builds that know version 2). */
    static final int VERSION_WITHOUT_SOURCES = 2;
    static final String DEFAULT_NAME = "Untitled scenario";

    enum Kind { NUMBER, WHOLE_NUMBER, ENUM }

    /**
     * One field of a section, e.g. {@code workload.dailyRequests}.
     *
     * @param since    the file version that introduced it; older files never contain it
     * @param fallback the value a file of its version or later may leave out, or null if required
     */
    record Field(String section, String name, Kind kind, List<String> choices, int since, Object fallback) {
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
            "workload", "api", "selfHosted", "cloudManaged", "uncertainty", "sources");
    /** The version that introduced the {@code uncertainty} section. */
    static final int UNCERTAINTY_SINCE = 2;
    /** The version that introduced the {@code sources} section. */
    static final int SOURCES_SINCE = 3;

    /** Each section's fields in file order, from the registry ({@link Section}, {@link Input}, {@link Choice}). */
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
        return new Field(i.section().id(), i.key(), i.whole() ? Kind.WHOLE_NUMBER : Kind.NUMBER, List.of(), i.since(),
                i.since() > 1 ? (Object) i.defaultValue() : null);
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
    static Scenario scenario(String name, String notes, Map<String, Object> v) {
        return Input.scenario(name, notes,
                DataSensitivity.valueOf(((String) v.get(Choice.DATA_SENSITIVITY.path())).toUpperCase(Locale.ROOT)),
                OpsCapacity.valueOf(((String) v.get(Choice.OPS_CAPACITY.path())).toUpperCase(Locale.ROOT)),
                input -> ((Number) v.get(input.path())).doubleValue());
    }
}
