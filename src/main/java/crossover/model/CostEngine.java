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
        Optional<HybridCurve> hybrid = w.batchShare() > 0 ? Optional.of(HybridCurve.of(scenario, realtime))
                : Optional.empty();
        double[] volumes = monthlyVolumes(w);

        Map<Option, CostCurve> curves = new EnumMap<>(Option.class);
        curves.put(Option.API_INFERENCE, api);
        curves.put(Option.SELF_HOSTED, selfHosted);
        curves.put(Option.CLOUD_MANAGED, cloud);
        hybrid.ifPresent(h -> curves.put(Option.HYBRID, h));
        onPrem.ifPresent(o -> curves.put(Option.ON_PREM, o));
        Map<Option, double[]> cash = new EnumMap<>(Option.class);
        Map<Option, OptionCost> costs = new EnumMap<>(Option.class);
        for (Map.Entry<Option, CostCurve> c : curves.entrySet()) {
            double[] spent = new double[volumes.length];
            costs.put(c.getKey(), cost(c.getKey(), c.getValue(), v, volumes, spent));
            cash.put(c.getKey(), spent);
        }

        Map<Option, BreakEven> breakEven = new EnumMap<>(Option.class);
        breakEven.put(Option.SELF_HOSTED, BreakEvenSolver.solve(selfHosted, api, w.tokensPerRequest()));
        breakEven.put(Option.CLOUD_MANAGED, BreakEvenSolver.solve(cloud, api, w.tokensPerRequest()));
        onPrem.ifPresent(o -> breakEven.put(Option.ON_PREM, BreakEvenSolver.solve(o, api, w.tokensPerRequest())));

        Reasons reasons = new Reasons(scenario, v, volumes[volumes.length - 1], p, costs, breakEven,
                selfHosted, cloud, onPrem);
        Recommendation recommendation = reasons.recommend();
        Option rule = RuleOfThumb.pick(w);
        Timeline timeline = new Timeline(cash, volumes);
        return new Evaluation(scenario, v, volumes[volumes.length - 1], p, realtime,
                selfHosted.floorPricePerMTok(), cloud.floorPricePerMTok(), costs, breakEven, recommendation,
                rule, reasons.ruleOfThumbNote(rule, recommendation), api, selfHosted, cloud, hybrid, onPrem, timeline,
                paybackMonths(timeline));
    }

    /**
     * The GPU options' costs and break-evens alone (self-hosted, cloud-managed, on-prem when owned, and the hybrid's
     * costs when there is a batch share), without the recommendation, reasons or cash view: what a search over many setups needs, several times faster than
     * {@link #evaluate} and equal to its figures to the bit (the same curves, sums and solver).
     */
    public static GpuOptions gpuOptions(Scenario scenario) {
        Workload w = scenario.workload();
        double v = w.monthlyTokens();
        ApiLine api = new ApiLine(scenario.api().blendedPricePerMTok(w));
        double[] volumes = monthlyVolumes(w);
        double[] spent = new double[volumes.length];
        Map<Option, StairCase> stairs = new EnumMap<>(Option.class);
        stairs.put(Option.SELF_HOSTED, StairCase.selfHosted(scenario));
        stairs.put(Option.CLOUD_MANAGED, StairCase.cloudManaged(scenario));
        scenario.onPrem().ifPresent(o -> stairs.put(Option.ON_PREM, StairCase.onPrem(scenario, o)));
        Map<Option, OptionCost> costs = new EnumMap<>(Option.class);
        Map<Option, BreakEven> breakEven = new EnumMap<>(Option.class);
        stairs.forEach((o, curve) -> {
            costs.put(o, cost(o, curve, v, volumes, spent));
            breakEven.put(o, BreakEvenSolver.solve(curve, api, w.tokensPerRequest()));
        });
        Optional<HybridCurve> hybrid = w.batchShare() > 0
                ? Optional.of(HybridCurve.of(scenario, scenario.api().realtimePricePerMTok(w))) : Optional.empty();
        hybrid.ifPresent(h -> costs.put(Option.HYBRID, cost(Option.HYBRID, h, v, volumes, spent)));
        return new GpuOptions(costs, breakEven, stairs, hybrid, volumes[volumes.length - 1]);
    }

    /**
     * The GPU options' figures of one scenario, as {@link Evaluation} has them.
     *
     * @param costs                each option's costs, the hybrid's too when the scenario has a batch share
     * @param breakEven            each staircase option's break-even against the API (the hybrid has none)
     * @param stairs               each staircase option's cost curve
     * @param hybrid               the hybrid's cost curve, when the scenario has a batch share
     * @param horizonMonthlyTokens the volume in the last month of the horizon
     */
    public record GpuOptions(Map<Option, OptionCost> costs, Map<Option, BreakEven> breakEven,
                             Map<Option, StairCase> stairs, Optional<HybridCurve> hybrid,
                             double horizonMonthlyTokens) {
    }

    /** An option's costs over the months' {@code volumes}, its cash month by month into {@code spent}. */
    private static OptionCost cost(Option option, CostCurve curve, double v, double[] volumes, double[] spent) {
        double[] cost = new double[volumes.length];
        curve.byMonth(volumes, cost, spent);
        return cost(option, curve, v, horizonTotal(cost, volumes));
    }

    /** What an option costs at today's volume {@code v}, with the fleet it runs, and its horizon total. */
    private static OptionCost cost(Option option, CostCurve curve, double v, double horizonTotal) {
        if (curve instanceof StairCase stairs) {
            double replicas = stairs.replicasAt(v);
            return new OptionCost(option, stairs.costAt(v), horizonTotal, replicas,
                    replicas * stairs.gpusPerReplica(), stairs.utilizationAt(v), stairs.paidGpus(replicas));
        }
        if (curve instanceof HybridCurve h) {
            double batchReplicas = h.batchReplicasAt(v);
            return new OptionCost(option, h.costAt(v), horizonTotal, batchReplicas,
                    batchReplicas * h.gpusPerReplica(), h.utilizationAt(v), batchReplicas * h.gpusPerReplica());
        }
        return new OptionCost(option, curve.costAt(v), horizonTotal, 0, 0, 0, 0);
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
        double[] cost = new double[volumes.length];
        for (int i = 0; i < volumes.length; i++) {
            cost[i] = curve.costAt(volumes[i]);
        }
        return horizonTotal(cost, volumes);
    }

    /** {@code Σ_m cost_m} of the monthly costs at {@code volumes}, compensated. */
    private static double horizonTotal(double[] cost, double[] volumes) {
        if (volumes[0] == volumes[volumes.length - 1]) {
            // Flat volume: every month costs the same, and the product is exact where a sum would round.
            return volumes.length * cost[0];
        }
        double sum = 0;
        double compensation = 0;
        for (double x : cost) {
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }
}
