package crossover.model.catalog;

import crossover.model.InvalidInputException;
import crossover.model.Units;
import java.util.Objects;

/**
 * What the throughput estimator is asked: a model at a precision on a GPU under a serving engine, for requests of a
 * given length.
 *
 * @param engine           the serving engine (its overheads and batch limit)
 * @param tokensPerRequest input plus output tokens of one request (the scenario's {@code workload.tokensPerRequest})
 * @param outputShare      the generated share of those tokens (the scenario's {@code workload.outputShare})
 * @param itlTargetMs      the inter-token latency target: no decoding step may take longer, milliseconds
 * @param fixedBatch       a batch to use instead of the largest that fits (0 = the largest), e.g. a benchmark's
 * @param fixedGpus        GPUs per replica to use instead of the smallest that holds the model (0 = the smallest)
 * @param latencySlaMs     the longest acceptable time to first token, ms (0 = none): an estimate above it says so
 */
public record EstimateRequest(GpuSpec gpu, OpenModel model, Precision precision, Engine engine,
        double tokensPerRequest, double outputShare, double itlTargetMs, int fixedBatch, int fixedGpus,
        double latencySlaMs) {

    /** 50 ms between tokens is 20 tokens a second per user, faster than anyone reads. */
    public static final double DEFAULT_ITL_MS = 50;

    public EstimateRequest {
        Objects.requireNonNull(gpu, "gpu");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(engine, "engine");
        if (precision == Precision.FP4 && !gpu.hasFp4()) {
            throw new InvalidInputException("precision", "fp16, fp8 or int4 on this GPU",
                    "fp4 needs FP4 tensor cores, which the " + gpu.name() + " does not have (NVIDIA's Blackwell GPUs, "
                            + "such as the B200, do): choose fp16, fp8 or int4 here.");
        }
        if (!Double.isFinite(tokensPerRequest) || tokensPerRequest < 1 || tokensPerRequest > model.contextLength()) {
            // Longer than the context the model cannot serve at all (and 1e308 tokens overflow every byte count).
            throw new InvalidInputException("tokensPerRequest", "from 1 to " + model.contextLength(),
                    "tokens per request must be from 1 to " + Units.grouped(model.contextLength()) + " ("
                            + model.name() + "'s context), not " + Units.plain(tokensPerRequest) + ".");
        }
        if (!Double.isFinite(outputShare) || outputShare < 0 || outputShare > 1) {
            throw new InvalidInputException("outputShare", "a number from 0 to 1",
                    "the output share must be a number from 0 to 1, not " + Units.plain(outputShare) + ".");
        }
        if (!Double.isFinite(itlTargetMs) || itlTargetMs <= 0) {
            throw new InvalidInputException("itlTargetMs", "a number of milliseconds > 0",
                    "the inter-token latency target must be a number of milliseconds > 0, not "
                            + Units.plain(itlTargetMs) + ".");
        }
        if (fixedBatch < 0 || fixedBatch > ThroughputEstimator.MAX_FIXED_BATCH) {
            throw new InvalidInputException("batch", "a whole number from 1 to " + ThroughputEstimator.MAX_FIXED_BATCH,
                    "the batch must be a whole number from 1 to " + ThroughputEstimator.MAX_FIXED_BATCH + ", not "
                            + fixedBatch + ".");
        }
        if (!Double.isFinite(latencySlaMs) || latencySlaMs < 0) {
            throw new InvalidInputException("latencySlaMs", "a number of milliseconds > 0",
                    "the latency SLA must be a number of milliseconds > 0, not " + Units.plain(latencySlaMs) + ".");
        }
        if (fixedGpus < 0 || fixedGpus > ThroughputEstimator.MAX_GPUS) {
            throw new InvalidInputException("gpus", "a whole number from 1 to " + ThroughputEstimator.MAX_GPUS,
                    "GPUs per replica must be a whole number from 1 to " + ThroughputEstimator.MAX_GPUS + ", not "
                            + fixedGpus + ".");
        }
    }

    /** A request for the largest batch on the fewest GPUs under vLLM, at the default latency target, no SLA. */
    public static EstimateRequest of(GpuSpec gpu, OpenModel model, Precision precision, double tokensPerRequest,
            double outputShare) {
        return new EstimateRequest(gpu, model, precision, Engine.VLLM, tokensPerRequest, outputShare, DEFAULT_ITL_MS,
                0, 0, 0);
    }

    /** The same with a latency SLA: the estimate says whether its time to first token meets it. */
    public EstimateRequest withLatencySla(double ms) {
        return new EstimateRequest(gpu, model, precision, engine, tokensPerRequest, outputShare, itlTargetMs,
                fixedBatch, fixedGpus, ms);
    }

    public EstimateRequest withBatch(int batch) {
        return new EstimateRequest(gpu, model, precision, engine, tokensPerRequest, outputShare, itlTargetMs, batch,
                fixedGpus, latencySlaMs);
    }

    public EstimateRequest withGpus(int gpus) {
        return new EstimateRequest(gpu, model, precision, engine, tokensPerRequest, outputShare, itlTargetMs,
                fixedBatch, gpus, latencySlaMs);
    }

    public EstimateRequest withItlTarget(double ms) {
        return new EstimateRequest(gpu, model, precision, engine, tokensPerRequest, outputShare, ms, fixedBatch,
                fixedGpus, latencySlaMs);
    }

    public EstimateRequest withEngine(Engine e) {
        return new EstimateRequest(gpu, model, precision, e, tokensPerRequest, outputShare, itlTargetMs, fixedBatch,
                fixedGpus, latencySlaMs);
    }
}
