package crossover.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Evaluates a scenario exactly as COST-MODEL.md defines it. Pure and allocation-light: called on every slider move. */
public final class CostEngine {

    private CostEngine() {
    }

    public static Evaluation evaluate(Scenario scenario) {
        Workload w = scenario.workload();
        double v = w.monthlyTokens();
        double realtime = scenario.api().realtimePricePerMTok(w);
        double p = scenario.api().blendedPricePerMTok(w);
        ApiLine api = new ApiLine(p);
        StairCase selfHosted = StairCase.selfHosted(scenario);
        StairCase cloud = StairCase.cloudManaged(scenario);
        Optional<StairCase> onPrem = scenario.onPrem().map(o -> StairCase.onPrem(scenario, o));
        double[] volumes = monthlyVolumes(w);

        Map<Option, OptionCost> costs = new EnumMap<>(Option.class);
        costs.put(Option.API_INFERENCE, new OptionCost(Option.API_INFERENCE, api.costAt(v),
                horizonTotal(api, volumes), 0, 0, 0, 0));
        costs.put(Option.SELF_HOSTED, gpuCost(Option.SELF_HOSTED, selfHosted, v, volumes));
        costs.put(Option.CLOUD_MANAGED, gpuCost(Option.CLOUD_MANAGED, cloud, v, volumes));
        Optional<HybridCurve> hybrid = w.batchShare() > 0 ? Optional.of(HybridCurve.of(scenario, realtime))
                : Optional.empty();
        hybrid.ifPresent(h -> {
            double batchReplicas = h.batchReplicasAt(v);
            costs.put(Option.HYBRID, new OptionCost(Option.HYBRID, h.costAt(v), horizonTotal(h, volumes),
                    batchReplicas, batchReplicas * h.gpusPerReplica(), h.utilizationAt(v),
                    batchReplicas * h.gpusPerReplica()));
        });
        onPrem.ifPresent(o -> costs.put(Option.ON_PREM, gpuCost(Option.ON_PREM, o, v, volumes)));

        Map<Option, BreakEven> breakEven = new EnumMap<>(Option.class);
        breakEven.put(Option.SELF_HOSTED, BreakEvenSolver.solve(selfHosted, api, w.tokensPerRequest()));
        breakEven.put(Option.CLOUD_MANAGED, BreakEvenSolver.solve(cloud, api, w.tokensPerRequest()));
        onPrem.ifPresent(o -> breakEven.put(Option.ON_PREM, BreakEvenSolver.solve(o, api, w.tokensPerRequest())));

        Reasons reasons = new Reasons(scenario, v, volumes[volumes.length - 1], p, costs, breakEven,
                selfHosted, cloud, onPrem);
        Recommendation recommendation = reasons.recommend();
        Option rule = RuleOfThumb.pick(w);
        Map<Option, CostCurve> curves = new EnumMap<>(Option.class);
        curves.put(Option.API_INFERENCE, api);
        curves.put(Option.SELF_HOSTED, selfHosted);
        curves.put(Option.CLOUD_MANAGED, cloud);
        hybrid.ifPresent(h -> curves.put(Option.HYBRID, h));
        onPrem.ifPresent(o -> curves.put(Option.ON_PREM, o));
        Timeline timeline = new Timeline(curves, volumes);
        return new Evaluation(scenario, v, volumes[volumes.length - 1], p, realtime,
                selfHosted.floorPricePerMTok(), cloud.floorPricePerMTok(), costs, breakEven, recommendation,
                rule, reasons.ruleOfThumbNote(rule, recommendation), api, selfHosted, cloud, hybrid, onPrem, timeline,
                paybackMonths(timeline));
    }

    /** For each option but the API: the first month from which it stays at or below the API's cumulative cash. */
    static Map<Option, OptionalInt> paybackMonths(Timeline timeline) {
        Map<Option, OptionalInt> payback = new EnumMap<>(Option.class);
        for (Option o : timeline.options()) {
            if (o != Option.API_INFERENCE) {
                int month = timeline.paybackMonth(o);
                payback.put(o, month == 0 ? OptionalInt.empty() : OptionalInt.of(month));
            }
        }
        return payback;
    }

    /** {@code V_m = V × (1 + g/100)^m} for {@code m = 0 … horizonMonths − 1}. */
    public static double[] monthlyVolumes(Workload w) {
        double v = w.monthlyTokens();
        double factor = 1 + w.monthlyGrowthPercent() / 100;
        double[] volumes = new double[w.horizonMonths()];
        for (int m = 0; m < volumes.length; m++) {
            volumes[m] = v * Math.pow(factor, m);
        }
        return volumes;
    }

    /** {@code Σ_m cost(V_m)}, compensated so that long horizons lose no precision. */
    static double horizonTotal(CostCurve curve, double[] volumes) {
        double first = curve.costAt(volumes[0]);
        if (volumes[0] == volumes[volumes.length - 1]) {
            // Flat volume: every month costs the same, and the product is exact where a sum would round.
            return volumes.length * first;
        }
        double sum = 0;
        double compensation = 0;
        for (double volume : volumes) {
            double x = curve.costAt(volume);
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }

    private static OptionCost gpuCost(Option option, StairCase stairs, double v, double[] volumes) {
        double replicas = stairs.replicasAt(v);
        return new OptionCost(option, stairs.costAt(v), horizonTotal(stairs, volumes), replicas,
                replicas * stairs.gpusPerReplica(), stairs.utilizationAt(v), stairs.paidGpus(replicas));
    }
}
