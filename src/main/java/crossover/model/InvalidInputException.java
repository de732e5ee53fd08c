package crossover.model;

import java.util.Objects;

/**
 * A scenario value outside its valid range; names the field path and what is valid.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final String field;
    private final String validRange;

    public InvalidInputException(String field, String validRange, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.validRange = Objects.requireNonNull(validRange, "validRange");
    }

    /** The dotted path of the offending field, e.g. {@code workload.dailyRequests}. */
    public String field() {
        return field;
    }

    /** A short description of the valid values, e.g. {@code a finite number ≥ 0}. */
    public String validRange() {
        return validRange;
    }
}
