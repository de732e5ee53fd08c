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
 * @param commitment          GPUs reserved for the horizon (self-hosted only; {@link Commitment#NONE} otherwise)
 * @param purchase            what owned GPUs cost in cash (on-prem only; {@link Purchase#NONE} otherwise)
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
        double gpuMonthlyTokens,
        Commitment commitment,
        Purchase purchase) implements CostCurve {

    /**
     * GPUs reserved for the whole horizon at a discount, paid whether used or not (COST-MODEL.md, version 4):
     * {@code G(n) = 720 × gpuHourlyPrice × (K × (1 − discount/100) + max(0, n × gpusPerReplica − K))}.
     *
     * @param gpus            {@code K}, 0 for none
     * @param gpuMonthlyPrice one GPU on demand for a month, {@code 720 × gpuHourlyPrice}
     * @param discountPercent the commitment's discount, 0 … 90
     */
    public record Commitment(double gpus, double gpuMonthlyPrice, double discountPercent) {

        /** No GPUs committed: every GPU on demand. */
        public static final Commitment NONE = new Commitment(0, 0, 0);

        /** {@code G(0)}: the committed GPUs' bill, the same whatever the volume. */
        double flatBill() {
            return gpuMonthlyPrice * gpus * (1 - discountPercent / 100);
        }

        /** What the commitment takes off the on-demand bill once every committed GPU is in use. */
        double saving() {
            return gpuMonthlyPrice * gpus * (discountPercent / 100);
        }

        /**
         * {@code G(n)}: while the replicas' GPUs are fewer than {@code K}, the committed bill; from there on
         * {@code max(G(0), n × R − saving)} with {@code R} one replica on demand. The same function as the cost
         * model's, rounded so that the stairs inside the commitment cost exactly the same, beyond it each replica
         * adds exactly {@code R} (as the break-even solver assumes), the bill never falls as replicas are added,
         * and a commitment without discount never comes out below the on-demand bill.
         */
        double bill(double n, int gpusPerReplica, double replicaMonthlyCost) {
            return n * gpusPerReplica < gpus ? flatBill() : Math.max(flatBill(), n * replicaMonthlyCost - saving());
        }

        /** The most replicas whose GPUs are fewer than the committed ones: up to them the bill is the same. */
        double flatReplicas(int gpusPerReplica) {
            return Math.ceil(gpus / gpusPerReplica) - 1;
        }
    }

    /**
     * What owned GPUs cost in cash (COST-MODEL.md, version 4, "Over time"): each bought once, in the first month
     * that needs it, then powered and housed every month to the end of the horizon.
     *
     * @param gpuPrice              $ per GPU bought
     * @param gpuRunningMonthlyCost power and colocation per GPU held, $/month
     */
    public record Purchase(double gpuPrice, double gpuRunningMonthlyCost) {

        /** Rented GPUs: nothing bought. */
        public static final Purchase NONE = new Purchase(0, 0);
    }

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

    /** The self-hosted staircase of a scenario, its committed GPUs included. */
    public static StairCase selfHosted(Scenario sc) {
        SelfHosting s = sc.selfHosted();
        Commitment commitment = s.committedGpus() == 0 ? Commitment.NONE
                : new Commitment(s.committedGpus(), Units.HOURS_PER_MONTH * s.gpuHourlyPrice(),
                        s.commitmentDiscountPercent());
        return of(sc, s.gpuHourlyPrice() * s.gpusPerReplica() * Units.HOURS_PER_MONTH, 1, s.monthlyOpsCost(),
                s.setupCost(), commitment, Purchase.NONE);
    }

    /** The cloud-managed staircase of a scenario: the same replicas on demand with the provider's markup. */
    public static StairCase cloudManaged(Scenario sc) {
        SelfHosting s = sc.selfHosted();
        CloudManaged c = sc.cloudManaged();
        return of(sc, s.gpuHourlyPrice() * s.gpusPerReplica() * Units.HOURS_PER_MONTH, 1 + c.overheadPercent() / 100,
                c.monthlyOpsCost(), c.setupCost(), Commitment.NONE, Purchase.NONE);
    }

    /**
     * The on-prem staircase of a scenario that owns its GPUs: the same replicas, each GPU at its amortised
     * {@code M} a month ({@code OP(V) = replicas × gpusPerReplica × M + ops + setup / horizonMonths}).
     */
    public static StairCase onPrem(Scenario sc, OnPrem o) {
        return of(sc, sc.selfHosted().gpusPerReplica() * o.gpuMonthlyCost(), 1, o.monthlyOpsCost(), o.setupCost(),
                Commitment.NONE, new Purchase(o.gpuPurchasePrice(), o.gpuRunningMonthlyCost()));
    }

    private static StairCase of(Scenario sc, double replicaMonthlyCost, double markup, double ops, double setup,
                                Commitment commitment, Purchase purchase) {
        SelfHosting s = sc.selfHosted();
        double full = s.tokensPerHourPerGpu() * s.gpusPerReplica() * Units.HOURS_PER_MONTH;
        return new StairCase(s.minReplicas(), replicaCapacity(sc.workload(), s), replicaMonthlyCost, markup, ops,
                setup / sc.workload().horizonMonths(), setup, s.gpusPerReplica(), full, commitment, purchase);
    }

    /** {@code max(minReplicas, ceil(V / C))}. */
    public double replicasAt(double monthlyTokens) {
        return Math.max(minReplicas, Math.ceil(monthlyTokens / replicaCapacity));
    }

    /** What the GPUs of {@code n} replicas cost a month: on demand, or {@code G(n)} with a commitment. */
    private double gpuBill(double n) {
        return commitment.gpus() == 0 ? n * replicaMonthlyCost * markup
                : commitment.bill(n, gpusPerReplica, replicaMonthlyCost * markup);
    }

    /** The monthly cost with {@code n} replicas running. */
    public double costWithReplicas(double n) {
        return gpuBill(n) + monthlyOpsCost + amortisedSetupCost;
    }

    @Override
    public double costAt(double monthlyTokens) {
        return costWithReplicas(replicasAt(monthlyTokens));
    }

    /**
     * Rented GPUs: the GPU bill of the month's replicas and the ops cost, set-up whole in month 1 (committed GPUs
     * paid from month 1 whether used or not). Owned GPUs: each bought in the first month that needs it and then
     * powered and housed to the end, {@code cash_m = price × (owned_m − owned_{m−1}) + owned_m × running + ops}.
     */
    @Override
    public void byMonth(double[] volumes, double[] cost, double[] cash) {
        boolean rented = purchase.equals(Purchase.NONE);
        double owned = 0;
        for (int i = 0; i < volumes.length; i++) {
            double replicas = replicasAt(volumes[i]);
            // (bill + ops) + amortised set-up is exactly costWithReplicas's sum.
            double running = gpuBill(replicas) + monthlyOpsCost;
            cost[i] = running + amortisedSetupCost;
            if (rented) {
                cash[i] = running;
            } else {
                // In one pass with the costs (this runs on every slider move); ownedByMonth is the same rule.
                double held = Math.max(owned, replicas * gpusPerReplica);
                cash[i] = purchase.gpuPrice() * (held - owned) + held * purchase.gpuRunningMonthlyCost()
                        + monthlyOpsCost;
                owned = held;
            }
        }
        if (cash.length > 0) {
            cash[0] += setupCost;
        }
    }

    /**
     * GPUs held in each month when each is bought in the first month that needs it and kept to the end:
     * {@code owned_m = max(owned_{m−1}, replicas(V_m) × gpusPerReplica)}, {@code owned_0 = 0}.
     */
    public double[] ownedByMonth(double[] volumes) {
        double[] owned = new double[volumes.length];
        double held = 0;
        for (int i = 0; i < volumes.length; i++) {
            held = Math.max(held, replicasAt(volumes[i]) * gpusPerReplica);
            owned[i] = held;
        }
        return owned;
    }

    /** What the committed GPUs cost a month whatever the volume: {@code G(0)}, 0 without a commitment. */
    public double committedMonthlyCost() {
        return commitment.flatBill();
    }

    /** GPUs paid for at {@code n} replicas: those running, or all the committed ones if more. */
    public double paidGpus(double n) {
        return Math.max(commitment.gpus(), n * gpusPerReplica);
    }

    /**
     * The lowest stair that starts at volume 0: the minimum replicas, or more while their GPUs are fewer than the
     * committed ones, since up to there every stair costs the same.
     */
    public double firstStair() {
        return Math.max(minReplicas, commitment.flatReplicas(gpusPerReplica));
    }

    /**
     * {@code F}: the volume-independent part of the cost on the stairs beyond the commitment, where each replica
     * adds {@code R × markup}: ops, set-up, less what the commitment saves.
     */
    double fixedCostBeyondCommitment() {
        return monthlyOpsCost + amortisedSetupCost - commitment.saving();
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
