package crossover.model;

import java.util.Collections;
import java.util.Comparator;
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
public record Uncertainty(int samples, long seed, Map<Input, Range> ranges) {

    public static final int DEFAULT_SAMPLES = 10_000;
    public static final long DEFAULT_SEED = 1;
    /** No ranges: the point estimate only. */
    public static final Uncertainty NONE = new Uncertainty(DEFAULT_SAMPLES, DEFAULT_SEED, Map.of());
    /** Ranges are kept, written and drawn in the order of their paths, so a file's draws never depend on code order. */
    private static final Comparator<Input> BY_PATH = Comparator.comparing(Input::path);

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
        TreeMap<Input, Range> sorted = new TreeMap<>(BY_PATH);
        sorted.putAll(ranges);
        ranges = Collections.unmodifiableMap(sorted);
        for (Map.Entry<Input, Range> r : ranges.entrySet()) {
            String path = "uncertainty.ranges." + r.getKey().path();
            check(r.getKey(), path + ".low", r.getValue().low(), -Double.MAX_VALUE, InvalidInputException.Part.RANGE_LOW);
            check(r.getKey(), path + ".high", r.getValue().high(), r.getValue().low(),
                    InvalidInputException.Part.RANGE_HIGH);
        }
    }

    private static void check(Input input, String path, double value, double min, InvalidInputException.Part part) {
        if (!Double.isFinite(value) || value < min) {
            String valid = "a finite number ≥ " + Units.plain(min);
            throw new InvalidInputException(path, valid, path + " must be " + valid + ", not " + Units.plain(value)
                    + ".", input, part);
        }
    }

    /** Whether any input has a range. */
    public boolean hasRanges() {
        return !ranges.isEmpty();
    }
}
