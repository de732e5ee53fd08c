package crossover.model.catalog;

import java.util.List;

/**
 * The estimator set against the published measurements of {@code calibration.json}: each measurement's
 * conditions (GPU, GPUs, model, precision, batch, lengths) are estimated and the published figure compared with the
 * range. Where a publication gives no request lengths, {@value #ASSUMED_INPUT_TOKENS} in and
 * {@value #ASSUMED_OUTPUT_TOKENS} out are assumed (close to the ShareGPT conversations most of them replay).
 */
public final class Calibration {

    public static final int ASSUMED_INPUT_TOKENS = 256;
    public static final int ASSUMED_OUTPUT_TOKENS = 256;
    /** An inter-token target no benchmark batch is held to. */
    private static final double NO_TARGET_MS = 1e6;

    private Calibration() {
    }

    /**
     * One measurement against the estimate of its conditions.
     *
     * @param batch          the batch estimated: the benchmark's, capped by the engine's limit and by memory
     * @param assumedLengths whether the request lengths were assumed
     */
    public record Check(Measurement measurement, ThroughputEstimate estimate, int batch, double low, double point,
            double high, boolean assumedLengths) {

        /** Whether the published figure lies within the estimated range. */
        public boolean inside() {
            double measured = measurement.tokensPerSecond();
            return measured >= low && measured <= high;
        }

        /** Published figure over the point estimate. */
        public double ratio() {
            return measurement.tokensPerSecond() / point;
        }
    }

    public static List<Check> checkAll(Catalog catalog) {
        return catalog.calibration().stream().map(m -> check(m, catalog)).toList();
    }

    public static Check check(Measurement m, Catalog catalog) {
        boolean assumed = m.inputTokens() == null || m.outputTokens() == null;
        int in = m.inputTokens() == null ? ASSUMED_INPUT_TOKENS : m.inputTokens();
        int out = m.outputTokens() == null ? ASSUMED_OUTPUT_TOKENS : m.outputTokens();
        GpuSpec gpu = catalog.gpu(m.gpu()).orElseThrow();
        OpenModel model = catalog.model(m.model()).orElseThrow();
        EstimateRequest request = new EstimateRequest(gpu, model, m.precision(), Engine.VLLM, in + out,
                (double) out / (in + out), NO_TARGET_MS, 0, m.gpuCount());
        int fits = ThroughputEstimator.estimate(request).batch();
        int batch = Math.min(m.batch(), fits);
        ThroughputEstimate e = ThroughputEstimator.estimate(request.withBatch(batch));
        return new Check(m, e, batch, e.rate(e.low(), m.measures()), e.rate(e.point(), m.measures()),
                e.rate(e.high(), m.measures()), assumed);
    }
}
