package crossover.ui.explorer;

import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.DataSensitivity;
import crossover.model.InvalidInputException;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
import java.util.function.ToDoubleFunction;

/** Turns the window's input values into a validated scenario; the model's records do the validating. */
final class ScenarioBuilder {

    private ScenarioBuilder() {
    }

    static Scenario build(ToDoubleFunction<String> v, DataSensitivity sensitivity, OpsCapacity ops, String name,
                          String notes) {
        Workload w = new Workload(v.applyAsDouble("workload.dailyRequests"), v.applyAsDouble("workload.tokensPerRequest"),
                v.applyAsDouble("workload.outputShare"), v.applyAsDouble("workload.latencySlaMs"), sensitivity, ops,
                v.applyAsDouble("workload.peakToAverage"), v.applyAsDouble("workload.monthlyGrowthPercent"),
                whole(v, "workload.horizonMonths"));
        ApiPricing a = new ApiPricing(v.applyAsDouble("api.inputPricePerMTok"),
                v.applyAsDouble("api.outputPricePerMTok"), v.applyAsDouble("api.typicalTtftMs"));
        SelfHosting h = new SelfHosting(v.applyAsDouble("selfHosted.gpuHourlyPrice"),
                v.applyAsDouble("selfHosted.tokensPerHourPerGpu"), whole(v, "selfHosted.gpusPerReplica"),
                whole(v, "selfHosted.minReplicas"), v.applyAsDouble("selfHosted.maxUtilization"),
                v.applyAsDouble("selfHosted.setupCost"), v.applyAsDouble("selfHosted.monthlyOpsCost"));
        CloudManaged c = new CloudManaged(v.applyAsDouble("cloudManaged.overheadPercent"),
                v.applyAsDouble("cloudManaged.setupCost"), v.applyAsDouble("cloudManaged.monthlyOpsCost"));
        return new Scenario(name, notes, w, a, h, c);
    }

    private static int whole(ToDoubleFunction<String> v, String path) {
        double d = v.applyAsDouble(path);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new InvalidInputException(path, "a whole number", path + " must be a whole number, not "
                    + crossover.model.Units.plain(d) + ".");
        }
        return (int) d;
    }
}
