package crossover.model.catalog;

import crossover.model.InvalidInputException;
import crossover.model.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * A roofline model of LLM serving. Each decoding step of a batch of {@code B} sequences reads the weights and the
 * batch's KV cache from memory and does {@code 2 × active parameters} floating-point operations per sequence (plus
 * attention over its context); the step takes whichever is slower, at a calibrated fraction of the GPU's peak,
 * plus the engine's own time per sequence. Prefill is compute-bound. The batch grows until GPU memory (every sequence at its full length), the
 * inter-token latency target or the scheduler's cap stops it. GPUs per replica are the smallest power of two whose
 * usable memory holds the weights and one full-length sequence's KV cache and on which one sequence decodes within
 * the inter-token target (the smallest that holds the model if none does).
 *
 * <p>Limits (also in the README): no tensor-parallel communication cost, no speculative decoding, no prefix
 * caching, experts of a mixture chosen independently and uniformly, one efficiency for all GPUs.
 */
public final class ThroughputEstimator {

    /** The share of GPU memory a serving engine may fill (vLLM's {@code gpu_memory_utilization} default). */
    public static final double USABLE_MEMORY = 0.90;
    /** The largest batch a request may fix (a benchmark's, say): four times the largest engine default. */
    public static final int MAX_FIXED_BATCH = 8192;
    /** The largest replica considered: eight nodes of eight GPUs. */
    public static final int MAX_GPUS = 64;

    /**
     * Fractions of peak bandwidth and compute, and the engine's seconds per sequence per step.
     *
     * @param memory              fraction of peak memory bandwidth
     * @param compute             fraction of dense tensor compute
     * @param perSequenceSeconds  engine overhead per sequence in each decoding step
     */
    public record Efficiency(double memory, double compute, double perSequenceSeconds) {
    }

    private ThroughputEstimator() {
    }

    /** Estimates throughput, GPUs per replica and batch; refuses a model that fits on no replica. */
    public static ThroughputEstimate estimate(EstimateRequest r) {
        Shape s = new Shape(r);
        List<String> warnings = new ArrayList<>();
        int gpus = gpus(r, s);
        double free = gpus * s.memoryBytes * USABLE_MEMORY - s.weightBytes;
        long memoryBatch = (long) Math.floor(free / (s.tokens * s.kvBytesPerToken));

        int batch;
        ThroughputEstimate.BatchLimit limit;
        if (r.fixedBatch() > 0) {
            batch = r.fixedBatch();
            limit = ThroughputEstimate.BatchLimit.FIXED;
            if (batch > memoryBatch) {
                warnings.add("A batch of " + batch + " sequences of " + Units.plain(s.tokens) + " tokens does not fit: "
                        + "the KV cache has room for " + memoryBatch + " at their full length.");
            }
        } else {
            int engineCap = r.engine().maxBatch(r.gpu());
            int cap = (int) Math.min(memoryBatch, engineCap);
            int latencyBatch = largestWithin(s, gpus, cap, r.itlTargetMs() / 1000);
            if (latencyBatch == 0) {
                // Conservative: a target no batch meets leaves one sequence at a time, so a stricter target never
                // gives more tokens an hour than a looser one.
                batch = 1;
                limit = ThroughputEstimate.BatchLimit.LATENCY;
                warnings.add("No batch meets the " + Units.plain(r.itlTargetMs()) + " ms inter-token target here: one "
                        + "sequence alone takes " + ms(s.step(1, gpus, r.engine().point())) + " a token, so the estimate serves one "
                        + "sequence at a time; a faster GPU, more GPUs, a lower precision or a looser target would "
                        + "allow a batch.");
            } else if (latencyBatch < cap) {
                batch = latencyBatch;
                limit = ThroughputEstimate.BatchLimit.LATENCY;
            } else {
                batch = cap;
                limit = memoryBatch <= engineCap ? ThroughputEstimate.BatchLimit.MEMORY
                        : ThroughputEstimate.BatchLimit.SCHEDULER;
            }
        }
        String hint = r.fixedGpus() == 0 && r.fixedBatch() == 0
                ? widerReplicaHint(r, gpus, perGpuHour(s.rates(batch, gpus, r.engine().point()), gpus)) : "";
        if (s.tokens > r.model().contextLength()) {
            warnings.add("Requests of " + Units.plain(s.tokens) + " tokens are longer than " + r.model().name()
                    + "'s context of " + r.model().contextLength() + " tokens.");
        }
        Engine engine = r.engine();
        ThroughputEstimate.Rates point = s.rates(batch, gpus, engine.point());
        ThroughputEstimate.Bound bound = s.memorySeconds(batch, gpus, engine.point())
                >= s.computeSeconds(batch, gpus, engine.point())
                ? ThroughputEstimate.Bound.MEMORY_BANDWIDTH : ThroughputEstimate.Bound.COMPUTE;
        return new ThroughputEstimate(r, gpus, batch, limit, bound, s.weightBytes, s.kvBytesPerToken,
                s.rates(batch, gpus, engine.low()), point, s.rates(batch, gpus, engine.high()), warnings, hint);
    }

    /** A sentence naming the replica size that serves the most per GPU, if it beats this one by 20 % or more. */
    private static String widerReplicaHint(EstimateRequest r, int gpus, double perGpu) {
        ThroughputEstimate best = null;
        for (int g = gpus * 2; g <= MAX_GPUS; g *= 2) {
            ThroughputEstimate wider = estimate(r.withGpus(g));
            if (best == null || wider.tokensPerHourPerGpu() > best.tokensPerHourPerGpu()) {
                best = wider;
            }
        }
        if (best == null || best.tokensPerHourPerGpu() < 1.2 * perGpu) {
            return "";
        }
        double ratio = best.tokensPerHourPerGpu() / perGpu;
        return "On " + best.gpusPerReplica() + " GPUs per replica the batch grows to " + best.batch()
                + " and each GPU serves " + (ratio >= 2 ? Units.plain(Math.round(ratio * 10) / 10.0) + " times as many"
                : Math.round((ratio - 1) * 100) + " % more") + " tokens an hour.";
    }

