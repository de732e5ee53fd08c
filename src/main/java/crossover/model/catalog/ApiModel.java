package crossover.model.catalog;

import crossover.model.Check;
import java.util.Objects;

/**
 * One API chat model's published prices. A price that is not published is {@code null} (shown as
 * "unpriced"), never zero.
 *
 * @param id                     provider-prefixed slug, e.g. {@code openai/gpt-4o-mini}
 * @param cachedInputPricePerMTok $ per million cache-read input tokens, or null where none is published
 * @param asOf                   the date the source gives for these prices ({@code YYYY-MM-DD}), or null
 * @param note                   a qualification, or null
 * @param batchDiscountPercent   the discount of the provider's batch tier (0 … 95) with its own source, or null
 *                               where none is published
 */
public record ApiModel(String id, String provider, String name, Double inputPricePerMTok, Double outputPricePerMTok,
        Double cachedInputPricePerMTok, String asOf, String source, String note, Sourced batchDiscountPercent) {

    public ApiModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        priceOrNull(id + ".inputPricePerMTok", inputPricePerMTok);
        priceOrNull(id + ".outputPricePerMTok", outputPricePerMTok);
        priceOrNull(id + ".cachedInputPricePerMTok", cachedInputPricePerMTok);
        if (batchDiscountPercent != null) {
            double d = batchDiscountPercent.value();
            if (!(d >= 0 && d <= 95)) {
                throw Check.invalid(id + ".batchDiscountPercent", "a number from 0 to 95", d);
            }
        }
    }

    /** An entry without a batch tier. */
    public ApiModel(String id, String provider, String name, Double inputPricePerMTok, Double outputPricePerMTok,
                    Double cachedInputPricePerMTok, String asOf, String source, String note) {
        this(id, provider, name, inputPricePerMTok, outputPricePerMTok, cachedInputPricePerMTok, asOf, source, note,
                null);
    }

    private static void priceOrNull(String field, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw Check.invalid(field, "a finite number ≥ 0 (or no value when the price is not published)", value);
        }
    }

    /** Whether both the input and the output price are published. */
    public boolean priced() {
        return inputPricePerMTok != null && outputPricePerMTok != null;
    }

    /** A price for lists and tables: {@code $0.15}, or {@code unpriced} where none is published (never $0). */
    public static String priceText(Double perMTok) {
        return perMTok == null ? "unpriced" : "$" + crossover.model.Units.plain(perMTok);
    }

    /** What a list shows: {@code OpenAI · GPT-4o mini}. */
    public String label() {
        return provider + " · " + name;
    }
}
