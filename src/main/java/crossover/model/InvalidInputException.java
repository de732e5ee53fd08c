package crossover.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A scenario value outside its valid range. Carries as data the field path, what is valid, and, where the value
 * belongs to an {@link Input}, that input and which of its values was wrong (the value itself or an end of its
 * uncertainty range), so the window can phrase its own message without reading this one.
 */
public final class InvalidInputException extends IllegalArgumentException {

    /** Which value of an input was wrong. */
    public enum Part {
        /** The input's value. */
        VALUE,
        /** Its uncertainty range as a whole (it misses the value). */
        RANGE,
        /** The low end of its range. */
        RANGE_LOW,
        /** The high end of its range. */
        RANGE_HIGH
    }

    private final String field;
    private final String validRange;
    private final transient Input input;
    private final Part part;

    public InvalidInputException(String field, String validRange, String message) {
        this(field, validRange, message, null, Part.VALUE);
    }

    /** An input's value outside its bounds. */
    public InvalidInputException(Input input, String message) {
        this(input.path(), input.bounds().describe(), message, input, Part.VALUE);
    }

    public InvalidInputException(String field, String validRange, String message, Input input, Part part) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.validRange = Objects.requireNonNull(validRange, "validRange");
        this.input = input;
        this.part = Objects.requireNonNull(part, "part");
    }

    /** The dotted path of the offending field, e.g. {@code workload.dailyRequests}. */
    public String field() {
        return field;
    }

    /** A short description of the valid values, e.g. {@code a finite number ≥ 0}. */
    public String validRange() {
        return validRange;
    }

    /** The input the wrong value belongs to, if it belongs to one. */
    public Optional<Input> input() {
        return Optional.ofNullable(input);
    }

    /** Which of the input's values was wrong. */
    public Part part() {
        return part;
    }
}
