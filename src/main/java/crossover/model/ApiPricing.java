package crossover.model;

import java.util.OptionalDouble;

/**
 * A provider's prices and latency.
 *
 * @param inputPricePerMTok       $ per million input tokens, ≥ 0
 * @param outputPricePerMTok      $ per million output tokens, ≥ 0
 * @param typicalTtftMs           the provider's typical time to first token, ms, &gt; 0
 * @param cachedInputPricePerMTok $ per million cached input tokens, ≥ 0, as stated; empty means "the input price",
 *                                which then follows the input price wherever it changes (version 4)
 * @param batchDiscountPercent    discount of the provider's batch tier, 0 … 95 (version 4)
 */
public record ApiPricing(double inputPricePerMTok, double outputPricePerMTok, double typicalTtftMs,
                         OptionalDouble cachedInputPricePerMTok, double batchDiscountPercent) {

    public ApiPricing {
        Input.API_INPUT_PRICE.check(inputPricePerMTok);
        Input.API_OUTPUT_PRICE.check(outputPricePerMTok);
        Input.API_TTFT_MS.check(typicalTtftMs);
        Check.present(Input.API_CACHED_INPUT_PRICE.path(), cachedInputPricePerMTok);
        cachedInputPricePerMTok.ifPresent(Input.API_CACHED_INPUT_PRICE::check);
        Input.API_BATCH_DISCOUNT_PERCENT.check(batchDiscountPercent);
    }

    /** List prices only: no cached-input price of its own, no batch tier (the version-1 inputs). */
    public ApiPricing(double inputPricePerMTok, double outputPricePerMTok, double typicalTtftMs) {
        this(inputPricePerMTok, outputPricePerMTok, typicalTtftMs, OptionalDouble.empty(), 0);
    }

    /** The price of cached input tokens: as stated, else the input price. */
    public double cachedPricePerMTok() {
        return cachedInputPricePerMTok.orElse(inputPricePerMTok);
    }

    /**
     * {@code p_rt = (1 − outputShare)·((1 − cachedInputShare)·input + cachedInputShare·cached) + outputShare·output}:
     * what real-time traffic pays per MTok. Without caching it is the version-1 blended price, to the bit.
     */
    public double realtimePricePerMTok(Workload w) {
        double input = (1 - w.cachedInputShare()) * inputPricePerMTok + w.cachedInputShare() * cachedPricePerMTok();
        return (1 - w.outputShare()) * input + w.outputShare() * outputPricePerMTok;
    }

    /**
     * {@code p = p_rt × (1 − batchShare × batchDiscountPercent/100)}: the API option's blended price, its batch
     * share sent to the batch tier.
     */
    public double blendedPricePerMTok(Workload w) {
        return realtimePricePerMTok(w) * (1 - w.batchShare() * (batchDiscountPercent / 100));
    }
}
