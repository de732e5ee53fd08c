package crossover.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The numeric inputs of a scenario by their field paths (COST-MODEL.md, "Inputs"), in file order: one mapping
 * between a scenario and its values, shared by the file format and the window.
 */
public final class ScenarioFields {

    /** Every numeric field path, in the order files list them. */
    public static final List<String> NUMBERS = List.of(
            "workload.dailyRequests", "workload.tokensPerRequest", "workload.outputShare", "workload.latencySlaMs",
            "workload.peakToAverage", "workload.monthlyGrowthPercent", "workload.horizonMonths", "workload.batchShare",
            "api.inputPricePerMTok", "api.outputPricePerMTok", "api.typicalTtftMs",
            "selfHosted.gpuHourlyPrice", "selfHosted.tokensPerHourPerGpu", "selfHosted.gpusPerReplica",
            "selfHosted.minReplicas", "selfHosted.maxUtilization", "selfHosted.setupCost", "selfHosted.monthlyOpsCost",
            "selfHosted.spotDiscountPercent",
            "cloudManaged.overheadPercent", "cloudManaged.setupCost", "cloudManaged.monthlyOpsCost");

    /** The fields that only take whole numbers. */
    public static final Set<String> WHOLE_NUMBERS = Set.of("workload.horizonMonths", "selfHosted.gpusPerReplica",
            "selfHosted.minReplicas");

    private ScenarioFields() {
    }

    /** Each numeric field's value, by path, in file order. */
    public static Map<String, Double> numbers(Scenario s) {
        Workload w = s.workload();
        ApiPricing a = s.api();
        SelfHosting h = s.selfHosted();
        CloudManaged c = s.cloudManaged();
        double[] values = {
            w.dailyRequests(), w.tokensPerRequest(), w.outputShare(), w.latencySlaMs(), w.peakToAverage(),
            w.monthlyGrowthPercent(), w.horizonMonths(), w.batchShare(),
            a.inputPricePerMTok(), a.outputPricePerMTok(), a.typicalTtftMs(),
            h.gpuHourlyPrice(), h.tokensPerHourPerGpu(), h.gpusPerReplica(), h.minReplicas(), h.maxUtilization(),
            h.setupCost(), h.monthlyOpsCost(), h.spotDiscountPercent(),
            c.overheadPercent(), c.setupCost(), c.monthlyOpsCost()};
        Map<String, Double> byPath = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byPath.put(NUMBERS.get(i), values[i]);
        }
        return byPath;
    }

    /**
     * Builds a validated scenario from numeric values by path.
     *
     * @throws InvalidInputException naming the first field that is out of range or not a whole number where one
     *                               is needed
     */
    public static Scenario build(String name, String notes, DataSensitivity sensitivity, OpsCapacity ops,
                                 ToDoubleFunction<String> number) {
        ToDoubleFunction<String> v = number;
        Workload w = new Workload(v.applyAsDouble("workload.dailyRequests"), v.applyAsDouble("workload.tokensPerRequest"),
                v.applyAsDouble("workload.outputShare"), v.applyAsDouble("workload.latencySlaMs"), sensitivity, ops,
                v.applyAsDouble("workload.peakToAverage"), v.applyAsDouble("workload.monthlyGrowthPercent"),
                whole(v, "workload.horizonMonths"), v.applyAsDouble("workload.batchShare"));
        ApiPricing a = new ApiPricing(v.applyAsDouble("api.inputPricePerMTok"),
                v.applyAsDouble("api.outputPricePerMTok"), v.applyAsDouble("api.typicalTtftMs"));
        SelfHosting h = new SelfHosting(v.applyAsDouble("selfHosted.gpuHourlyPrice"),
                v.applyAsDouble("selfHosted.tokensPerHourPerGpu"), whole(v, "selfHosted.gpusPerReplica"),
                whole(v, "selfHosted.minReplicas"), v.applyAsDouble("selfHosted.maxUtilization"),
                v.applyAsDouble("selfHosted.setupCost"), v.applyAsDouble("selfHosted.monthlyOpsCost"),
                v.applyAsDouble("selfHosted.spotDiscountPercent"));
        CloudManaged c = new CloudManaged(v.applyAsDouble("cloudManaged.overheadPercent"),
                v.applyAsDouble("cloudManaged.setupCost"), v.applyAsDouble("cloudManaged.monthlyOpsCost"));
        return new Scenario(name, notes, w, a, h, c);
    }

    private static int whole(ToDoubleFunction<String> v, String path) {
        double d = v.applyAsDouble(path);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new InvalidInputException(path, "a whole number", path + " must be a whole number, not "
                    + Units.plain(d) + ".");
        }
        return (int) d;
    }
}
