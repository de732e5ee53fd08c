package crossover.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import crossover.io.CatalogReader;
import crossover.model.InvalidInputException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The roofline estimator against hand arithmetic from its documented formulas, and against the bundled catalog
 * (hardware ordering, GPUs per replica, the published measurements it is calibrated on).
 */
class ThroughputEstimatorTest {

    /** Relative tolerance for comparing hand arithmetic with the estimator's differently ordered arithmetic. */
    private static final double REL = 1e-12;

    private static final Catalog CATALOG = CatalogReader.bundled();

    /** An H100-SXM-like GPU built here, independent of the bundled file. */
    private static final GpuSpec H100_LIKE = new GpuSpec("h100-like", "H100-like", "NVIDIA", 80, 3350, 989.4, 1978.9,
            null, "test", 2.0, "test", "2025-01-01", null);

    /** An A10G-like GPU: little compute per byte of bandwidth, no FP8 tensor cores. */
    private static final GpuSpec A10G_LIKE = new GpuSpec("a10g-like", "A10G-like", "NVIDIA", 24, 600, 70, null, null,
            "test", 1.0, "test", "2025-01-01", null);

    /** Llama-3.1-8B's shape as its config.json gives it, built here. */
    private static final OpenModel LLAMA_8B_LIKE = new OpenModel("llama-8b-like", "Llama-3.1-8B-like", 8.03, 32,
            8, 128, 32, 4096, 131072, "test", "2025-01-01", null);

    /** Mixtral-8x7B's shape: 46.7 B parameters of which 12.9 B work on each token. */
    private static final OpenModel MIXTRAL_LIKE = new OpenModel("mixtral-like", "Mixtral-like", 46.7, 12.9, 32, 8, 128,
            32, 4096, 32768, 8, 2, null, 0, 0, 0, 0, "test", "2025-01-01", null);

