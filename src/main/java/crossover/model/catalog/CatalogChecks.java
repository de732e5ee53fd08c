package crossover.model.catalog;

import crossover.model.InvalidInputException;
import crossover.model.Units;

/** Range checks of catalog entries; each failure names the entry's field and what is valid. */
final class CatalogChecks {

    private CatalogChecks() {
    }

    static void positive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw invalid(field, "a finite number > 0", value);
        }
    }

    static void priceOrNull(String field, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw invalid(field, "a finite number ≥ 0 (or no value when the price is not published)", value);
        }
    }

    static InvalidInputException invalid(String field, String valid, double value) {
        return new InvalidInputException(field, valid, field + " must be " + valid + ", not " + Units.plain(value) + ".");
    }
}
