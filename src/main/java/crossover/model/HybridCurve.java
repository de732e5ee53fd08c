package crossover.model;

/**
 * The hybrid option's cost (COST-MODEL.md, version 2): the real-time share of the tokens on the API at its
 * real-time price {@code p_rt} (version 4: cached input, no batch tier), the batch
 * share on self-hosted spot GPUs sized without peak headroom (batch runs in the troughs), plus self-hosting's
 * ops and set-up.
 *
 * @param batchShare         fraction of tokens that are batch work, &gt; 0
 * @param blendedPricePerMTok the API's real-time price {@code p_rt}, which its real-time tier pays
 * @param batchCapacity      tokens per month one replica serves for batch, {@code C_batch}
 * @param replicaMonthlyCost $ per month for one replica on demand, {@code R}
 * @param spotDiscountPercent discount of spot GPUs, 0 … 90
 * @param monthlyOpsCost     self-hosting's ops cost
 * @param amortisedSetupCost self-hosting's set-up ÷ horizon months
 * @param setupCost          self-hosting's whole set-up, month 1 of the timeline
 * @param gpusPerReplica     GPUs in one replica
 * @param gpuMonthlyTokens   tokens per month of one replica at full use, for utilisation
 */
public record HybridCurve(
        double batchShare,
        double blendedPricePerMTok,
        double batchCapacity,
        double replicaMonthlyCost,
        double spotDiscountPercent,
        double monthlyOpsCost,
        double amortisedSetupCost,
        double setupCost,
        int gpusPerReplica,
        double gpuMonthlyTokens) implements CostCurve {

    /** The hybrid curve of a scenario, its real-time tier at {@code p_rt}; meaningful with a batch share above zero. */
    public static HybridCurve of(Scenario sc, double realtimePricePerMTok) {
        SelfHosting s = sc.selfHosted();
        double full = s.tokensPerHourPerGpu() * s.gpusPerReplica() * Units.HOURS_PER_MONTH;
        double r = s.gpuHourlyPrice() * s.gpusPerReplica() * Units.HOURS_PER_MONTH;
        return new HybridCurve(sc.workload().batchShare(), realtimePricePerMTok, full * s.maxUtilization(),
                r, s.spotDiscountPercent(), s.monthlyOpsCost(),
                s.setupCost() / sc.workload().horizonMonths(), s.setupCost(), s.gpusPerReplica(), full);
    }

    /** {@code n_batch = batchShare·V > 0 ? max(1, ceil(batchShare·V / C_batch)) : 0}. */
    public double batchReplicasAt(double monthlyTokens) {
        double batch = batchShare * monthlyTokens;
        return batch > 0 ? Math.max(1, Math.ceil(batch / batchCapacity)) : 0;
    }

    /** What the real-time tier pays the API and the batch tier pays for spot GPUs, without ops or set-up. */
    private double variableCost(double monthlyTokens) {
        return (1 - batchShare) * monthlyTokens * blendedPricePerMTok / Units.TOKENS_PER_MTOK
                + batchReplicasAt(monthlyTokens) * replicaMonthlyCost * (1 - spotDiscountPercent / 100);
    }

    @Override
    public double costAt(double monthlyTokens) {
        return variableCost(monthlyTokens) + monthlyOpsCost + amortisedSetupCost;
    }

    @Override
    public void byMonth(double[] volumes, double[] cost, double[] cash) {
        for (int i = 0; i < volumes.length; i++) {
            // (variable + ops) + amortised set-up is exactly costAt's sum.
            double running = variableCost(volumes[i]) + monthlyOpsCost;
            cost[i] = running + amortisedSetupCost;
            cash[i] = running;
        }
        if (cash.length > 0) {
            cash[0] += setupCost;
        }
    }

    /** Average utilisation of the batch GPUs. */
    public double utilizationAt(double monthlyTokens) {
        double n = batchReplicasAt(monthlyTokens);
        return n == 0 ? 0 : batchShare * monthlyTokens / (n * gpuMonthlyTokens);
    }
}
