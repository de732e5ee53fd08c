package crossover.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import crossover.io.CatalogReader;
import crossover.model.InvalidInputException;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The 2026 catalogs against their published configs: what mixtures of experts, latent attention, sliding windows,
 * natively 4-bit experts and fp4 change in bytes, in GPUs per replica and in speed.
 */
class ModelArchitectureTest {

    private static final Catalog CATALOG = CatalogReader.bundled();

    private static GpuSpec gpu(String id) {
        return CATALOG.gpu(id).orElseThrow();
    }

    private static OpenModel model(String id) {
        return CATALOG.model(id).orElseThrow();
    }

    private static ThroughputEstimate estimate(String gpu, String model, Precision p, double tokens, double share) {
        return ThroughputEstimator.estimate(EstimateRequest.of(gpu(gpu), model(model), p, tokens, share));
    }

    @Test
    void theModelsPeopleDeployIn2026AreInTheCatalogWithSourceAndDate() {
        for (String id : List.of("llama-3.3-70b", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b",
                "gpt-oss-20b", "gpt-oss-120b", "deepseek-v3")) {
            OpenModel m = model(id);
            assertThat(m.source()).as(id).isNotBlank();
            assertThat(m.asOf()).as(id).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        // Model cards: 235B total / 22B active, 128 experts, 8 per token; gpt-oss-120b 117B / 5.1B, 128 experts,
        // 4 per token; DeepSeek-V3 671B / 37B, 256 routed experts, 8 per token.
        assertThat(model("qwen3-235b-a22b")).extracting(OpenModel::parametersB, OpenModel::activeParametersB,
                OpenModel::experts, OpenModel::expertsPerToken).containsExactly(235.0, 22.0, 128, 8);
        assertThat(model("gpt-oss-120b")).extracting(OpenModel::parametersB, OpenModel::activeParametersB,
                OpenModel::experts, OpenModel::expertsPerToken).containsExactly(117.0, 5.1, 128, 4);
        assertThat(model("deepseek-v3")).extracting(OpenModel::parametersB, OpenModel::activeParametersB,
                OpenModel::experts, OpenModel::expertsPerToken).containsExactly(671.0, 37.0, 256, 8);
        assertThat(model("qwen3-32b").sparse()).isFalse();
    }

    @Test
    void theB200HasFp4TensorCoresAndTheHoppersAndMi300xDoNot() {
        GpuSpec b200 = gpu("b200");
        // HGX B200 at 1,000 W, dense: BF16 2,250, FP8 4,500, FP4 9,000 TFLOPS; 8 TB/s; 180 GB as DGX B200 lists it.
        assertThat(b200.tflops(Precision.FP16)).isEqualTo(2250);
        assertThat(b200.tflops(Precision.FP8)).isEqualTo(4500);
        assertThat(b200.tflops(Precision.FP4)).isEqualTo(9000);
        assertThat(b200.memoryBandwidthGBs()).isEqualTo(8000);
        assertThat(b200.memoryGb()).isEqualTo(180);
        assertThat(b200.asOf()).isEqualTo("2026-03-17");
        for (String id : List.of("h100-sxm", "h200", "mi300x", "a100-80gb", "l40s")) {
            assertThat(gpu(id).hasFp4()).as(id).isFalse();
        }
    }

    @Test
    void fp4IsRefusedOnGpusWithoutFp4TensorCoresInOneSentence() {
        assertThatThrownBy(() -> EstimateRequest.of(gpu("h100-sxm"), model("llama-3.3-70b"), Precision.FP4, 1500,
                0.3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("fp4 needs FP4 tensor cores, which the NVIDIA H100 SXM 80GB does not have (NVIDIA's "
                        + "Blackwell GPUs, such as the B200, do): choose fp16, fp8 or int4 here.")
                .satisfies(x -> assertThat(((InvalidInputException) x).field()).isEqualTo("precision"));
        // NVFP4: 16 values in 8 packed bytes plus one FP8 scale byte, 9/16 byte a weight: 70.55e9 × 0.5625.
        ThroughputEstimate fp4 = estimate("b200", "llama-3.3-70b", Precision.FP4, 1500, 0.3);
        assertThat(fp4.weightBytes()).isCloseTo(70.55e9 * 9 / 16, within(1.0));
        // fp4 keeps an FP8 KV cache: 2 × 80 × 8 × 128 × 1 byte = 163,840 bytes a token.
        assertThat(fp4.kvBytesPerToken()).isEqualTo(163_840.0);
    }

    /** The KV cache per token from the configs (specs: 2 × layers × KV heads × head size × bytes; MLA layers × 576). */
    @Test
    void kvCachePerTokenFollowsEachModelsAttention() {
        // Llama 3.3 70B at bf16: 2 × 80 × 8 × 128 × 2 = 327,680 bytes.
        assertThat(estimate("h200", "llama-3.3-70b", Precision.FP16, 1500, 0.3).kvBytesPerToken())
                .isEqualTo(327_680.0);
        // Qwen3-235B-A22B at fp8: 2 × 94 × 4 × 128 × 1 = 96,256 bytes.
        assertThat(estimate("h200", "qwen3-235b-a22b", Precision.FP8, 1500, 0.3).kvBytesPerToken())
                .isEqualTo(96_256.0);
        // DeepSeek-V3's latent attention at fp8: 61 layers × (512 + 64) × 1 = 35,136 bytes, fewer than Llama 3.3
        // 70B's 163,840 at the same width although the model is ten times larger.
        assertThat(estimate("h200", "deepseek-v3", Precision.FP8, 1500, 0.3).kvBytesPerToken())
                .isEqualTo(35_136.0);
        // gpt-oss-120b: 18 full layers × 2 × 8 × 64 × 2 bytes = 36,864 bytes a token, and 18 windowed layers
        // that stop at 128 tokens: 18 × 2,048 × 128 = 4,718,592 bytes. At 1,500 tokens:
        // (36,864 × 1,500 + 4,718,592) / 1,500 = 39,009.728 bytes a token on average.
        assertThat(estimate("h100-sxm", "gpt-oss-120b", Precision.FP16, 1500, 0.3).kvBytesPerToken())
                .isCloseTo((36_864.0 * 1500 + 4_718_592) / 1500, within(1e-6));
    }

    /** vLLM's gpt-oss post (2025-08-05): MXFP4 MoE weights bring the models to "63 GB (120B) and 14 GB (20B)". */
    @Test
    void gptOssKeepsItsMxfp4ExpertsAtAnyPrecision() {
        ThroughputEstimate big = estimate("h100-sxm", "gpt-oss-120b", Precision.FP16, 1500, 0.3);
        ThroughputEstimate small = estimate("h100-sxm", "gpt-oss-20b", Precision.FP16, 1500, 0.3);

        assertThat(big.weightBytes()).isCloseTo(63e9, Percentage.withPercentage(10));
        assertThat(small.weightBytes()).isCloseTo(14e9, Percentage.withPercentage(10));
        // The README: "making gpt-oss-120b run on a single H100 GPU".
        assertThat(big.gpusPerReplica()).isEqualTo(1);
        // fp8 narrows only the dense part; the experts stay MXFP4 (4.25 bits) rather than growing to 8 bits.
        ThroughputEstimate fp8 = estimate("h100-sxm", "gpt-oss-120b", Precision.FP8, 1500, 0.3);
        assertThat(fp8.weightBytes()).isLessThan(big.weightBytes()).isGreaterThan(big.weightBytes() * 0.9);
    }

    @Test
    void deepSeekV3AtFp8DoesNotFitEight80GbGpusAndDoesFitEightH200s() {
        // 671e9 bytes of fp8 weights > 8 × 80e9 × 0.9 = 576e9.
        assertThatThrownBy(() -> ThroughputEstimator.estimate(EstimateRequest.of(gpu("h100-sxm"),
                model("deepseek-v3"), Precision.FP8, 1500, 0.3).withGpus(8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(x -> assertThat(((InvalidInputException) x).field()).isEqualTo("gpus"));
        // 671e9 + 1,500 × 35,136 ≤ 8 × 141e9 × 0.9 = 1,015.2e9.
        ThroughputEstimate h200 = ThroughputEstimator.estimate(EstimateRequest.of(gpu("h200"), model("deepseek-v3"),
                Precision.FP8, 1500, 0.3).withGpus(8));
        assertThat(h200.gpusPerReplica()).isEqualTo(8);
        assertThat(h200.weightBytes()).isCloseTo(671e9, within(1.0));
        // Sized by the estimator: sixteen 80 GB GPUs, eight H200s.
        assertThat(estimate("h100-sxm", "deepseek-v3", Precision.FP8, 1500, 0.3).gpusPerReplica()).isEqualTo(16);
        assertThat(estimate("h200", "deepseek-v3", Precision.FP8, 1500, 0.3).gpusPerReplica()).isEqualTo(8);
    }

    @Test
    void aMixtureOfExpertsDecodesFasterThanADenseModelOfTheSameTotalSize() {
        // Qwen3-30B-A3B (30.5B, 3.3B active) against Qwen3-32B (32.8B dense) on one H100 at fp8, one sequence and
        // a full batch alike: the mixture reads a fraction of its experts at small batches and computes 3.3B a
        // token at large ones.
        for (int batch : new int[] {1, 16}) {
            ThroughputEstimate moe = ThroughputEstimator.estimate(EstimateRequest.of(gpu("h100-sxm"),
                    model("qwen3-30b-a3b"), Precision.FP8, 1500, 0.3).withBatch(batch));
            ThroughputEstimate dense = ThroughputEstimator.estimate(EstimateRequest.of(gpu("h100-sxm"),
                    model("qwen3-32b"), Precision.FP8, 1500, 0.3).withBatch(batch));
            assertThat(moe.point().decodePerSecond()).as("batch %d", batch)
                    .isGreaterThan(dense.point().decodePerSecond());
        }
        assertThat(estimate("h100-sxm", "qwen3-30b-a3b", Precision.FP8, 1500, 0.3).tokensPerHourPerGpu())
                .isGreaterThan(estimate("h100-sxm", "qwen3-32b", Precision.FP8, 1500, 0.3).tokensPerHourPerGpu());
    }

    @Test
    void fasterGpusServeMoreWithinEachPrecision() {
        for (Precision p : List.of(Precision.FP16, Precision.FP8)) {
            double l4 = estimate("l4", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            double l40s = estimate("l40s", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            double h100 = estimate("h100-sxm", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            double h200 = estimate("h200", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            double b200 = estimate("b200", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            assertThat(l4).as(p.id()).isLessThan(l40s);
            assertThat(l40s).as(p.id()).isLessThan(h100);
            assertThat(h100).as(p.id()).isLessThan(h200);
            assertThat(h200).as(p.id()).isLessThan(b200);
            double a10g = estimate("a10g", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            double a100 = estimate("a100-80gb", "llama-3.1-8b", p, 1500, 0.3).tokensPerHourPerGpu();
            assertThat(a10g).as(p.id()).isLessThan(a100);
        }
    }
}
