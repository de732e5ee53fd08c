package crossover.io;

import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code *.crossover} file format, version 1 (COST-MODEL.md, "Inputs"): its sections and fields in the
 * order files are written, and the mapping between a flat map of field paths and a {@link Scenario}.
 */
final class ScenarioFormat {

    static final String FORMAT = "crossover-scenario";
    static final int VERSION = 1;
    static final String DEFAULT_NAME = "Untitled scenario";

    enum Kind { NUMBER, WHOLE_NUMBER, ENUM }

    /** One field of a section, e.g. {@code workload.dailyRequests}. */
    record Field(String section, String name, Kind kind, List<String> choices) {
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
            "workload", "api", "selfHosted", "cloudManaged");

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
                whole("workload", "horizonMonths")));
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
                number("selfHosted", "monthlyOpsCost")));
        SECTIONS.put("cloudManaged", List.of(
                number("cloudManaged", "overheadPercent"),
                number("cloudManaged", "setupCost"),
                number("cloudManaged", "monthlyOpsCost")));
    }

    private ScenarioFormat() {
    }

    /** Every field value of a scenario by path, in file order: Double, Integer or String (enum id). */
    static Map<String, Object> values(Scenario s) {
        Map<String, Object> v = new LinkedHashMap<>();
        Workload w = s.workload();
        v.put("workload.dailyRequests", w.dailyRequests());
        v.put("workload.tokensPerRequest", w.tokensPerRequest());
        v.put("workload.outputShare", w.outputShare());
        v.put("workload.latencySlaMs", w.latencySlaMs());
        v.put("workload.dataSensitivity", w.dataSensitivity().id());
        v.put("workload.opsCapacity", w.opsCapacity().id());
        v.put("workload.peakToAverage", w.peakToAverage());
        v.put("workload.monthlyGrowthPercent", w.monthlyGrowthPercent());
        v.put("workload.horizonMonths", w.horizonMonths());
        ApiPricing a = s.api();
        v.put("api.inputPricePerMTok", a.inputPricePerMTok());
        v.put("api.outputPricePerMTok", a.outputPricePerMTok());
        v.put("api.typicalTtftMs", a.typicalTtftMs());
        SelfHosting h = s.selfHosted();
        v.put("selfHosted.gpuHourlyPrice", h.gpuHourlyPrice());
        v.put("selfHosted.tokensPerHourPerGpu", h.tokensPerHourPerGpu());
        v.put("selfHosted.gpusPerReplica", h.gpusPerReplica());
        v.put("selfHosted.minReplicas", h.minReplicas());
        v.put("selfHosted.maxUtilization", h.maxUtilization());
        v.put("selfHosted.setupCost", h.setupCost());
        v.put("selfHosted.monthlyOpsCost", h.monthlyOpsCost());
        CloudManaged c = s.cloudManaged();
        v.put("cloudManaged.overheadPercent", c.overheadPercent());
        v.put("cloudManaged.setupCost", c.setupCost());
        v.put("cloudManaged.monthlyOpsCost", c.monthlyOpsCost());
        return v;
    }

    /**
     * Builds a scenario from field values by path; the records validate every range.
     *
     * @throws crossover.model.InvalidInputException naming the first field out of range
     */
    static Scenario scenario(String name, String notes, Map<String, Object> v) {
        Workload w = new Workload(d(v, "workload.dailyRequests"), d(v, "workload.tokensPerRequest"),
                d(v, "workload.outputShare"), d(v, "workload.latencySlaMs"),
                DataSensitivity.valueOf(e(v, "workload.dataSensitivity")),
                OpsCapacity.valueOf(e(v, "workload.opsCapacity")),
                d(v, "workload.peakToAverage"), d(v, "workload.monthlyGrowthPercent"),
                i(v, "workload.horizonMonths"));
        ApiPricing a = new ApiPricing(d(v, "api.inputPricePerMTok"), d(v, "api.outputPricePerMTok"),
                d(v, "api.typicalTtftMs"));
        SelfHosting h = new SelfHosting(d(v, "selfHosted.gpuHourlyPrice"), d(v, "selfHosted.tokensPerHourPerGpu"),
                i(v, "selfHosted.gpusPerReplica"), i(v, "selfHosted.minReplicas"), d(v, "selfHosted.maxUtilization"),
                d(v, "selfHosted.setupCost"), d(v, "selfHosted.monthlyOpsCost"));
        CloudManaged c = new CloudManaged(d(v, "cloudManaged.overheadPercent"), d(v, "cloudManaged.setupCost"),
                d(v, "cloudManaged.monthlyOpsCost"));
        return new Scenario(name, notes, w, a, h, c);
    }

    private static double d(Map<String, Object> v, String path) {
        return (Double) v.get(path);
    }

    private static int i(Map<String, Object> v, String path) {
        return (Integer) v.get(path);
    }

    private static String e(Map<String, Object> v, String path) {
        return ((String) v.get(path)).toUpperCase(java.util.Locale.ROOT);
    }

    private static Field number(String section, String name) {
        return new Field(section, name, Kind.NUMBER, List.of());
    }

    private static Field whole(String section, String name) {
        return new Field(section, name, Kind.WHOLE_NUMBER, List.of());
    }

    private static Field choice(String section, String name, List<String> choices) {
        return new Field(section, name, Kind.ENUM, choices);
    }

    private static List<String> ids(DataSensitivity[] values) {
        return Arrays.stream(values).map(DataSensitivity::id).toList();
    }

    private static List<String> ids(OpsCapacity[] values) {
        return Arrays.stream(values).map(OpsCapacity::id).toList();
    }
}
