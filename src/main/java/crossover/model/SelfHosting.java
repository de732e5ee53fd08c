package crossover.model;

/**
 * Renting GPUs and running the model yourself.
 *
 * @param gpuHourlyPrice      $ per GPU-hour, ≥ 0
 * @param tokensPerHourPerGpu sustained throughput of one GPU, &gt; 0
 * @param gpusPerReplica      GPUs one copy of the model needs, ≥ 1
 * @param minReplicas         replicas always on, ≥ 1
 * @param maxUtilization      highest average utilisation planned for, 0 &lt; u ≤ 1
 * @param setupCost           one-time engineering, $, ≥ 0
 * @param monthlyOpsCost      on-call, upkeep, monitoring, $/month, ≥ 0
 * @param spotDiscountPercent discount of spot GPUs used for batch work, 0 … 90 (version 2)
 * @param committedGpus       GPUs reserved for the whole horizon, paid whether used or not, 0 … 100,000 (version 4)
 * @param commitmentDiscountPercent their discount against {@code gpuHourlyPrice}, 0 … 90 (version 4)
 */
public record SelfHosting(
        double gpuHourlyPrice,
        double tokensPerHourPerGpu,
        int gpusPerReplica,
        int minReplicas,
        double maxUtilization,
        double setupCost,
        double monthlyOpsCost,
        double spotDiscountPercent,
        int committedGpus,
        double commitmentDiscountPercent) {

    /** The most GPUs a scenario may commit to (COST-MODEL.md, version 4). */
    public static final int MAX_COMMITTED_GPUS = 100_000;

    public SelfHosting {
        Input.GPU_HOURLY_PRICE.check(gpuHourlyPrice);
        Input.TOKENS_PER_HOUR_PER_GPU.check(tokensPerHourPerGpu);
        Input.GPUS_PER_REPLICA.check(gpusPerReplica);
        Input.MIN_REPLICAS.check(minReplicas);
        Input.MAX_UTILIZATION.check(maxUtilization);
        Input.SELF_HOSTED_SETUP_COST.check(setupCost);
        Input.SELF_HOSTED_OPS_COST.check(monthlyOpsCost);
        Input.SPOT_DISCOUNT_PERCENT.check(spotDiscountPercent);
        Input.COMMITTED_GPUS.check(committedGpus);
        Input.COMMITMENT_DISCOUNT_PERCENT.check(commitmentDiscountPercent);
    }

    /** Self-hosting with no commitment (the version-2 inputs). */
    public SelfHosting(double gpuHourlyPrice, double tokensPerHourPerGpu, int gpusPerReplica, int minReplicas,
                       double maxUtilization, double setupCost, double monthlyOpsCost, double spotDiscountPercent) {
        this(gpuHourlyPrice, tokensPerHourPerGpu, gpusPerReplica, minReplicas, maxUtilization, setupCost,
                monthlyOpsCost, spotDiscountPercent, 0, 0);
    }

    /** Self-hosting with no spot discount (the version-1 inputs). */
    public SelfHosting(double gpuHourlyPrice, double tokensPerHourPerGpu, int gpusPerReplica, int minReplicas,
                       double maxUtilization, double setupCost, double monthlyOpsCost) {
        this(gpuHourlyPrice, tokensPerHourPerGpu, gpusPerReplica, minReplicas, maxUtilization, setupCost,
                monthlyOpsCost, 0);
    }
}
