package crossover.model;

import java.util.Objects;

/**
 * Where an input's value came from (a catalog entry, an estimate), as a file keeps it: the value it was given
 * and the words the window shows under the input while the input still holds that value.
 *
 * @param value  the value the source gave
 * @param label  one line, e.g. {@code from catalog, as of 2026-04-23}
 * @param detail the entry and its source in full, for a tooltip (may be empty)
 */
public record FieldSource(double value, String label, String detail) {

    public FieldSource {
        Check.finite("value", value);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        if (label.isBlank()) {
            throw new InvalidInputException("label", "a non-empty line", "a source's label must not be empty.");
        }
    }
}
