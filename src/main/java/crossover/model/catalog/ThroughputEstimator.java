package crossover.model.catalog;

import crossover.model.InvalidInputException;
import crossover.model.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * A roofline model of LLM serving, calibrated on published measurements of 2025–26 engines. Each decoding step of a
 * batch of {@code B} sequences runs three kinds of work one after another, each taking whichever is slower of
 * reading its bytes and doing its operations at a calibrated fraction of the GPU's peak: the dense weights (read
 * once a step, 2 FLOPs a parameter a token), the routed experts the batch's tokens touch, and attention over each
 * sequence's KV cache. On top come the engine's fixed time per layer (more across GPUs) and its time per sequence.
 * Prefill is compute-bound. The batch grows until GPU memory (every sequence at its full length), the inter-token
 * latency target or the engine's limit stops it. GPUs per replica are the smallest power of two whose usable memory
 * holds the weights and one full-length sequence's KV cache and on which one sequence decodes within the
 * inter-token target (the smallest that holds the model if none does).
 *
 * <p>Limits (also in the README): no interconnect bandwidth (tensor parallelism costs a fixed time per layer), no
 * speculative decoding, no prefix caching, no prefill-decode disaggregation, experts of a mixture chosen
 * independently and uniformly, one set of efficiencies for every GPU and engine.
 */
public final class ThroughputEstimator {

    /** The share of GPU memory a serving engine may fill (vLLM's {@code gpu_memory_utilization} default). */
    public static final double USABLE_MEMORY = 0.90;
    /** The largest batch a request may fix (a benchmark's, say). */
    public static final int MAX_FIXED_BATCH = 8192;
    /** The largest replica considered: eight nodes of eight GPUs. */
    public static final int MAX_GPUS = 64;

    /** Fraction of peak memory bandwidth reached, fitted on the calibration's fit rows (all engines). */
    public static final double MEMORY_EFFICIENCY = 0.779;
    /** Fraction of dense tensor throughput reached, fitted likewise. */
    public static final double COMPUTE_EFFICIENCY = 0.646;
    /**
     * Fraction of the BF16 rate at which experts shipped in 4 bits (gpt-oss's MXFP4) compute on a GPU without FP4
     * tensor cores, where they are dequantised on the fly; fitted likewise.
     */
    public static final double DEQUANTIZED_EXPERTS = 0.204;
    /** Extra seconds per layer per step when a replica spans several GPUs (their collectives), fitted likewise. */
    public static final double TENSOR_PARALLEL_LAYER_SECONDS = 63.2e-6;

    /**
     * What a serving engine reaches: fractions of peak bandwidth and compute, and its own time per step.
     *
     * @param memory                      fraction of peak memory bandwidth
     * @param compute                     fraction of dense tensor compute
     * @param dequantizedExperts          fraction of the BF16 rate for 4-bit experts on GPUs without FP4 cores
     * @param perLayerSeconds             the engine's fixed time per layer per decoding step
     * @param tensorParallelLayerSeconds  the extra time per layer per step on a replica of several GPUs
     * @param perSequenceSeconds          the engine's time per sequence per decoding step
     */
    public record Efficiency(double memory, double compute, double dequantizedExperts, double perLayerSeconds,
                             double tensorParallelLayerSeconds, double perSequenceSeconds) {

        /** The shared efficiencies with an engine's own overheads. */
        static Efficiency of(double perLayerSeconds, double perSequenceSeconds) {
            return new Efficiency(MEMORY_EFFICIENCY, COMPUTE_EFFICIENCY, DEQUANTIZED_EXPERTS, perLayerSeconds,
                    TENSOR_PARALLEL_LAYER_SECONDS, perSequenceSeconds);
        }
    }

    private ThroughputEstimator() {
    }

    /** Estimates throughput, GPUs per replica and batch; refuses a model that fits on no replica. */
    public static ThroughputEstimate estimate(EstimateRequest r) {
        return estimate(r, r.engine().point());
    }

