package crossover.ui.explorer;

import java.util.List;

/** The window's numeric inputs in display order, grouped by section, with the sources of their defaults. */
public final class Fields {

    public static final List<Field> WORKLOAD = List.of(
            new Field("workload.dailyRequests", "Requests per day", "req/day",
                    "How many requests the model serves per day today. Default 20,000: a mid-size internal "
                            + "assistant (a few thousand staff, a handful of requests each).",
                    new Field.SliderRange(100, 100e6, true, 1), false),
            new Field("workload.tokensPerRequest", "Tokens per request", "tokens",
                    "Input plus output tokens of one request. Default 1,500: a chat turn with some context "
                            + "(about 1,000 in, 500 out).",
                    new Field.SliderRange(50, 100e3, true, 1), false),
            new Field("workload.outputShare", "Output share", "",
                    "Fraction of the tokens that are output (0 to 1). Output tokens cost more on every API. "
                            + "Default 0.3, typical for chat with context.",
                    new Field.SliderRange(0, 1, false, 0.01), false),
            new Field("workload.peakToAverage", "Peak ÷ average load", "×",
                    "How much higher the busiest hour is than the average; the cluster must absorb the peak. "
                            + "Default 2: office-hours traffic.",
                    new Field.SliderRange(1, 5, false, 0.1), false),
            new Field("workload.monthlyGrowthPercent", "Growth per month", "%",
                    "How fast volume grows each month (negative shrinks). Default 5 %: a product still being "
                            + "adopted. Growth decides where you will be at the end of the horizon.",
                    new Field.SliderRange(-20, 50, false, 0.5), false),
            new Field("workload.horizonMonths", "Planning horizon", "months",
                    "Months to plan over, 1 to 120. Set-up costs are spread over it. Default 24: a typical "
                            + "budgeting and hardware-commitment cycle.",
                    new Field.SliderRange(1, 120, false, 1), true),
            new Field("workload.batchShare", "Batch share", "",
                    "Fraction of the tokens that are latency-insensitive batch work (0 to 1). Above 0, a hybrid "
                            + "option appears: real-time traffic on the API, batch on self-hosted spot GPUs. "
                            + "Default 0 (files of version 1 have none).",
                    new Field.SliderRange(0, 1, false, 0.01), false),
            new Field("workload.latencySlaMs", "Latency SLA", "ms",
                    "Maximum acceptable time to first token. If the API's typical time to first token is "
                            + "above it, the API is excluded. Default 1,000 ms: interactive chat.",
                    null, false));

    public static final List<Field> API = List.of(
            new Field("api.inputPricePerMTok", "Input price", "$/MTok",
                    "The provider's list price per million input tokens. Default $3: frontier mid-tier models "
                            + "(list prices of 2025).",
                    new Field.SliderRange(0.01, 100, true, 0.01), false),
            new Field("api.outputPricePerMTok", "Output price", "$/MTok",
                    "The provider's list price per million output tokens. Default $15: frontier mid-tier "
                            + "models (list prices of 2025).",
                    new Field.SliderRange(0.01, 200, true, 0.01), false),
            new Field("api.typicalTtftMs", "Time to first token", "ms",
                    "The provider's usual latency before the first token: 100–500 ms for frontier models "
                            + "(the cost model's source). Default 400 ms.",
                    null, false));

    public static final List<Field> SELF_HOSTED = List.of(
            new Field("selfHosted.gpuHourlyPrice", "GPU price", "$/GPU-hour",
                    "What one GPU costs per hour, busy or idle. Default $2.50: an H100 on demand at "
                            + "specialised GPU clouds in 2025 (hyperscalers charge more).",
                    new Field.SliderRange(0.1, 20, true, 0.01), false),
            new Field("selfHosted.tokensPerHourPerGpu", "Throughput per GPU", "tokens/hour",
                    "Sustained tokens per hour one GPU serves with batching. Default 3.6 M (1,000 tokens/s): "
                            + "a 70B-class model on an H100; published figures vary 2× and more.",
                    new Field.SliderRange(100e3, 100e6, true, 1), false),
            new Field("selfHosted.gpusPerReplica", "GPUs per replica", "GPUs",
                    "GPUs one copy of the model needs to fit in memory. Default 2: a 70B model in 16-bit "
                            + "weights needs about 140 GB.",
                    null, true),
            new Field("selfHosted.minReplicas", "Minimum replicas", "",
                    "Replicas always on, for redundancy, even at zero traffic. Default 2: survive one failure.",
                    null, true),
            new Field("selfHosted.maxUtilization", "Planned utilisation", "",
                    "The highest average utilisation you plan for (above 0, at most 1); headroom keeps latency "
                            + "down. Default 0.6.",
                    new Field.SliderRange(0.05, 1, false, 0.01), false),
            new Field("selfHosted.setupCost", "Set-up cost", "$",
                    "One-time engineering to get serving right. Default $30,000: the cost model's 1–2 "
                            + "engineer-months.",
                    null, false),
            new Field("selfHosted.monthlyOpsCost", "Ops cost", "$/month",
                    "On-call, driver and CUDA upkeep, model updates, monitoring. Default $4,000: a fraction of "
                            + "an engineer.",
                    null, false),
            new Field("selfHosted.spotDiscountPercent", "Spot discount (batch)", "%",
                    "How much cheaper spot or preemptible GPUs are than on demand; the hybrid option runs its "
                            + "batch work on them. 0 to 90. Default 0; spot GPUs are often 60–70 % cheaper.",
                    new Field.SliderRange(0, 90, false, 1), false));

    public static final List<Field> CLOUD_MANAGED = List.of(
            new Field("cloudManaged.overheadPercent", "Markup over compute", "%",
                    "What the managed endpoint charges above raw GPU compute. Default 30 %: the cost model's "
                            + "typical 20–40 %.",
                    new Field.SliderRange(0, 100, false, 1), false),
            new Field("cloudManaged.setupCost", "Set-up cost", "$",
                    "One-time work to package weights and container. Default $8,000.", null, false),
            new Field("cloudManaged.monthlyOpsCost", "Ops cost", "$/month",
                    "Moderate upkeep of the endpoint. Default $1,500.", null, false));

    private Fields() {
    }

    /** The label of a field path as the window shows it, or the path itself for one it does not show. */
    public static String label(String path) {
        return all().stream().filter(f -> f.path().equals(path)).map(Field::label).findFirst().orElse(path);
    }

    /** All numeric fields, in display order. */
    public static List<Field> all() {
        return java.util.stream.Stream.of(WORKLOAD, API, SELF_HOSTED, CLOUD_MANAGED).flatMap(List::stream).toList();
    }
}
