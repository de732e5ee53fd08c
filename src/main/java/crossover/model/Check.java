package crossover.model;

/**
 * Range checks shared by the scenario records and the catalog records ({@code model.catalog}); each failure names
 * the field and its valid range.
 */
public final class Check {

    private Check() {
    }

    static double finite(String field, double value) {
        return finite(field, value, true, "a finite number");
    }

    static double finiteAtLeast(String field, double value, double min) {
        return finite(field, value, value >= min, "a finite number ≥ " + Units.plain(min));
    }

    public static double finiteAbove(String field, double value, double min) {
        return finite(field, value, value > min, "a finite number > " + Units.plain(min));
    }

    static double finiteBetween(String field, double value, double min, double max) {
        return finite(field, value, value >= min && value <= max,
                "a finite number from " + Units.plain(min) + " to " + Units.plain(max));
    }

    static double fraction(String field, double value) {
        return finiteBetween(field, value, 0, 1);
    }

    /** {@code 0 < value ≤ 1}. */
    static double positiveFraction(String field, double value) {
        return finite(field, value, value > 0 && value <= 1, "a number greater than 0 and at most 1");
    }

    static int intBetween(String field, int value, int min, int max) {
        if (value < min || value > max) {
            String range = "a whole number from " + min + " to " + max;
            throw new InvalidInputException(field, range, field + " must be " + range + ", not " + value + ".");
        }
        return value;
    }

    static int intAtLeast(String field, int value, int min) {
        if (value < min) {
            String range = "a whole number ≥ " + min;
            throw new InvalidInputException(field, range, field + " must be " + range + ", not " + value + ".");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "a value", field + " is missing.");
        }
        return value;
    }

    private static double finite(String field, double value, boolean inRange, String range) {
        if (!Double.isFinite(value) || !inRange) {
            throw invalid(field, range, value);
        }
        return value;
    }

    /** "FIELD must be VALID, not VALUE." */
    public static InvalidInputException invalid(String field, String valid, double value) {
        return new InvalidInputException(field, valid, field + " must be " + valid + ", not " + Units.plain(value) + ".");
    }
}
