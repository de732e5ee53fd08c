package crossover.model.catalog;

import java.util.Locale;

/**
 * How a model's weights (and KV cache) are stored, and so how many bytes each decoding step reads.
 * int4 is weight-only quantisation with one fp16 scale per group of 128 weights (as AWQ and GPTQ ship it) and
 * an fp16 KV cache; fp8 stores weights and KV cache in 8 bits and computes on FP8 tensor cores where the GPU has
 * them; fp4 is NVFP4 (4-bit values with one FP8 scale per 16: "8 packed FP4 bytes plus one FP8 scale byte, or 9
 * bytes" for 16 values, NVIDIA's cuTile NVFP4 tutorial) with an FP8 KV cache, on FP4 tensor cores only.
 */
public enum Precision {
    FP16("fp16", 2.0, 2.0),
    FP8("fp8", 1.0, 1.0),
    INT4("int4", 0.5 + 2.0 / 128, 2.0),
    FP4("fp4", 9.0 / 16, 1.0);

    private final String id;
    private final double bytesPerWeight;
    private final double kvBytesPerValue;

    Precision(String id, double bytesPerWeight, double kvBytesPerValue) {
        this.id = id;
        this.bytesPerWeight = bytesPerWeight;
        this.kvBytesPerValue = kvBytesPerValue;
    }

    /** The name in files and on the command line: {@code fp16}, {@code fp8}, {@code int4}, {@code fp4}. */
    public String id() {
        return id;
    }

    /** Bytes one weight takes in memory, scales included. */
    public double bytesPerWeight() {
        return bytesPerWeight;
    }

    /** Bytes one cached key or value element takes. */
    public double kvBytesPerValue() {
        return kvBytesPerValue;
    }

    /** The precision named {@code id} (case-insensitive; bf16 counts as fp16), or null. */
    public static Precision byId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        if (key.equals("bf16")) {
            return FP16;
        }
        for (Precision p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The valid names, for messages: {@code fp16, fp8, int4 or fp4}. */
    public static String validIds() {
        return "fp16, fp8, int4 or fp4";
    }
}
