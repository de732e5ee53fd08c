package crossover.model.catalog;

import java.util.List;
import java.util.function.Function;

/**
 * The estimator set against the published measurements of {@code calibration.json}: each measurement's conditions
 * (engine, GPUs, model, precision, lengths, the batch its client and engine allowed) are estimated and the published
 * figure, converted to the whole replica, compared with the range. Where a publication gives no request lengths,
 * {@value #ASSUMED_INPUT_TOKENS} in and {@value #ASSUMED_OUTPUT_TOKENS} out are assumed.
 */
public final class Calibration {

    public static final int ASSUMED_INPUT_TOKENS = 256;
    public static final int ASSUMED_OUTPUT_TOKENS = 256;
    /** The band the held-out estimates are aimed at: published ÷ point from 0.67 to 1.5. */
    public static final double AIM_LOW = 0.67;
    public static final double AIM_HIGH = 1.5;
    /** An inter-token target no benchmark batch is held to. */
    private static final double NO_TARGET_MS = 1e6;

    private Calibration() {
    }

    /**
     * One measurement against the estimate of its conditions.
     *
     * @param batch          the batch estimated: the client's concurrency, capped by the engine's limit and by memory
     * @param published      the published figure for the whole replica
     * @param assumedLengths whether the request lengths were assumed
     */
    public record Check(Measurement measurement, ThroughputEstimate estimate, int batch, double published, double low,
            double point, double high, boolean assumedLengths) {

        /** Whether the published figure lies within the estimated range. */
        public boolean inside() {
            return published >= low && published <= high;
        }

        /** Published figure over the point estimate. */
        public double ratio() {
            return published / point;
        }

        /** Whether the point is within the aimed band of the published figure. */
        public boolean withinAim() {
            return ratio() >= AIM_LOW && ratio() <= AIM_HIGH;
        }
    }

    /**
     * How one part of the calibration came out.
     *
     * @param min            the lowest published ÷ point
     * @param max            the highest
     * @param geometricMean  the geometric mean of published ÷ point (1 is unbiased)
     * @param spread         the geometric standard deviation of published ÷ point (1 is no scatter)
     * @param withinAim      how many points are within 0.67–1.5 of the published figure
     * @param inside         how many published figures lie inside their range
     */
    public record Summary(Measurement.Role role, int count, double min, double max, double geometricMean,
            double spread, int withinAim, int inside) {
    }

    public static List<Check> checkAll(Catalog catalog) {
        return catalog.calibration().stream().map(m -> check(m, catalog)).toList();
    }

    public static Check check(Measurement m, Catalog catalog) {
        return check(m, catalog, m.engine().point());
    }

    /** The check at given efficiencies (the fit varies them). */
    static Check check(Measurement m, Catalog catalog, ThroughputEstimator.Efficiency e) {
        boolean assumed = m.inputTokens() == null || m.outputTokens() == null;
        int in = m.inputTokens() == null ? ASSUMED_INPUT_TOKENS : m.inputTokens();
        int out = m.outputTokens() == null ? ASSUMED_OUTPUT_TOKENS : m.outputTokens();
        GpuSpec gpu = catalog.gpu(m.gpu()).orElseThrow();
        OpenModel model = catalog.model(m.model()).orElseThrow();
        EstimateRequest request = new EstimateRequest(gpu, model, m.precision(), m.engine(), in + out,
                (double) out / (in + out), NO_TARGET_MS, 0, m.gpuCount(), 0);
        long limit = Math.min(m.engineBatchLimit() == null ? m.engine().maxBatch(gpu) : m.engineBatchLimit(),
                ThroughputEstimator.memoryBatch(request));
        if (m.concurrency() != null) {
            limit = Math.min(limit, m.concurrency());
        }
        int batch = (int) Math.max(1, Math.min(limit, ThroughputEstimator.MAX_FIXED_BATCH));
        ThroughputEstimate est = ThroughputEstimator.estimate(request.withBatch(batch), e);
        return new Check(m, est, batch, m.perReplica(), est.rate(est.low(), m.measures()),
                est.rate(est.point(), m.measures()), est.rate(est.high(), m.measures()), assumed);
    }

    /** The summary of the checks of one role. */
    public static Summary summarize(List<Check> checks, Measurement.Role role) {
        List<Check> part = checks.stream().filter(c -> c.measurement().role() == role).toList();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double sum = 0;
        double squares = 0;
        int within = 0;
        int inside = 0;
        for (Check c : part) {
            double r = c.ratio();
            min = Math.min(min, r);
            max = Math.max(max, r);
            sum += Math.log(r);
            squares += Math.log(r) * Math.log(r);
            within += c.withinAim() ? 1 : 0;
            inside += c.inside() ? 1 : 0;
        }
        int n = part.size();
        double mean = n == 0 ? 0 : sum / n;
        double sd = n == 0 ? 0 : Math.sqrt(Math.max(0, squares / n - mean * mean));
        return new Summary(role, n, n == 0 ? Double.NaN : min, n == 0 ? Double.NaN : max, Math.exp(mean),
                Math.exp(sd), within, inside);
    }

    /** What the fit minimises: the sum over the fit rows of ln(published ÷ point)², at given efficiencies. */
    static double fitLoss(Catalog catalog, Function<Engine, ThroughputEstimator.Efficiency> efficiencies) {
        double loss = 0;
        for (Measurement m : catalog.calibration()) {
            if (m.role() == Measurement.Role.FIT) {
                double r = Math.log(check(m, catalog, efficiencies.apply(m.engine())).ratio());
                loss += r * r;
            }
        }
        return loss;
    }
}
