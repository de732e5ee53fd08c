package crossover.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A GPU option's monthly cost: constant on each replica count, jumping by one replica's cost each time the
 * volume passes a multiple of one replica's capacity. Stair edges are exact: the upper edge of the stair with
 * {@code n} replicas is the largest volume {@code V} (a double) for which {@code ceil(V / C) ≤ n}, so the
 * stairs agree with {@link #replicasAt} to the last bit.
 *
 * @param minReplicas         replicas always on
 * @param replicaCapacity     tokens per month one replica can serve, {@code C}
 * @param replicaMonthlyCost  $ per month for one replica's GPUs, {@code R}
 * @param markup              factor on compute: 1 for self-hosted, {@code 1 + overheadPercent/100} for cloud-managed
 * @param monthlyOpsCost      $ per month regardless of volume
 * @param amortisedSetupCost  set-up cost ÷ horizon months
 * @param setupCost           the whole set-up cost, paid in month 1 of the timeline
 * @param gpusPerReplica      GPUs in one replica
 * @param gpuMonthlyTokens    tokens per month at full utilisation of one replica, for the utilisation figure
 */
public record StairCase(
        double minReplicas,
        double replicaCapacity,
        double replicaMonthlyCost,
        double markup,
        double monthlyOpsCost,
        double amortisedSetupCost,
        double setupCost,
        int gpusPerReplica,
        double gpuMonthlyTokens) implements CostCurve {

    /** Beyond 2^52 replicas, neighbouring counts are no longer distinct doubles; exact edges stop there. */
    static final double EXACT_LIMIT = 0x1p52;

    /**
     * A break-even that would need more replicas than this is not reported (COST-MODEL.md, "Break-even too far
     * away"): it hinges on the last digits of the prices, and no one plans a cluster that size.
     */
    public static final double MAX_BREAK_EVEN_REPLICAS = 1_000_000;

    /** {@code C = tokensPerHourPerGpu × gpusPerReplica × 720 × maxUtilization / peakToAverage}. */
    public static double replicaCapacity(Workload w, SelfHosting s) {
        return s.tokensPerHourPerGpu() * s.gpusPerReplica() * Units.HOURS_PER_MONTH * s.maxUtilization()
                / w.peakToAverage();
    }

    /** The self-hosted staircase of a scenario. */
    public static StairCase selfHosted(Scenario sc) {
        return of(sc, 1, sc.selfHosted().monthlyOpsCost(), sc.selfHosted().setupCost());
    }

    /** The cloud-managed staircase of a scenario: the same replicas with the provider's markup. */
    public static StairCase cloudManaged(Scenario sc) {
        CloudManaged c = sc.cloudManaged();
        return of(sc, 1 + c.overheadPercent() / 100, c.monthlyOpsCost(), c.setupCost());
    }

    private static StairCase of(Scenario sc, double markup, double ops, double setup) {
        SelfHosting s = sc.selfHosted();
        double r = s.gpuHourlyPrice() * s.gpusPerReplica() * Units.HOURS_PER_MONTH;
        double full = s.tokensPerHourPerGpu() * s.gpusPerReplica() * Units.HOURS_PER_MONTH;
        return new StairCase(s.minReplicas(), replicaCapacity(sc.workload(), s), r, markup, ops,
                setup / sc.workload().horizonMonths(), setup, s.gpusPerReplica(), full);
    }

    /** {@code max(minReplicas, ceil(V / C))}. */
    public double replicasAt(double monthlyTokens) {
        return Math.max(minReplicas, Math.ceil(monthlyTokens / replicaCapacity));
    }

    /** The monthly cost with {@code n} replicas running. */
    public double costWithReplicas(double n) {
        return n * replicaMonthlyCost * markup + monthlyOpsCost + amortisedSetupCost;
    }

    @Override
    public double costAt(double monthlyTokens) {
        return costWithReplicas(replicasAt(monthlyTokens));
    }

    @Override
    public double cashCostAt(double monthlyTokens, int month) {
        double running = replicasAt(monthlyTokens) * replicaMonthlyCost * markup + monthlyOpsCost;
        return month == 1 ? running + setupCost : running;
    }

    /** {@code V / (replicas × tokensPerHourPerGpu × gpusPerReplica × 720)}. */
    public double utilizationAt(double monthlyTokens) {
        return monthlyTokens / (replicasAt(monthlyTokens) * gpuMonthlyTokens);
    }

    /** The cheapest this option can ever be per MTok, at planned utilisation: {@code R × markup / C × 1e6}. */
    public double floorPricePerMTok() {
        return replicaMonthlyCost * markup / replicaCapacity * Units.TOKENS_PER_MTOK;
    }

    /**
     * Whether the option's floor lies below the API's blended price. Only then can it break even for good, and
     * then only if that happens within {@link #MAX_BREAK_EVEN_REPLICAS} replicas.
     */
    public boolean floorBelow(ApiLine api) {
        return floorPricePerMTok() < api.blendedPricePerMTok();
    }

    /** The largest volume served by {@code n} replicas (the top of stair {@code n}). */
    public double upperEdge(double n) {
        double e = n * replicaCapacity;
        if (n >= EXACT_LIMIT || !Double.isFinite(e)) {
            return e;
        }
        while (Math.ceil(e / replicaCapacity) > n) {
            e = Math.nextDown(e);
        }
        while (Math.ceil(Math.nextUp(e) / replicaCapacity) <= n) {
            e = Math.nextUp(e);
        }
        return e;
    }

    /** The smallest volume served by exactly {@code n} replicas (0 for the first stair). */
    public double lowerEdge(double n) {
        return n <= minReplicas ? 0 : Math.nextUp(upperEdge(n - 1));
    }

    /** How many stairs meet the volume range {@code [from, to]}. */
    public double stepCount(double fromTokens, double toTokens) {
        return replicasAt(toTokens) - replicasAt(fromTokens) + 1;
    }

    /**
     * The stairs that meet {@code [fromTokens, toTokens]}, in order, each with its full extent.
     *
     * @throws IllegalArgumentException if more than {@code maxSteps} stairs meet the range
     */
    public List<Step> steps(double fromTokens, double toTokens, int maxSteps) {
        if (!(fromTokens >= 0) || !(toTokens >= fromTokens)) {
            throw new IllegalArgumentException("need 0 ≤ from ≤ to, got " + fromTokens + " … " + toTokens);
        }
        double count = stepCount(fromTokens, toTokens);
        if (count > maxSteps) {
            throw new IllegalArgumentException(count + " stairs in range, more than " + maxSteps);
        }
        List<Step> steps = new ArrayList<>((int) count);
        for (double n = replicasAt(fromTokens), last = replicasAt(toTokens); n <= last; n++) {
            double from = n == minReplicas ? 0 : upperEdge(n - 1);
            steps.add(new Step(from, upperEdge(n), n, costWithReplicas(n)));
        }
        return steps;
    }
}
