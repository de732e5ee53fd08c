package crossover.model.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the roofline estimator found for one {@link EstimateRequest}: a point estimate of sustained throughput
 * with a range around it, the replica's shape, and the basis in words.
 *
 * @param gpusPerReplica   GPUs one copy of the model needs (a power of two unless fixed by the request)
 * @param batch            concurrent sequences per replica
 * @param batchLimit       what stopped the batch from growing
 * @param bound            what limits a decoding step at that batch
 * @param weightBytes      bytes of weights of one replica
 * @param kvBytesPerToken  bytes of KV cache one token of context takes
 * @param low              rates at the low end of the range (the point's, scaled by the engine's low factor)
 * @param point            rates at the calibrated efficiency
 * @param high             rates at the high end of the range
 * @param prefillSeconds   prefill of one request's prompt alone on the replica, at the point
 * @param ttftSeconds      time to first token at the point: that prefill beside one decoding step of the batch
 * @param warnings         sentences about anything the request asked for that the hardware cannot honour
 * @param hint             a sentence on a replica shape that would serve more per GPU, or empty
 */
public record ThroughputEstimate(EstimateRequest request, int gpusPerReplica, int batch, BatchLimit batchLimit,
        Bound bound, double weightBytes, double kvBytesPerToken, Rates low, Rates point, Rates high,
        double prefillSeconds, double ttftSeconds, List<String> warnings, String hint) {

    /** What stopped the batch from growing. */
    public enum BatchLimit {
        MEMORY("GPU memory"), LATENCY("the inter-token latency target"), SCHEDULER("the engine's limit on sequences"),
        FIXED("the batch asked for");

        private final String words;

        BatchLimit(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** What limits one decoding step. */
    public enum Bound {
        MEMORY_BANDWIDTH("memory-bound"), COMPUTE("compute-bound");

        private final String words;

        Bound(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * Per-replica rates at one efficiency.
     *
     * @param efficiency             the fractions of peak and the engine overhead these rates assume
     * @param stepSeconds            one decoding step of the whole batch
     * @param decodePerSecond        output tokens per second while decoding
     * @param prefillPerSecond       prompt tokens per second while prefilling
     * @param totalPerSecond         input plus output tokens per second end to end
     */
    public record Rates(ThroughputEstimator.Efficiency efficiency, double stepSeconds, double decodePerSecond,
            double prefillPerSecond, double totalPerSecond) {

        /** These rates {@code factor} times as fast (a step {@code factor} times as short). */
        Rates scaled(double factor) {
            return new Rates(efficiency, stepSeconds / factor, decodePerSecond * factor, prefillPerSecond * factor,
                    totalPerSecond * factor);
        }
    }

    public ThroughputEstimate {
        warnings = List.copyOf(warnings);
    }

    /** Input plus output tokens one GPU serves in an hour at the calibrated efficiency (the scenario's input). */
    public double tokensPerHourPerGpu() {
        return perGpuHour(point);
    }

    /**
     * The throughput as an input takes it: three significant figures, since an estimate is not more precise than
     * that (the catalog picker and "Use this setup" write this).
     */
    public double roundedTokensPerHourPerGpu() {
        return threeFigures(tokensPerHourPerGpu(), RoundingMode.HALF_EVEN);
    }

    /** The range an input takes with it: the estimate's low and high to three figures, outward, around {@code point}. */
    public double[] roundedRange(double point) {
        return new double[] {Math.min(point, threeFigures(lowTokensPerHourPerGpu(), RoundingMode.FLOOR)),
                Math.max(point, threeFigures(highTokensPerHourPerGpu(), RoundingMode.CEILING))};
    }

    private static double threeFigures(double value, RoundingMode mode) {
        return new BigDecimal(value).round(new MathContext(3, mode)).doubleValue();
    }

    /** The low end of the range of {@link #tokensPerHourPerGpu()}. */
    public double lowTokensPerHourPerGpu() {
        return perGpuHour(low);
    }

    /** The high end of the range of {@link #tokensPerHourPerGpu()}. */
    public double highTokensPerHourPerGpu() {
        return perGpuHour(high);
    }

    /** Output tokens per second end to end of one replica, prefill included. */
    public static double outputPerSecond(Rates rates, double outputShare) {
        return rates.totalPerSecond() * outputShare;
    }

    /** The per-replica rate a published figure of this kind counts. */
    public double rate(Rates rates, Measurement.Measures measures) {
        return switch (measures) {
            case DECODE -> rates.decodePerSecond();
            case OUTPUT -> outputPerSecond(rates, request.outputShare());
            case TOTAL -> rates.totalPerSecond();
        };
    }

    /** Whether the request names a latency SLA and the time to first token is above it. */
    public boolean ttftAboveSla() {
        return request.latencySlaMs() > 0 && ttftSeconds * 1000 > request.latencySlaMs();
    }

    /** The basis in one paragraph, for the window and the command line. */
    public String basis() {
        return EstimateBasis.describe(this);
    }

    /** The estimate in a sentence or two, with any warning and hint: what the window shows before the basis. */
    public String summary() {
        return EstimateBasis.summarise(this);
    }

    private double perGpuHour(Rates rates) {
        return rates.totalPerSecond() * 3600 / gpusPerReplica;
    }
}
