package crossover.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import org.junit.jupiter.api.Test;

/** The engines' batch limits against their published defaults, and their names. */
class EngineTest {

    private static final Catalog CATALOG = CatalogReader.bundled();

    private static int cap(Engine e, String gpu) {
        return e.maxBatch(CATALOG.gpu(gpu).orElseThrow());
    }

    /**
     * vLLM's {@code EngineArgs.get_batch_defaults} ({@code vllm/engine/arg_utils.py}): {@code max_num_seqs} 1024
     * when {@code device_memory >= 70 * GiB_bytes and "a100" not in device_name}, else 256.
     */
    @Test
    void vllmAllowsMoreSequencesOnLargeGpusExceptTheA100() {
        assertThat(cap(Engine.VLLM, "h100-sxm")).isEqualTo(1024);
        assertThat(cap(Engine.VLLM, "h200")).isEqualTo(1024);
        assertThat(cap(Engine.VLLM, "mi300x")).isEqualTo(1024);
        assertThat(cap(Engine.VLLM, "a100-80gb")).isEqualTo(256);
        assertThat(cap(Engine.VLLM, "l40s")).isEqualTo(256);
        assertThat(cap(Engine.VLLM, "l4")).isEqualTo(256);
    }

    /** SGLang's {@code max_running_requests} floor of 2048 and TensorRT-LLM's {@code max_batch_size} default of 2048. */
    @Test
    void sglangAndTensorRtLlmScheduleUpTo2048Sequences() {
        for (String gpu : new String[] {"l4", "a100-80gb", "h100-sxm", "mi300x"}) {
            assertThat(cap(Engine.SGLANG, gpu)).as(gpu).isEqualTo(2048);
            assertThat(cap(Engine.TRTLLM, gpu)).as(gpu).isEqualTo(2048);
        }
    }

    @Test
    void enginesAreNamedOnTheCommandLineCaseInsensitively() {
        assertThat(Engine.byId("vllm")).isEqualTo(Engine.VLLM);
        assertThat(Engine.byId(" SGLang ")).isEqualTo(Engine.SGLANG);
        assertThat(Engine.byId("TRTLLM")).isEqualTo(Engine.TRTLLM);
        assertThat(Engine.byId("tensorrt")).isNull();
        assertThat(Engine.byId(null)).isNull();
    }
}
