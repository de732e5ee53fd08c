package crossover.model.catalog;

import crossover.model.Check;
import java.util.Objects;

/**
 * A published throughput measurement the estimator is calibrated against.
 *
 * @param batch           concurrent sequences in the benchmark
 * @param inputTokens     prompt tokens per request, or null when the publication does not say
 * @param outputTokens    generated tokens per request, or null when the publication does not say
 * @param tokensPerSecond the figure as published
 * @param measures        which tokens per second the figure counts
 */
public record Measurement(String id, String gpu, int gpuCount, String model, Precision precision, int batch,
        Integer inputTokens, Integer outputTokens, double tokensPerSecond, Measures measures, String engine,
        String source, String asOf, String note) {

    /** What a published tokens-per-second figure counts. */
    public enum Measures {
        /** Output tokens per second while decoding only. */
        DECODE("decode"),
        /** Output tokens per second end to end, prefill included. */
        OUTPUT("output"),
        /** Input and output tokens per second end to end. */
        TOTAL("total");

        private final String id;

        Measures(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Measures byId(String id) {
            for (Measures m : values()) {
                if (m.id.equals(id)) {
                    return m;
                }
            }
            return null;
        }
    }

    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gpu, "gpu");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(source, "source");
        Check.finiteAbove(id + ".gpuCount", gpuCount, 0);
        Check.finiteAbove(id + ".batch", batch, 0);
        Check.finiteAbove(id + ".tokensPerSecond", tokensPerSecond, 0);
    }
}
