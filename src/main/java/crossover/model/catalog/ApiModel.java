package crossover.model.catalog;

import java.util.Objects;

/**
 * One API chat model's published prices. A price that is not published is {@code null} (shown as
 * "unpriced"), never zero.
 *
 * @param id                     provider-prefixed slug, e.g. {@code openai/gpt-4o-mini}
 * @param cachedInputPricePerMTok $ per million cache-read input tokens, or null where none is published
 * @param asOf                   the date the source gives for these prices ({@code YYYY-MM-DD}), or null
 * @param note                   a qualification, or null
 */
public record ApiModel(String id, String provider, String name, Double inputPricePerMTok, Double outputPricePerMTok,
        Double cachedInputPricePerMTok, String asOf, String source, String note) {

    public ApiModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        CatalogChecks.priceOrNull(id + ".inputPricePerMTok", inputPricePerMTok);
        CatalogChecks.priceOrNull(id + ".outputPricePerMTok", outputPricePerMTok);
        CatalogChecks.priceOrNull(id + ".cachedInputPricePerMTok", cachedInputPricePerMTok);
    }

    /** Whether both the input and the output price are published. */
    public boolean priced() {
        return inputPricePerMTok != null && outputPricePerMTok != null;
    }

    /** What a list shows: {@code OpenAI · GPT-4o mini}. */
    public String label() {
        return provider + " · " + name;
    }
}
