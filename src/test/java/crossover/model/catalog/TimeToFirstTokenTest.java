package crossover.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import crossover.io.CatalogReader;
import org.junit.jupiter.api.Test;

/** Time to first token of a self-hosted replica: the prompt's prefill beside one decoding step of its batch. */
class TimeToFirstTokenTest {

    private static final Catalog CATALOG = CatalogReader.bundled();

    private static EstimateRequest llama8bOnH100(double tokens, double share) {
        return EstimateRequest.of(CATALOG.gpu("h100-sxm").orElseThrow(), CATALOG.model("llama-3.1-8b").orElseThrow(),
                Precision.FP16, tokens, share);
    }

    /**
     * vLLM's FP8 KV-cache post (2026-04-22), Table 4, BF16 row: one H100, vLLM 0.19.1, Llama 3.1 8B, about 20,000
     * prompt and 2,000 output tokens, 8 requests at a time: median time to first token 763.6 ms.
     */
    @Test
    void aLongPromptsFirstTokenIsWithinTheAimedBandOfVllmsPublishedMedian() {
        ThroughputEstimate e = ThroughputEstimator.estimate(llama8bOnH100(22_000, 2_000.0 / 22_000).withBatch(8));

        assertThat(0.7636 / e.ttftSeconds()).isBetween(Calibration.AIM_LOW, Calibration.AIM_HIGH);
    }

    /**
     * The prefill of one prompt by hand: dense weights bound by FLOPs (1,050 tokens × 2 × 8.03e9 against reading
     * 16.06e9 bytes once), causal attention 4 · 32 heads · 128 · 32 layers · 525 FLOPs a token, plus 32 layers of
     * the engine's time; then the decoding step of the batch it joins.
     */
    @Test
    void ttftIsThePromptsPrefillPlusOneDecodingStep() {
        ThroughputEstimator.Efficiency p = Engine.VLLM.point();
        ThroughputEstimate e = ThroughputEstimator.estimate(llama8bOnH100(1500, 0.3).withBatch(16));
        double flops = 989.5e12 * p.compute();
        double dense = Math.max(16.06e9 / (3350e9 * p.memory()), 1050 * 2 * 8.03e9 / flops);
        double attention = 1050 * 4.0 * 32 * 128 * 32 * 525 / flops;
        double prefill = dense + attention + 32 * p.perLayerSeconds();

        assertThat(e.prefillSeconds()).isCloseTo(prefill, within(prefill * 1e-12));
        assertThat(e.ttftSeconds()).isCloseTo(prefill + e.point().stepSeconds(), within(prefill * 1e-12));
        assertThat(e.basis()).contains("First token after about " + ThroughputEstimator.ms(e.ttftSeconds()));
    }

    @Test
    void aFirstTokenLaterThanTheLatencySlaIsSaidInTheBasisAndTheWarnings() {
        ThroughputEstimate late = ThroughputEstimator.estimate(llama8bOnH100(22_000, 0.1).withLatencySla(200));
        ThroughputEstimate soon = ThroughputEstimator.estimate(llama8bOnH100(1500, 0.3).withLatencySla(1000));
        ThroughputEstimate none = ThroughputEstimator.estimate(llama8bOnH100(22_000, 0.1));

        // 19,800 prompt tokens take well over half a second to prefill on one H100.
        assertThat(late.ttftSeconds()).isGreaterThan(0.2);
        assertThat(late.ttftAboveSla()).isTrue();
        assertThat(late.warnings()).anySatisfy(w -> assertThat(w).contains("above the latency SLA of 200 ms"));
        assertThat(late.basis()).contains("above the latency SLA of 200 ms");
        assertThat(soon.ttftAboveSla()).isFalse();
        assertThat(soon.basis()).contains("within the latency SLA of 1000 ms");
        assertThat(none.ttftAboveSla()).isFalse();
        assertThat(none.basis()).doesNotContain("latency SLA");
    }

    @Test
    void aLongerPromptOrALargerBatchWaitsLongerForItsFirstToken() {
        double shortPrompt = ThroughputEstimator.estimate(llama8bOnH100(1500, 0.3).withBatch(16)).ttftSeconds();
        double longPrompt = ThroughputEstimator.estimate(llama8bOnH100(15_000, 0.03).withBatch(16)).ttftSeconds();
        double bigBatch = ThroughputEstimator.estimate(llama8bOnH100(1500, 0.3).withBatch(200)).ttftSeconds();

        assertThat(longPrompt).isGreaterThan(shortPrompt);
        assertThat(bigBatch).isGreaterThan(shortPrompt);
    }
}