    /** The same at given efficiencies (the calibration's fit varies them). */
    static ThroughputEstimate estimate(EstimateRequest r, Efficiency e) {
        Shape s = new Shape(r);
        List<String> warnings = new ArrayList<>();
        int gpus = gpus(r, s, e);
        long memoryBatch = s.memoryBatch(gpus);

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
            int latencyBatch = largestWithin(s, gpus, cap, r.itlTargetMs() / 1000, e);
            if (latencyBatch == 0) {
                // Conservative: a target no batch meets leaves one sequence at a time, so a stricter target never
                // gives more tokens an hour than a looser one.
                batch = 1;
                limit = ThroughputEstimate.BatchLimit.LATENCY;
                warnings.add("No batch meets the " + Units.plain(r.itlTargetMs()) + " ms inter-token target here: one "
                        + "sequence alone takes " + ms(s.step(1, gpus, e)) + " a token, so the estimate serves one "
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
                ? widerReplicaHint(r, gpus, perGpuHour(s.rates(batch, gpus, e), gpus), e) : "";
        ThroughputEstimate.Rates point = s.rates(batch, gpus, e);
        ThroughputEstimate.Bound bound = s.memorySeconds(batch, gpus, e) >= s.computeSeconds(batch, gpus, e)
                ? ThroughputEstimate.Bound.MEMORY_BANDWIDTH : ThroughputEstimate.Bound.COMPUTE;
        Engine engine = r.engine();
        double prefill = s.prefillSeconds(gpus, e);
        double ttft = prefill + point.stepSeconds();
        if (r.latencySlaMs() > 0 && ttft * 1000 > r.latencySlaMs()) {
            warnings.add("The first token comes after about " + ms(ttft) + ", above the latency SLA of "
                    + Units.plain(r.latencySlaMs()) + " ms: a shorter prompt, a tighter inter-token target (a smaller "
                    + "batch), more GPUs per replica or a faster GPU would bring it down.");
        }
        return new ThroughputEstimate(r, gpus, batch, limit, bound, s.weightBytes, s.sequenceKvBytes / s.tokens,
                point.scaled(engine.lowFactor()), point, point.scaled(engine.highFactor()), prefill, ttft, warnings,
                hint);
    }

    /** How many sequences at full length fit beside the weights on the request's GPUs (fixed or sized). */
    static long memoryBatch(EstimateRequest r) {
        Shape s = new Shape(r);
        return s.memoryBatch(gpus(r, s, r.engine().point()));
    }

    /** A sentence naming the replica size that serves the most per GPU, if it beats this one by 20 % or more. */
    private static String widerReplicaHint(EstimateRequest r, int gpus, double perGpu, Efficiency e) {
        ThroughputEstimate best = null;
        for (int g = gpus * 2; g <= MAX_GPUS; g *= 2) {
            ThroughputEstimate wider = estimate(r.withGpus(g), e);
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

    private static int gpus(EstimateRequest r, Shape s, Efficiency e) {
        double needed = s.weightBytes + s.sequenceKvBytes;
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
                if (s.step(1, g, e) <= r.itlTargetMs() / 1000) {
                    return g;
                }
            }
            return holds;
        }
        throw new InvalidInputException("model", "a model that fits on " + MAX_GPUS + " GPUs", doesNotFit(r, s, MAX_GPUS));
    }

    private static String doesNotFit(EstimateRequest r, Shape s, int gpus) {
        return r.model().name() + " at " + r.precision().id() + " needs " + gb(s.weightBytes) + " of weights plus "
                + gb(s.sequenceKvBytes) + " for one sequence's KV cache, more than "
                + Math.round(USABLE_MEMORY * 100) + " % of " + gpus + " × " + Units.plain(r.gpu().memoryGb()) + " GB on "
                + r.gpu().name() + ": choose a larger GPU, more GPUs or a lower precision.";
    }

    /** The largest batch in [1, cap] whose step fits the target, or 0; steps grow with the batch. */
    private static int largestWithin(Shape s, int gpus, int cap, double targetSeconds, Efficiency point) {
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
        final OpenModel m;
        final double tokens;
        final double inputTokens;
        final double averageContext;
        /** Weights every token uses (attention, embeddings, dense and shared layers), bytes. */
        final double denseBytes;
        /** The routed experts' weights, bytes (0 for a dense model). */
        final double expertBytes;
        final double weightBytes;
        /** KV cache of one sequence at full length, bytes. */
        final double sequenceKvBytes;
        /** KV cache of one sequence at the average context, bytes. */
        final double averageKvBytes;
        final double memoryBytes;
        /** Share of a layer's experts one token uses, k / E. */
        final double expertShare;
        final double denseFlopsPerToken;
        final double expertFlopsPerToken;
        final double decodeAttentionFlops;
        final double prefillAttentionFlops;
        /** Tensor TFLOPS the experts run at: FP4 cores for 4-bit experts where present, else the precision's. */
        final double expertTflops;
        /** Whether the experts are 4-bit and the GPU has no FP4 cores, so they are dequantised as they compute. */
        final boolean dequantized;

        Shape(EstimateRequest r) {
            this.r = r;
            this.m = r.model();
            tokens = r.tokensPerRequest();
            inputTokens = tokens * (1 - r.outputShare());
            averageContext = inputTokens + tokens * r.outputShare() / 2;
            double bytes = r.precision().bytesPerWeight();
            // Experts shipped narrower than the chosen precision stay as shipped (gpt-oss's MXFP4 experts).
            double expertBytesPerWeight = m.expertBitsPerWeight() == null ? bytes
                    : Math.min(bytes, m.expertBitsPerWeight() / 8);
            denseBytes = m.denseParametersB() * 1e9 * bytes;
            expertBytes = m.expertParametersB() * 1e9 * expertBytesPerWeight;
            weightBytes = denseBytes + expertBytes;
            double kvPerLayerToken = m.kvValuesPerLayer() * r.precision().kvBytesPerValue();
            sequenceKvBytes = kvPerLayerToken * m.attendedLayerTokens(tokens);
            averageKvBytes = kvPerLayerToken * m.attendedLayerTokens(averageContext);
            memoryBytes = r.gpu().memoryGb() * 1e9;
            expertShare = m.sparse() ? (double) m.expertsPerToken() / m.experts() : 0;
            expertFlopsPerToken = 2 * m.expertParametersB() * 1e9 * expertShare;
            denseFlopsPerToken = 2 * m.denseParametersB() * 1e9;
            decodeAttentionFlops = m.decodeAttentionFlops() * m.attendedLayerTokens(averageContext);
            prefillAttentionFlops = m.prefillAttentionFlops() * m.attendedLayerTokens(inputTokens / 2);
            boolean fourBit = m.expertBitsPerWeight() != null && m.expertBitsPerWeight() <= 4.5;
            dequantized = fourBit && !r.gpu().hasFp4();
            expertTflops = fourBit ? (r.gpu().hasFp4() ? r.gpu().tflops(Precision.FP4) : r.gpu().bf16Tflops())
                    : r.gpu().tflops(r.precision());
        }

        /** Share of the experts a step of {@code tokens} tokens touches, each choosing k of E independently. */
        double touched(double tokenCount) {
            return expertShare == 0 ? 0 : 1 - Math.pow(1 - expertShare, tokenCount);
        }

        /** Usable memory left for the KV cache over the weights, in full-length sequences. */
        long memoryBatch(int gpus) {
            return (long) Math.floor((gpus * memoryBytes * USABLE_MEMORY - weightBytes) / sequenceKvBytes);
        }

        private double bandwidth(int gpus, Efficiency e) {
            return gpus * r.gpu().memoryBandwidthGBs() * 1e9 * e.memory();
        }

        private double denseRate(int gpus, Efficiency e) {
            return gpus * r.gpu().tflops(r.precision()) * 1e12 * e.compute();
        }

        private double expertRate(int gpus, Efficiency e) {
            return gpus * expertTflops * 1e12 * e.compute() * (dequantized ? e.dequantizedExperts() : 1);
        }

        /** The byte-reading side of a step: dense weights, touched experts, the batch's KV cache. */
        double memorySeconds(int batch, int gpus, Efficiency e) {
            return (denseBytes + expertBytes * touched(batch) + batch * averageKvBytes) / bandwidth(gpus, e);
        }

        /** The tensor side of a step. */
        double computeSeconds(int batch, int gpus, Efficiency e) {
            return batch * ((denseFlopsPerToken + decodeAttentionFlops) / denseRate(gpus, e)
                    + expertFlopsPerToken / expertRate(gpus, e));
        }

        /** The engine's own time: per layer (more across GPUs) and per sequence. */
        double overheadSeconds(int batch, int gpus, Efficiency e) {
            double perLayer = e.perLayerSeconds() + (gpus > 1 ? e.tensorParallelLayerSeconds() : 0);
            return m.layers() * perLayer + batch * e.perSequenceSeconds();
        }

        /** One decoding step: dense weights, experts and attention, each bound by bytes or by FLOPs, then overhead. */
        double step(int batch, int gpus, Efficiency e) {
            double bw = bandwidth(gpus, e);
            double dense = Math.max(denseBytes / bw, batch * denseFlopsPerToken / denseRate(gpus, e));
            double experts = expertBytes == 0 ? 0 : Math.max(expertBytes * touched(batch) / bw,
                    batch * expertFlopsPerToken / expertRate(gpus, e));
            double attention = Math.max(batch * averageKvBytes / bw,
                    batch * decodeAttentionFlops / denseRate(gpus, e));
            return dense + experts + attention + overheadSeconds(batch, gpus, e);
        }

        /**
         * One request's prompt alone: dense weights, the experts its tokens touch and causal attention, each bound
         * by its bytes or its FLOPs, and the engine's time per layer.
         */
        double prefillSeconds(int gpus, Efficiency e) {
            double bw = bandwidth(gpus, e);
            double dense = Math.max(denseBytes / bw, inputTokens * denseFlopsPerToken / denseRate(gpus, e));
            double experts = expertBytes == 0 ? 0 : Math.max(expertBytes * touched(inputTokens) / bw,
                    inputTokens * expertFlopsPerToken / expertRate(gpus, e));
            return dense + experts + inputTokens * prefillAttentionFlops / denseRate(gpus, e)
                    + overheadSeconds(0, gpus, e);
        }

        /** Prompt tokens a second, compute-bound. */
        double prefillRate(int gpus, Efficiency e) {
            return 1 / ((denseFlopsPerToken + prefillAttentionFlops) / denseRate(gpus, e)
                    + expertFlopsPerToken / expertRate(gpus, e));
        }

        ThroughputEstimate.Rates rates(int batch, int gpus, Efficiency e) {
            double step = step(batch, gpus, e);
            double decode = batch / step;
            double prefill = prefillRate(gpus, e);
            double share = r.outputShare();
            double total = share == 0 ? prefill : 1 / ((1 - share) / prefill + share / decode);
            return new ThroughputEstimate.Rates(e, step, decode, prefill, total);
        }
    }
}
