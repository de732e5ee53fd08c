package crossover.model;

/**
 * The values an input accepts: an interval, open or closed at each end, optionally of whole numbers only. Its
 * {@link #describe()} is the one phrasing of "what is valid" that files, the window and the CLI show.
 *
 * @param min     lower end ({@code -∞} for none)
 * @param minOpen whether {@code min} itself is refused
 * @param max     upper end ({@code +∞} for none)
 * @param maxOpen whether {@code max} itself is refused
 * @param whole   whether only whole numbers are valid
 */
public record Bounds(double min, boolean minOpen, double max, boolean maxOpen, boolean whole) {

    /** {@code value ≥ min}. */
    public static Bounds atLeast(double min) {
        return new Bounds(min, false, Double.POSITIVE_INFINITY, false, false);
    }

    /** {@code value > min}. */
    public static Bounds above(double min) {
        return new Bounds(min, true, Double.POSITIVE_INFINITY, false, false);
    }

    /** {@code min ≤ value ≤ max}. */
    public static Bounds between(double min, double max) {
        return new Bounds(min, false, max, false, false);
    }

    /** {@code min < value ≤ max}. */
    public static Bounds aboveUpTo(double min, double max) {
        return new Bounds(min, true, max, false, false);
    }

    /** Whole numbers {@code ≥ min} (that an {@code int} holds). */
    public static Bounds wholeAtLeast(int min) {
        return new Bounds(min, false, Integer.MAX_VALUE, false, true);
    }

    /** Whole numbers {@code min … max}. */
    public static Bounds wholeBetween(int min, int max) {
        return new Bounds(min, false, max, false, true);
    }

    /** Whether a value is valid: finite, inside the interval, and whole where that is required. */
    public boolean contains(double value) {
        return Double.isFinite(value)
                && (minOpen ? value > min : value >= min)
                && (maxOpen ? value < max : value <= max)
                && (!whole || value == Math.rint(value));
    }

    /** The value nearest to {@code value} that the interval holds (open ends are not reachable and stay put). */
    public double clamp(double value) {
        double v = value;
        if (!minOpen && v < min) {
            v = min;
        }
        if (!maxOpen && v > max) {
            v = max;
        }
        return v;
    }

    /** What is valid, e.g. "a finite number ≥ 0", "a whole number from 1 to 120". */
    public String describe() {
        boolean bounded = max != Double.POSITIVE_INFINITY && !(whole && max == Integer.MAX_VALUE);
        if (whole) {
            return bounded ? "a whole number from " + Units.plain(min) + " to " + Units.plain(max)
                    : "a whole number ≥ " + Units.plain(min);
        }
        if (minOpen && bounded) {
            return "a number greater than " + Units.plain(min) + " and at most " + Units.plain(max);
        }
        if (bounded) {
            return "a finite number from " + Units.plain(min) + " to " + Units.plain(max);
        }
        return "a finite number " + (minOpen ? "> " : "≥ ") + Units.plain(min);
    }

    /** What is valid, as the window says it beside a field: "≥ 0", "from 1 to 120", "a whole number ≥ 1". */
    public String describeShort() {
        return describe().replace("a finite number ", "").replace("a number ", "");
    }
}
