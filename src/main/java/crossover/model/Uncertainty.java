package crossover.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How unsure the inputs are (COST-MODEL.md, "Uncertainty"): a triangular range per input, how many Monte Carlo
 * draws to take and the seed that makes them repeatable.
 *
 * @param samples number of draws, 100 … 1,000,000
 * @param seed    the generator's seed: the same seed gives the same answer on every machine
 * @param ranges  by numeric field path, {@code low ≤ scenario value ≤ high}
 */
public record Uncertainty(int samples, long seed, Map<String, Range> ranges) {

    public static final int DEFAULT_SAMPLES = 10_000;
    public static final long DEFAULT_SEED = 1;
    /** No ranges: the point estimate only. */
    public static final Uncertainty NONE = new Uncertainty(DEFAULT_SAMPLES, DEFAULT_SEED, Map.of());

    /**
     * A triangular range around the scenario's value.
     *
     * @param low  smallest value
     * @param high largest value
     */
    public record Range(double low, double high) {
    }

    public Uncertainty {
        Check.intBetween("uncertainty.samples", samples, 100, 1_000_000);
        ranges = java.util.Collections.unmodifiableMap(new TreeMap<>(ranges));
        for (Map.Entry<String, Range> r : ranges.entrySet()) {
            String path = "uncertainty.ranges." + r.getKey();
            if (!ScenarioFields.NUMBERS.contains(r.getKey())) {
                throw new InvalidInputException(path, "a numeric input's path",
                        r.getKey() + " is not a numeric input; ranges take paths such as selfHosted.tokensPerHourPerGpu.");
            }
            Check.finiteAtLeast(path + ".low", r.getValue().low(), -Double.MAX_VALUE);
            Check.finiteAtLeast(path + ".high", r.getValue().high(), r.getValue().low());
        }
    }

    /** Whether any input has a range. */
    public boolean hasRanges() {
        return !ranges.isEmpty();
    }
}
