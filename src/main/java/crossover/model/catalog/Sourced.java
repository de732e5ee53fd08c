package crossover.model.catalog;

import crossover.model.Check;
import crossover.model.InvalidInputException;
import java.util.Objects;

/**
 * One figure of a catalog entry with its own source and date, for figures that come from elsewhere than the
 * entry's main source (a provider's batch discount, a GPU's board power, purchase price or committed discount).
 *
 * @param value  the figure
 * @param source where it was read, in words and a link
 * @param asOf   the date the source gives, to the precision it gives ({@code YYYY-MM-DD}, {@code YYYY-MM} or
 *               {@code YYYY}), or null where it gives none
 */
public record Sourced(double value, String source, String asOf) {

    public Sourced {
        if (!Double.isFinite(value)) {
            throw Check.invalid("value", "a finite number", value);
        }
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new InvalidInputException("source", "a non-empty string", "a figure's source must not be empty.");
        }
        if (asOf != null && !asOf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new InvalidInputException("asOf", "YYYY-MM-DD, YYYY-MM or YYYY",
                    "asOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not \"" + asOf + "\".");
        }
    }
}
