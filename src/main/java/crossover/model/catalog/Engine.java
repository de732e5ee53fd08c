package crossover.model.catalog;

import java.util.Locale;

/**
 * A serving engine the throughput estimator knows, as its current releases run: what it costs per decoding step,
 * how many sequences it schedules at once, and how far its published measurements scatter around the estimate.
 */
public enum Engine {

    /** vLLM's V1 engine (0.10 to 0.19). */
    VLLM("vllm", "vLLM", "0.10–0.19 (V1 engine)", 46.7e-6, 68.1e-6),
    /** SGLang 0.5. */
    SGLANG("sglang", "SGLang", "0.5", 0, 195e-6),
    /** TensorRT-LLM 1.0 to 1.2 (PyTorch backend), and 0.17's engine flow. */
    TRTLLM("trtllm", "TensorRT-LLM", "0.17–1.2", 146e-6, 13.6e-6);

    /**
     * The range around every estimate, as factors of the point: the lowest and highest published ÷ estimated over
     * the calibration's fit and check rows (all engines, rounded outwards), so each of them lies inside its range.
     */
    public static final double LOW_FACTOR = 0.50;
    /** See {@link #LOW_FACTOR}. */
    public static final double HIGH_FACTOR = 1.49;

    /**
     * vLLM's {@code max_num_seqs} on GPUs of at least 70 GiB that are not an A100 ({@code EngineArgs.get_batch_defaults}
     * in {@code vllm/engine/arg_utils.py}, since PR #17073 of 2025-04-23); 256 on every other GPU.
     */
    public static final int VLLM_LARGE_GPU_BATCH = 1024;
    /** vLLM's {@code max_num_seqs} on an A100 and on GPUs under 70 GiB. */
    public static final int VLLM_BATCH = 256;
    /** 70 GiB in bytes: vLLM's threshold for the larger default batch. */
    static final double VLLM_LARGE_GPU_BYTES = 70.0 * (1L << 30);
    /**
     * SGLang's {@code max_running_requests} when memory allows: {@code _resolve_max_num_reqs} in
     * {@code model_runner.py} clamps it to 2048–4096, 2048 unless the KV cache holds four full-length contexts.
     */
    public static final int SGLANG_BATCH = 2048;
    /** TensorRT-LLM's {@code max_batch_size} default ({@code tensorrt_llm/llmapi/llm_args.py}, 1.x). */
    public static final int TRTLLM_BATCH = 2048;

    private final String id;
    private final String label;
    private final String releases;
    private final ThroughputEstimator.Efficiency point;

    /**
     * @param perLayerSeconds    the engine's fixed time per layer per decoding step, fitted
     * @param perSequenceSeconds the engine's time per sequence per decoding step, fitted
     */
    Engine(String id, String label, String releases, double perLayerSeconds, double perSequenceSeconds) {
        this.id = id;
        this.label = label;
        this.releases = releases;
        this.point = ThroughputEstimator.Efficiency.of(perLayerSeconds, perSequenceSeconds);
    }

    /** The name on the command line and in files: {@code vllm}, {@code sglang}, {@code trtllm}. */
    public String id() {
        return id;
    }

    /** The engine's name as people write it: vLLM, SGLang, TensorRT-LLM. */
    public String label() {
        return label;
    }

    /** The releases its figures stand for, e.g. {@code 0.10–0.19 (V1 engine)}. */
    public String releases() {
        return releases;
    }

    /** The calibrated efficiencies and this engine's overheads. */
    public ThroughputEstimator.Efficiency point() {
        return point;
    }

    /** The low end of an estimate's range as a factor of its point. */
    public double lowFactor() {
        return LOW_FACTOR;
    }

    /** The high end of an estimate's range as a factor of its point. */
    public double highFactor() {
        return HIGH_FACTOR;
    }

    /** The most sequences the engine schedules at once on one replica of {@code gpu}, by its defaults. */
    public int maxBatch(GpuSpec gpu) {
        return switch (this) {
            case VLLM -> gpu.memoryGb() * 1e9 >= VLLM_LARGE_GPU_BYTES
                    && !gpu.name().toLowerCase(Locale.ROOT).contains("a100") ? VLLM_LARGE_GPU_BATCH : VLLM_BATCH;
            case SGLANG -> SGLANG_BATCH;
            case TRTLLM -> TRTLLM_BATCH;
        };
    }

    /** The engine named {@code id} (case-insensitive), or null. */
    public static Engine byId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Engine e : values()) {
            if (e.id.equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** The valid names, for messages: {@code vllm, sglang or trtllm}. */
    public static String validIds() {
        return "vllm, sglang or trtllm";
    }
}
