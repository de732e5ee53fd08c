package crossover.model;

/**
 * What the model has to serve, and the constraints around it.
 *
 * @param dailyRequests        requests per day today, ≥ 0
 * @param tokensPerRequest     input + output tokens per request, &gt; 0
 * @param outputShare          fraction of the tokens that are output, 0 … 1
 * @param latencySlaMs         maximum acceptable time to first token, ms, &gt; 0
 * @param dataSensitivity      public, internal or regulated
 * @param opsCapacity          none, limited or dedicated
 * @param peakToAverage        peak load ÷ average load the cluster must absorb, ≥ 1
 * @param monthlyGrowthPercent volume growth per month, &gt; −100
 * @param horizonMonths        planning horizon, 1 … 120
 * @param batchShare           fraction of tokens that are latency-insensitive batch work, 0 … 1 (version 2)
 * @param cachedInputShare     share of input tokens the provider bills at its cached-input price, 0 … 1 (version 4)
 */
public record Workload(
        double dailyRequests,
        double tokensPerRequest,
        double outputShare,
        double latencySlaMs,
        DataSensitivity dataSensitivity,
        OpsCapacity opsCapacity,
        double peakToAverage,
        double monthlyGrowthPercent,
        int horizonMonths,
        double batchShare,
        double cachedInputShare) {

    public static final int MAX_HORIZON_MONTHS = 120;

    public Workload {
        Input.DAILY_REQUESTS.check(dailyRequests);
        Input.TOKENS_PER_REQUEST.check(tokensPerRequest);
        Input.OUTPUT_SHARE.check(outputShare);
        Input.LATENCY_SLA_MS.check(latencySlaMs);
        Check.present(Choice.DATA_SENSITIVITY.path(), dataSensitivity);
        Check.present(Choice.OPS_CAPACITY.path(), opsCapacity);
        Input.PEAK_TO_AVERAGE.check(peakToAverage);
        Input.MONTHLY_GROWTH_PERCENT.check(monthlyGrowthPercent);
        Input.HORIZON_MONTHS.check(horizonMonths);
        Input.BATCH_SHARE.check(batchShare);
        Input.CACHED_INPUT_SHARE.check(cachedInputShare);
    }

    /** A workload without prompt caching (the version-2 inputs). */
    public Workload(double dailyRequests, double tokensPerRequest, double outputShare, double latencySlaMs,
                    DataSensitivity dataSensitivity, OpsCapacity opsCapacity, double peakToAverage,
                    double monthlyGrowthPercent, int horizonMonths, double batchShare) {
        this(dailyRequests, tokensPerRequest, outputShare, latencySlaMs, dataSensitivity, opsCapacity, peakToAverage,
                monthlyGrowthPercent, horizonMonths, batchShare, 0);
    }

    /** A workload with no batch share (the version-1 inputs). */
    public Workload(double dailyRequests, double tokensPerRequest, double outputShare, double latencySlaMs,
                    DataSensitivity dataSensitivity, OpsCapacity opsCapacity, double peakToAverage,
                    double monthlyGrowthPercent, int horizonMonths) {
        this(dailyRequests, tokensPerRequest, outputShare, latencySlaMs, dataSensitivity, opsCapacity, peakToAverage,
                monthlyGrowthPercent, horizonMonths, 0);
    }

    /** Tokens per month: {@code dailyRequests × tokensPerRequest × 30}. */
    public double monthlyTokens() {
        return dailyRequests * tokensPerRequest * Units.DAYS_PER_MONTH;
    }

    public Workload withDailyRequests(double value) {
        return new Workload(value, tokensPerRequest, outputShare, latencySlaMs, dataSensitivity, opsCapacity,
                peakToAverage, monthlyGrowthPercent, horizonMonths, batchShare, cachedInputShare);
    }
}
