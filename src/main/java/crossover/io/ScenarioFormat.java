package crossover.io;

import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.ScenarioFields;
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

    static final Map<String, List<Field>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("workload", List.of(
                number("workload", "dailyRequests"),
                number("workload", "tokensPerRequest"),
                number("workload", "outputShare"),
                number("workload", "latencySlaMs"),
                choice("workload", "dataSensitivity", ids(DataSensitivity.values())),
                choice("workload", "opsCapacity", ids(OpsCapacity.values())),
                number("workload", "peakToAverage"),
                number("workload", "monthlyGrowthPercent"),
                whole("workload", "horizonMonths"),
                optional("workload", "batchShare", 2, 0.0)));
        SECTIONS.put("api", List.of(
                number("api", "inputPricePerMTok"),
                number("api", "outputPricePerMTok"),
                number("api", "typicalTtftMs")));
        SECTIONS.put("selfHosted", List.of(
                number("selfHosted", "gpuHourlyPrice"),
                number("selfHosted", "tokensPerHourPerGpu"),
                whole("selfHosted", "gpusPerReplica"),
                whole("selfHosted", "minReplicas"),
                number("selfHosted", "maxUtilization"),
                number("selfHosted", "setupCost"),
                number("selfHosted", "monthlyOpsCost"),
                optional("selfHosted", "spotDiscountPercent", 2, 0.0)));
        SECTIONS.put("cloudManaged", List.of(
                number("cloudManaged", "overheadPercent"),
                number("cloudManaged", "setupCost"),
                number("cloudManaged", "monthlyOpsCost")));
    }

    private ScenarioFormat() {
    }

    /** Every field value of a scenario by path, in file order: Double, or String (enum id). */
    static Map<String, Object> values(Scenario s) {
        Map<String, Object> v = new LinkedHashMap<>(ScenarioFields.numbers(s));
        v.put("workload.dataSensitivity", s.workload().dataSensitivity().id());
        v.put("workload.opsCapacity", s.workload().opsCapacity().id());
        return v;
    }

    /**
     * Builds a scenario from field values by path; the model validates every range.
     *
     * @throws crossover.model.InvalidInputException naming the first field out of range
     */
    static Scenario scenario(String name, String notes, Map<String, Object> v) {
        return ScenarioFields.build(name, notes,
                DataSensitivity.valueOf(((String) v.get("workload.dataSensitivity")).toUpperCase(Locale.ROOT)),
                OpsCapacity.valueOf(((String) v.get("workload.opsCapacity")).toUpperCase(Locale.ROOT)),
                path -> ((Number) v.get(path)).doubleValue());
    }

    private static Field number(String section, String name) {
        return new Field(section, name, Kind.NUMBER, List.of(), 1, null);
    }

    private static Field whole(String section, String name) {
        return new Field(section, name, Kind.WHOLE_NUMBER, List.of(), 1, null);
    }

    private static Field choice(String section, String name, List<String> choices) {
        return new Field(section, name, Kind.ENUM, choices, 1, null);
    }

    /** A number added in a later version, with the default older files imply. */
    private static Field optional(String section, String name, int since, double fallback) {
        return new Field(section, name, Kind.NUMBER, List.of(), since, fallback);
    }

    private static List<String> ids(DataSensitivity[] values) {
        return Arrays.stream(values).map(DataSensitivity::id).toList();
    }

    private static List<String> ids(OpsCapacity[] values) {
        return Arrays.stream(values).map(OpsCapacity::id).toList();
    }
}