    private static double perGpuHour(ThroughputEstimate.Rates rates, int gpus) {
        return rates.totalPerSecond() * 3600 / gpus;
    }

    private static int gpus(EstimateRequest r, Shape s) {
        double needed = s.weightBytes + s.tokens * s.kvBytesPerToken;
        if (r.fixedGpus() > 0) {
            if (r.fixedGpus() * s.memoryBytes * USABLE_MEMORY < needed) {
                throw new InvalidInputException("gpus", "enough GPUs to hold the model",
                        doesNotFit(r, s, r.fixedGpus()));
            }
            return r.fixedGpus();
        }
        int holds = 0;
        for (int g = 1; g <= MAX_GPUS; g *= 2) {
            if (g * s.memoryBytes * USABLE_MEMORY >= needed) {
                holds = g;
                break;
            }
        }
        if (holds > 0) {
            // Headroom for latency too: the smallest replica that holds the model and decodes one sequence within
            // the inter-token target; if none does, the smallest that holds it (and the batch stays at one).
            for (int g = holds; g <= MAX_GPUS; g *= 2) {
                if (s.step(1, g, r.engine().point()) <= r.itlTargetMs() / 1000) {
                    return g;
                }
            }
            return holds;
        }
        throw new InvalidInputException("model", "a model that fits on " + MAX_GPUS + " GPUs", doesNotFit(r, s, MAX_GPUS));
    }

    private static String doesNotFit(EstimateRequest r, Shape s, int gpus) {
        return r.model().name() + " at " + r.precision().id() + " needs " + gb(s.weightBytes) + " of weights plus "
                + gb(s.tokens * s.kvBytesPerToken) + " for one sequence's KV cache, more than "
                + Math.round(USABLE_MEMORY * 100) + " % of " + gpus + " × " + Units.plain(r.gpu().memoryGb()) + " GB on "
                + r.gpu().name() + ": choose a larger GPU, more GPUs or a lower precision.";
    }

    /** The largest batch in [1, cap] whose step fits the target, or 0; steps grow with the batch. */
    private static int largestWithin(Shape s, int gpus, int cap, double targetSeconds) {
        Efficiency point = s.r.engine().point();
        if (cap < 1 || s.step(1, gpus, point) > targetSeconds) {
            return 0;
        }
        int lo = 1;
        int hi = cap;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.step(mid, gpus, point) <= targetSeconds) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    static String gb(double bytes) {
        return Units.plain(Math.round(bytes / 1e8) / 10.0) + " GB";
    }

    static String ms(double seconds) {
        return Units.plain(Math.round(seconds * 1e4) / 10.0) + " ms";
    }

    /** The request in bytes and operations. */
    private static final class Shape {
        final EstimateRequest r;
        final double tokens;
        final double inputTokens;
        final double averageContext;
        final double weightBytes;
        final double kvBytesPerToken;
        final double memoryBytes;
        final double activeShare;
        final double decodeFlopsPerToken;
        final double prefillFlopsPerToken;

        Shape(EstimateRequest r) {
            this.r = r;
            OpenModel m = r.model();
            tokens = r.tokensPerRequest();
            inputTokens = tokens * (1 - r.outputShare());
            averageContext = inputTokens + tokens * r.outputShare() / 2;
            weightBytes = m.parametersB() * 1e9 * r.precision().bytesPerWeight();
            kvBytesPerToken = 2.0 * m.layers() * m.kvHeads() * m.headDim() * r.precision().kvBytesPerValue();
            memoryBytes = r.gpu().memoryGb() * 1e9;
            activeShare = m.activeParametersB() / m.parametersB();
            double attention = 2.0 * m.layers() * m.attentionHeads() * m.headDim();
            decodeFlopsPerToken = 2 * m.activeParametersB() * 1e9 + 2 * attention * averageContext;
            prefillFlopsPerToken = 2 * m.activeParametersB() * 1e9 + attention * inputTokens;
        }

        /** Bytes of weights one step reads: all of them, or for a mixture the experts the batch touches. */
        double weightsRead(int batch) {
            double touched = activeShare >= 1 ? 1 : 1 - Math.pow(1 - activeShare, batch);
            return weightBytes * touched;
        }

        double memorySeconds(int batch, int gpus, Efficiency e) {
            double bytes = weightsRead(batch) + batch * averageContext * kvBytesPerToken;
            return bytes / (gpus * r.gpu().memoryBandwidthGBs() * 1e9 * e.memory());
        }

        double computeSeconds(int batch, int gpus, Efficiency e) {
            return batch * decodeFlopsPerToken / (gpus * r.gpu().tflops(r.precision()) * 1e12 * e.compute());
        }

        double step(int batch, int gpus, Efficiency e) {
            return Math.max(memorySeconds(batch, gpus, e), computeSeconds(batch, gpus, e))
                    + batch * e.perSequenceSeconds();
        }

        ThroughputEstimate.Rates rates(int batch, int gpus, Efficiency e) {
            double step = step(batch, gpus, e);
            double decode = batch / step;
            double prefill = gpus * r.gpu().tflops(r.precision()) * 1e12 * e.compute() / prefillFlopsPerToken;
            double share = r.outputShare();
            double total = share == 0 ? prefill : 1 / ((1 - share) / prefill + share / decode);
            return new ThroughputEstimate.Rates(e, step, decode, prefill, total);
        }
    }
}
