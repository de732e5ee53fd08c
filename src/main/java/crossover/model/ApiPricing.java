package crossover.model;

/**
 * A provider's list prices and latency.
 *
 * @param inputPricePerMTok  $ per million input tokens, ≥ 0
 * @param outputPricePerMTok $ per million output tokens, ≥ 0
 * @param typicalTtftMs      the provider's typical time to first token, ms, &gt; 0
 */
public record ApiPricing(double inputPricePerMTok, double outputPricePerMTok, double typicalTtftMs) {

    public ApiPricing {
        Input.API_INPUT_PRICE.check(inputPricePerMTok);
        Input.API_OUTPUT_PRICE.check(outputPricePerMTok);
        Input.API_TTFT_MS.check(typicalTtftMs);
    }

    /** The blended $/MTok for a given output share. */
    public double blendedPricePerMTok(double outputShare) {
        return (1 - outputShare) * inputPricePerMTok + outputShare * outputPricePerMTok;
    }
}