    private static double relative(double expected) {
        return Math.abs(expected) * REL;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bytes per weight and per token of KV cache
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void weightAndKvBytesFollowThePrecision() {
        ThroughputEstimate fp16 = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP16, 1500, 0.3));
        ThroughputEstimate fp8 = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP8, 1500, 0.3));
        ThroughputEstimate int4 = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.INT4, 1500, 0.3));

        // fp16: 8.03e9 parameters × 2 bytes = 16.06e9 bytes; KV: 2 (K and V) · 32 layers · 8 heads · 128 · 2 bytes
        // = 131 072 bytes per token.
        assertThat(fp16.weightBytes()).isCloseTo(16.06e9, within(relative(16.06e9)));
        assertThat(fp16.kvBytesPerToken()).isEqualTo(131_072.0);
        // fp8: one byte each, half of fp16: 8.03e9 and 65 536.
        assertThat(fp8.weightBytes()).isCloseTo(8.03e9, within(relative(8.03e9)));
        assertThat(fp8.kvBytesPerToken()).isEqualTo(65_536.0);
        // int4: 0.5 byte per weight + one 2-byte scale per 128 weights = 0.515625 bytes;
        // 8.03e9 × 0.515625 = 4 140 468 750 bytes. The KV cache stays fp16: 131 072.
        assertThat(int4.weightBytes()).isCloseTo(4_140_468_750.0, within(relative(4_140_468_750.0)));
        assertThat(int4.kvBytesPerToken()).isEqualTo(131_072.0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hand-computed step times and rates
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void memoryBoundStepOfLlama8bOnAnH100AtBatch64MatchesHandArithmetic() {
        ThroughputEstimator.Efficiency e = Engine.VLLM.point();
        ThroughputEstimate est = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP16, 1500, 0.3).withBatch(64));

        // T = 1500, s = 0.3: input = 1500 × 0.7 = 1050, output = 450, average context = 1050 + 450/2 = 1275.
        double input = 1050;
        double averageContext = 1275;
        // weights 16.06e9 B, KV 131 072 B/token; 80 GB × 0.9 = 72e9 ≥ 16.06e9 + 1500 × 131 072 → 1 GPU.
        assertThat(est.gpusPerReplica()).isEqualTo(1);
        assertThat(est.batch()).isEqualTo(64);
        assertThat(est.batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.FIXED);
        double bandwidth = 3350e9 * e.memory();
        double flops = 989.4e12 * e.compute();
        // Dense weights: read 16.06e9 bytes (≈ 6.15 ms at 77.9 % of 3,350 GB/s) or compute 64 × 2 × 8.03e9 FLOPs
        // (≈ 1.6 ms at 64.6 % of 989.4 TFLOPS): memory-bound.
        double dense = Math.max(16.06e9 / bandwidth, 64 * 2 * 8.03e9 / flops);
        // Attention: read 64 × 1275 × 131 072 bytes of KV cache (≈ 4.1 ms) or compute 64 × 4 · 32 heads · 128 ·
        // 32 layers · 1275 FLOPs (≈ 0.07 ms): memory-bound.
        double attention = Math.max(64 * averageContext * 131_072 / bandwidth,
                64 * 4.0 * 32 * 128 * 32 * averageContext / flops);
        // The engine: 32 layers × its time per layer + 64 sequences × its time per sequence.
        double step = dense + attention + 32 * e.perLayerSeconds() + 64 * e.perSequenceSeconds();
        double decode = 64 / step;
        // Prefill: 2 × 8.03e9 + 4 · 32 · 128 · 32 · (1050 / 2) FLOPs a prompt token.
        double prefill = flops / (2 * 8.03e9 + 4.0 * 32 * 128 * 32 * input / 2);
        // total = 1 / (0.7 / prefill + 0.3 / decode); per GPU-hour × 3600 / 1 GPU.
        double total = 1 / (0.7 / prefill + 0.3 / decode);

        assertThat(est.bound()).isEqualTo(ThroughputEstimate.Bound.MEMORY_BANDWIDTH);
        assertThat(est.point().stepSeconds()).isCloseTo(step, within(relative(step)));
        assertThat(est.point().decodePerSecond()).isCloseTo(decode, within(relative(decode)));
        assertThat(est.point().prefillPerSecond()).isCloseTo(prefill, within(relative(prefill)));
        assertThat(est.tokensPerHourPerGpu()).isCloseTo(total * 3600, within(relative(total * 3600)));
        // Magnitude at the calibrated values: step ≈ 6.15 + 4.10 + 1.49 + 4.36 ≈ 16.1 ms, decode ≈ 3,970 tokens/s,
        // prefill ≈ 39,000 tokens/s → 1 / (0.7 / 39,000 + 0.3 / 3,970) ≈ 10,700 tokens/s ≈ 38.5 M an hour.
        assertThat(est.tokensPerHourPerGpu()).isBetween(36e6, 41e6);
    }

    @Test
    void theRangeIsThePointScaledByTheSpreadOfTheMeasurements() {
        ThroughputEstimate est = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP16, 1500, 0.3).withBatch(64));

        // The low end is 0.50 × the point, the high end 1.49 × (the lowest and highest published ÷ estimated of
        // the fit and check measurements), at the same batch: a step 1 / 0.50 and 1 / 1.49 as long.
        assertThat(est.lowTokensPerHourPerGpu()).isCloseTo(0.50 * est.tokensPerHourPerGpu(),
                within(relative(est.tokensPerHourPerGpu())));
        assertThat(est.highTokensPerHourPerGpu()).isCloseTo(1.49 * est.tokensPerHourPerGpu(),
                within(relative(est.tokensPerHourPerGpu())));
        assertThat(est.low().stepSeconds()).isCloseTo(est.point().stepSeconds() / 0.50,
                within(relative(est.point().stepSeconds() * 2)));
        assertThat(est.high().stepSeconds()).isCloseTo(est.point().stepSeconds() / 1.49,
                within(relative(est.point().stepSeconds())));
    }

    @Test
    void computeBoundStepOnAnA10gLikeGpuWithShortRequestsAndALargeBatch() {
        ThroughputEstimator.Efficiency e = Engine.VLLM.point();
        ThroughputEstimate est = ThroughputEstimator.estimate(
                EstimateRequest.of(A10G_LIKE, LLAMA_8B_LIKE, Precision.FP16, 100, 0.5).withBatch(200));

        // T = 100, s = 0.5: input 50, output 50, average context 50 + 25 = 75.
        // 24 GB × 0.9 = 21.6e9 ≥ 16.06e9 + 100 × 131 072 → 1 GPU.
        assertThat(est.gpusPerReplica()).isEqualTo(1);
        double bandwidth = 600e9 * e.memory();
        double flops = 70e12 * e.compute();
        // Dense: read 16.06e9 bytes (≈ 34 ms) or compute 200 × 2 × 8.03e9 FLOPs (≈ 71 ms): compute-bound.
        double denseMemory = 16.06e9 / bandwidth;
        double denseCompute = 200 * 2 * 8.03e9 / flops;
        assertThat(denseCompute).isGreaterThan(denseMemory);
        // Attention: 200 × 75 × 131 072 bytes (≈ 4.2 ms) against 200 × 4 · 32 · 128 · 32 · 75 FLOPs (≈ 0.2 ms).
        double attention = Math.max(200 * 75 * 131_072.0 / bandwidth, 200 * 4.0 * 32 * 128 * 32 * 75 / flops);
        double step = denseCompute + attention + 32 * e.perLayerSeconds() + 200 * e.perSequenceSeconds();
        double prefill = flops / (2 * 8.03e9 + 4.0 * 32 * 128 * 32 * 25);
        double total = 1 / (0.5 / prefill + 0.5 / (200 / step));

        assertThat(est.bound()).isEqualTo(ThroughputEstimate.Bound.COMPUTE);
        assertThat(est.point().stepSeconds()).isCloseTo(step, within(relative(step)));
        assertThat(est.tokensPerHourPerGpu()).isCloseTo(total * 3600, within(relative(total * 3600)));
    }

    @Test
    void fp8OnAGpuWithoutFp8TensorCoresComputesAtTheBf16Rate() {
        ThroughputEstimator.Efficiency e = Engine.VLLM.point();
        ThroughputEstimate est = ThroughputEstimator.estimate(
                EstimateRequest.of(A10G_LIKE, LLAMA_8B_LIKE, Precision.FP8, 100, 0.5).withBatch(10));

        // Prefill is compute-bound: 70e12 (bf16, no FP8 cores) × 0.5 / (2 · 8.03e9 + 262 144 · 50)
        // = 3.5e13 / 16 073 107 200 ≈ 2177.6 tokens/s.
        double prefill = 70e12 * e.compute() / (2 * 8.03e9 + 262_144.0 * 50);
        assertThat(est.point().prefillPerSecond()).isCloseTo(prefill, within(relative(prefill)));

        // On the H100-like GPU fp8 uses the FP8 cores: 1978.9e12 × 0.5 / (2 · 8.03e9 + 262 144 · 50).
        ThroughputEstimate h100 = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP8, 100, 0.5).withBatch(10));
        double h100Prefill = 1978.9e12 * e.compute() / (2 * 8.03e9 + 262_144.0 * 50);
        assertThat(h100.point().prefillPerSecond()).isCloseTo(h100Prefill, within(relative(h100Prefill)));
    }

    @Test
    void aMixtureOfExpertsReadsOnlyTheExpertsTheBatchTouches() {
        ThroughputEstimator.Efficiency e = Engine.VLLM.point();
        ThroughputEstimate est = ThroughputEstimator.estimate(
                EstimateRequest.of(H100_LIKE, MIXTRAL_LIKE, Precision.FP16, 1500, 0.3).withBatch(4));

        // weights 46.7e9 × 2 = 93.4e9 bytes + 1500 × 131 072 = 196 608 000 for one sequence → 93.6e9 > 72e9 on
        // one GPU, ≤ 144e9 on two: 2 GPUs.
        assertThat(est.gpusPerReplica()).isEqualTo(2);
        // 8 experts, 2 per token: experts = (46.7 − 12.9) × 8 / 6 = 45.0667e9 parameters, dense 46.7e9 − that
        // = 1.6333e9 (attention, embeddings). Each token picks 2 of 8, so 4 sequences leave an expert untouched
        // with probability (6/8)^4 = 0.31640625 and touch 0.68359375 of the experts.
        double experts = (46.7e9 - 12.9e9) * 8 / 6;
        double dense = 46.7e9 - experts;
        double touched = 1 - Math.pow(0.75, 4);
        double bandwidth = 2 * 3350e9 * e.memory();
        double flops = 2 * 989.4e12 * e.compute();
        // Each part bound by its bytes or its FLOPs; at 4 sequences all three are memory-bound.
        double denseTime = Math.max(2 * dense / bandwidth, 4 * 2 * dense / flops);
        double expertTime = Math.max(2 * experts * touched / bandwidth, 4 * 2 * experts * 0.25 / flops);
        double attention = Math.max(4 * 1275 * 131_072.0 / bandwidth, 4 * 4.0 * 32 * 128 * 32 * 1275 / flops);
        // Two GPUs: each of the 32 layers costs the engine's time plus the collectives' time.
        double overhead = 32 * (e.perLayerSeconds() + e.tensorParallelLayerSeconds()) + 4 * e.perSequenceSeconds();
        double step = denseTime + expertTime + attention + overhead;
        double prefill = 1 / ((2 * dense + 4.0 * 32 * 128 * 32 * 1050 / 2) / flops + 2 * experts * 0.25 / flops);
        double total = 1 / (0.7 / prefill + 0.3 / (4 / step));

        assertThat(est.weightBytes()).isCloseTo(93.4e9, within(relative(93.4e9)));
        assertThat(est.point().stepSeconds()).isCloseTo(step, within(relative(step)));
        // per GPU: the replica's total × 3600 / 2 GPUs.
        assertThat(est.tokensPerHourPerGpu()).isCloseTo(total * 3600 / 2, within(relative(total * 3600 / 2)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // GPUs per replica
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void llama70bAtFp16NeedsTwo80GbGpusAndAtFp8FitsOneH100() {
        OpenModel llama70 = CATALOG.model("llama-3.1-70b").orElseThrow();
        // fp16: 70.55e9 × 2 = 141.1e9 bytes of weights + 1500 tokens × (2·80·8·128·2 = 327 680) = 491 520 000
        // → 141.59e9 bytes; one GPU holds 80e9 × 0.9 = 72e9, two hold 144e9 → at least 2.
        // Latency headroom: one sequence on 2 H100s reads 141.1e9 + 1 × (1050 + 225) × 327 680 bytes at
        // 2 × 3350e9 × 0.65 B/s ≈ 32.5 ms (+ 0.3 ms) ≤ 50 ms → 2; on 2 A100s at 2 × 2039e9 × 0.65 ≈ 53.4 ms > 50 ms,
        // on 4 ≈ 26.7 ms → 4.
        Map<String, Integer> expected = Map.of("h100-sxm", 2, "a100-80gb", 4);
        for (String gpu : List.of("a100-80gb", "h100-sxm")) {
            ThroughputEstimate e = ThroughputEstimator.estimate(
                    EstimateRequest.of(CATALOG.gpu(gpu).orElseThrow(), llama70, Precision.FP16, 1500, 0.3));
            assertThat(e.gpusPerReplica()).as(gpu).isGreaterThan(1).isEqualTo(expected.get(gpu));
        }
        // fp8: 70.55e9 + 1500 × 163 840 = 70.55e9 + 245 760 000 = 70.79576e9 ≤ 72e9 → 1.
        ThroughputEstimate fp8 = ThroughputEstimator.estimate(EstimateRequest.of(
                CATALOG.gpu("h100-sxm").orElseThrow(), llama70, Precision.FP8, 1500, 0.3));
        assertThat(fp8.gpusPerReplica()).isEqualTo(1);
    }

    @Test
    void gpusPerReplicaIsTheSmallestPowerOfTwoThatHoldsTheModel() {
        int checked = 0;
        for (GpuSpec g : CATALOG.gpus()) {
            for (OpenModel m : CATALOG.models()) {
                for (Precision p : Precision.values()) {
                    if (p == Precision.FP4 && !g.hasFp4()) {
                        continue;
                    }
                    double needed = needed(m, p, 1500);
                    double perGpu = g.memoryGb() * 1e9 * 0.9;
                    if (64 * perGpu < needed) {
                        continue;
                    }
                    int gpus = ThroughputEstimator.estimate(EstimateRequest.of(g, m, p, 1500, 0.3)).gpusPerReplica();
                    String what = g.id() + " / " + m.id() + " / " + p.id();
                    assertThat(Integer.bitCount(gpus)).as("%s: %d GPUs is a power of two", what, gpus).isEqualTo(1);
                    assertThat(gpus * perGpu).as("%s: %d GPUs hold the model", what, gpus)
                            .isGreaterThanOrEqualTo(needed);
                    if (gpus > 1 && gpus / 2 * perGpu >= needed) {
                        // Half as many would hold it: then they must miss the inter-token target at batch 1.
                        ThroughputEstimate half = ThroughputEstimator.estimate(
                                EstimateRequest.of(g, m, p, 1500, 0.3).withGpus(gpus / 2));
                        assertThat(half.warnings()).as("%s: %d GPUs hold it but miss the target", what, gpus / 2)
                                .anySatisfy(w -> assertThat(w).contains("No batch meets"));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /**
     * Weights plus one full-length sequence's KV cache, from the model's shape: experts shipped narrower than the
     * precision stay so; a latent KV cache holds rank + rotary values per layer; windowed layers stop at the window.
     */
    private static double needed(OpenModel m, Precision p, double tokens) {
        double experts = m.sparse() ? (m.parametersB() - m.activeParametersB()) * m.experts()
                / (m.experts() - m.expertsPerToken()) : 0;
        double expertBytes = m.expertBitsPerWeight() == null ? p.bytesPerWeight()
                : Math.min(p.bytesPerWeight(), m.expertBitsPerWeight() / 8);
        double weights = (m.parametersB() - experts) * 1e9 * p.bytesPerWeight() + experts * 1e9 * expertBytes;
        double perLayer = m.kvLoraRank() > 0 ? m.kvLoraRank() + m.qkRopeHeadDim() : 2.0 * m.kvHeads() * m.headDim();
        double layerTokens = (m.layers() - m.slidingWindowLayers()) * tokens
                + m.slidingWindowLayers() * Math.min(tokens, m.slidingWindow());
        return weights + perLayer * p.kvBytesPerValue() * layerTokens;
    }

    @Test
    void aRequestLongerThanTheModelsContextIsRefusedAsTokensPerRequest() {
        // Llama-3.1-8B-like: a context of 131,072 tokens.
        for (double tokens : new double[] {131_073, 1e308, Double.POSITIVE_INFINITY, 0.5}) {
            assertThatThrownBy(() -> EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP16, tokens, 0.3))
                    .as("%s tokens", tokens)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("tokens per request must be from 1 to 131,072 (Llama-3.1-8B-like's "
                            + "context), not ")
                    .satisfies(x -> assertThat(((InvalidInputException) x).field()).isEqualTo("tokensPerRequest"));
        }
        assertThat(ThroughputEstimator.estimate(EstimateRequest.of(H100_LIKE, LLAMA_8B_LIKE, Precision.FP16, 131_072,
                0.3)).warnings()).noneSatisfy(w -> assertThat(w).contains("context"));
    }

    @Test
    void aModelThatFitsNowhereIsRefusedWithAdvice() {
        // 5000e9 parameters × 2 bytes = 10 000 GB > 64 GPUs × 80 GB × 0.9 = 4608 GB.
        OpenModel huge = new OpenModel("huge", "Huge-5T", 5000, 200, 16, 128, 128, 32768, 8192, "test",
                "2025-01-01", null);

        assertThatThrownBy(() -> ThroughputEstimator.estimate(EstimateRequest.of(H100_LIKE, huge, Precision.FP16,
                1500, 0.3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Huge-5T")
                .hasMessageContaining("choose a larger GPU")
                .satisfies(x -> assertThat(((InvalidInputException) x).field()).isEqualTo("model"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The bundled hardware in order
    // ---------------------------------------------------------------------------------------------------------

    private static double perHour(String gpu) {
        return ThroughputEstimator.estimate(EstimateRequest.of(CATALOG.gpu(gpu).orElseThrow(),
                CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 1500, 0.3)).tokensPerHourPerGpu();
    }

    @Test
    void fasterHardwareServesMoreTokensAnHourPerGpu() {
        assertThat(perHour("l4")).isLessThan(perHour("l40s"));
        assertThat(perHour("l40s")).isLessThan(perHour("h100-sxm"));
        assertThat(perHour("h100-sxm")).isLessThan(perHour("h200"));
        assertThat(perHour("h200")).isLessThan(perHour("b200"));
        assertThat(perHour("a10g")).isLessThan(perHour("a100-40gb"));
        assertThat(perHour("a10g")).isLessThan(perHour("a100-80gb"));
    }

    /**
     * Both 24 GB; the A10G has twice the L4's bandwidth (600 against 300 GB/s) and decoding Llama-3.1-8B fp16 is
     * memory-bound on both. One sequence's step on the L4 is 16.06e9 / (300e9 × 0.65) ≈ 82 ms, so the L4 cannot
     * meet the default 50 ms target at all, while the A10G (≈ 41 ms + 0.7 ms) meets it up to a batch of about 12.
     * At any common batch the A10G serves more, e.g. at 12: A10G step ≈ 41.2 + 5.1 + 3.6 ≈ 50 ms → ≈ 634 tokens/s
     * end to end; L4 ≈ 82.4 + 10.3 + 3.6 ≈ 96 ms → ≈ 385 tokens/s. The L4 must not come out ahead.
     */
    @Test
    void aGpuThatCannotMeetTheLatencyTargetIsNotRankedAboveOneWithTwiceItsBandwidth() {
        assertThat(perHour("l4")).isLessThanOrEqualTo(perHour("a10g"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The range
    // ---------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<GpuSpec> gpus() {
        return Arbitraries.of(CATALOG.gpus());
    }

    @Provide
    Arbitrary<OpenModel> models() {
        return Arbitraries.of(CATALOG.models());
    }

    @Property(tries = 200)
    void lowIsAtMostPointIsAtMostHigh(@ForAll("gpus") GpuSpec gpu, @ForAll("models") OpenModel model,
                                      @ForAll Precision precision,
                                      @ForAll @DoubleRange(min = 100, max = 8000) double tokens,
                                      @ForAll @DoubleRange(min = 0, max = 1) double share) {
        if (precision == Precision.FP4 && !gpu.hasFp4()) {
            assertThatThrownBy(() -> EstimateRequest.of(gpu, model, precision, tokens, share))
                    .isInstanceOf(InvalidInputException.class);
            return;
        }
        EstimateRequest r = EstimateRequest.of(gpu, model, precision, tokens, share);
        if (64 * gpu.memoryGb() * 1e9 * 0.9 < needed(model, precision, tokens)) {
            // Fits on no replica of up to 64 GPUs: refused, never estimated.
            assertThatThrownBy(() -> ThroughputEstimator.estimate(r)).isInstanceOf(InvalidInputException.class);
            return;
        }
        ThroughputEstimate e = ThroughputEstimator.estimate(r);

        assertThat(e.lowTokensPerHourPerGpu()).isPositive().isLessThanOrEqualTo(e.tokensPerHourPerGpu());
        assertThat(e.tokensPerHourPerGpu()).isLessThanOrEqualTo(e.highTokensPerHourPerGpu());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calibration
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyPublishedMeasurementLiesInsideTheEstimatedRange() {
        assertThat(CATALOG.calibration()).hasSizeGreaterThanOrEqualTo(20);
        for (Measurement m : CATALOG.calibration()) {
            if (m.role() == Measurement.Role.EXCLUDED) {
                continue;
            }
            Calibration.Check c = Calibration.check(m, CATALOG);
            assertThat(c.inside())
                    .as("%s: published %s tokens/s (%s) should lie in [%s, %s], point %s", m.id(),
                            m.tokensPerSecond(), m.measures().id(), c.low(), c.high(), c.point())
                    .isTrue();
            assertThat(c.low()).as(m.id()).isLessThanOrEqualTo(c.point());
            assertThat(c.point()).as(m.id()).isLessThanOrEqualTo(c.high());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The latency target
    // ---------------------------------------------------------------------------------------------------------

    /**
     * The largest batch whose step meets {@code targetMs} for Llama-3.1-8B fp16 on an H100 (989.5 TFLOPS, 3,350
     * GB/s) at 1500 tokens, 0.3 output. Attention is memory-bound at every batch (per sequence 1275 × 131 072 bytes
     * against 4 · 32 · 128 · 32 · 1275 FLOPs); the dense weights are read once a step (16.06e9 bytes) until the batch's
     * 2 × 8.03e9 FLOPs a sequence take longer. So step(B) = a + b·B with a = weights / bandwidth + 32 layers × the
     * engine's time per layer and b = KV bytes / bandwidth + the engine's time per sequence, up to the batch where
     * the dense part turns compute-bound; beyond it step(B) = 32 × time per layer + B·(b + dense FLOPs / compute).
     */
    private static int handLatencyBatch(double targetMs) {
        ThroughputEstimator.Efficiency e = Engine.VLLM.point();
        double bandwidth = 3350e9 * e.memory();
        double flops = 989.5e12 * e.compute();
        double layers = 32 * e.perLayerSeconds();
        double denseRead = 16.06e9 / bandwidth;
        double densePerSequence = 2 * 8.03e9 / flops;
        double b = 1275 * 131_072.0 / bandwidth + e.perSequenceSeconds();
        int memoryBound = (int) Math.floor((targetMs / 1000 - denseRead - layers) / b);
        if (memoryBound * densePerSequence <= denseRead) {
            return memoryBound;
        }
        return (int) Math.floor((targetMs / 1000 - layers) / (b + densePerSequence));
    }

    private static ThroughputEstimate llama8bOnH100(double itlMs) {
        return ThroughputEstimator.estimate(EstimateRequest.of(CATALOG.gpu("h100-sxm").orElseThrow(),
                CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 1500, 0.3).withItlTarget(itlMs));
    }

    @Test
    void theLatencyTargetLimitsTheBatch() {
        ThroughputEstimate loose = llama8bOnH100(30);
        ThroughputEstimate tight = llama8bOnH100(20);

        // At the calibrated values a ≈ 6.154 ms + 32 × 46.7 µs ≈ 7.648 ms and b ≈ 64.0 µs + 68.1 µs ≈ 132.1 µs.
        // 30 ms: (30 − 7.648) / 0.1321 ≈ 169.2 → 169; memory would allow
        // (72e9 − 16.06e9) / (1500 × 131 072) ≈ 284 (vLLM would allow 1024 on an 80 GB H100).
        assertThat(loose.batch()).isEqualTo(handLatencyBatch(30)).isEqualTo(169);
        assertThat(loose.batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.LATENCY);
        // 20 ms: (20 − 7.648) / 0.1321 ≈ 93.5 → 93.
        assertThat(tight.batch()).isEqualTo(handLatencyBatch(20)).isEqualTo(93);
        assertThat(tight.batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.LATENCY);
        assertThat(tight.point().stepSeconds()).isLessThanOrEqualTo(0.020);
        assertThat(loose.point().stepSeconds()).isLessThanOrEqualTo(0.030);
        assertThat(tight.tokensPerHourPerGpu()).isLessThan(loose.tokensPerHourPerGpu());
        // At the default 50 ms, about 308 sequences would meet it, more than the 284 that fit: memory decides.
        assertThat(llama8bOnH100(50).batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.MEMORY);
    }

    @Test
    void aLooseEnoughTargetLeavesTheBatchToMemoryOrTheScheduler() {
        // 1000 ms: thousands of sequences would meet it. vLLM allows 1024 on an 80 GB H100, so memory binds:
        // (72e9 − 16.06e9) / (1500 × 131 072) ≈ 284.5 → 284.
        ThroughputEstimate e = llama8bOnH100(1000);

        assertThat(e.batch()).isEqualTo(284);
        assertThat(e.batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.MEMORY);
        // On an A100 80GB vLLM keeps its default of 256 sequences (vllm/engine/arg_utils.py: "a100" is excluded from
        // the larger default), which binds before memory: (72e9 − 16.06e9) / (1500 × 131 072) ≈ 284 > 256.
        ThroughputEstimate a100 = ThroughputEstimator.estimate(EstimateRequest.of(CATALOG.gpu("a100-80gb")
                .orElseThrow(), CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 1500, 0.3)
                .withItlTarget(1000));
        assertThat(a100.batch()).isEqualTo(256);
        assertThat(a100.batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.SCHEDULER);
    }

    /** Targets from just above one sequence's step (≈ 7.78 ms) upwards: a tighter one never allows a larger batch. */
    @Property(tries = 200)
    void aTighterMeetableTargetNeverGivesALargerBatch(@ForAll @DoubleRange(min = 8, max = 200) double a,
                                                      @ForAll @DoubleRange(min = 8, max = 200) double b) {
        double tighter = Math.min(a, b);
        double looser = Math.max(a, b);
        ThroughputEstimate t = llama8bOnH100(tighter);
        ThroughputEstimate l = llama8bOnH100(looser);

        assertThat(t.batch()).isLessThanOrEqualTo(l.batch());
        assertThat(t.point().stepSeconds()).isLessThanOrEqualTo(tighter / 1000);
        if (t.batch() < 284) {
            assertThat(t.batchLimit()).isEqualTo(ThroughputEstimate.BatchLimit.LATENCY);
            assertThat(t.batch()).isEqualTo(handLatencyBatch(tighter));
        }
    }

    /**
     * A target no batch can meet (one sequence alone takes ≈ 7.78 ms a token) must not be rewarded with a larger
     * batch, and so more tokens an hour, than a target the hardware meets.
     */
    @Test
    void anUnmeetableTargetDoesNotGiveALargerBatchThanAMeetableOne() {
        // 0.2 ms is less than the engine's own 32 × 46.7 µs per step: no replica of any size meets it.
        ThroughputEstimate unmeetable = llama8bOnH100(0.2);
        ThroughputEstimate meetable = llama8bOnH100(50);

        assertThat(unmeetable.warnings()).anySatisfy(w -> assertThat(w).contains("No batch meets"));
        assertThat(unmeetable.batch()).isLessThanOrEqualTo(meetable.batch());
        assertThat(unmeetable.tokensPerHourPerGpu()).isLessThanOrEqualTo(meetable.tokensPerHourPerGpu());
    }
}
