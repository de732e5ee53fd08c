package crossover.model.catalog;

import crossover.model.Check;
import crossover.model.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * A published throughput measurement the estimator is calibrated against or checked on, with the conditions it was
 * measured under.
 *
 * @param engineVersion    the release the publication names
 * @param gpuCount         GPUs of the replica measured (one serving instance)
 * @param inputTokens      prompt tokens per request (the mean where lengths vary), or null when not published
 * @param outputTokens     generated tokens per request, or null when not published
 * @param concurrency      requests the client kept in flight, or null when it sent them all at once
 * @param engineBatchLimit the engine's limit on running sequences where the run set one, or null for its default
 * @param tokensPerSecond  the figure as published
 * @param per              what the figure is per: one GPU, the whole replica, or one sequence
 * @param measures         which tokens per second the figure counts
 * @param latencyLimit     the latency limit the figure was held to, or null for none
 * @param role             whether the estimator was fitted on it, checked on it, or it is left out
 * @param reason           why it is left out (required for {@link Role#EXCLUDED})
 */
public record Measurement(String id, Engine engine, String engineVersion, String gpu, int gpuCount, String model,
        Precision precision, Integer inputTokens, Integer outputTokens, Integer concurrency, Integer engineBatchLimit,
        double tokensPerSecond, Per per, Measures measures, String latencyLimit, Role role, String reason,
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

    /** What a published figure is per. */
    public enum Per {
        GPU, REPLICA, SEQUENCE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Per byId(String id) {
            for (Per p : values()) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The part of the calibration a measurement belongs to. */
    public enum Role {
        /** The efficiencies and overheads were fitted on it. */
        FIT,
        /** Held out: the estimate was checked on it, never fitted on it. */
        CHECK,
        /** Outside what the estimator models; shown with the reason, neither fitted nor checked. */
        EXCLUDED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role byId(String id) {
            for (Role r : values()) {
                if (r.id().equals(id)) {
                    return r;
                }
            }
            return null;
        }
    }

    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(gpu, "gpu");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        Check.finiteAbove(id + ".gpuCount", gpuCount, 0);
        Check.finiteAbove(id + ".tokensPerSecond", tokensPerSecond, 0);
        if (concurrency != null) {
            Check.finiteAbove(id + ".concurrency", concurrency, 0);
        }
        if (engineBatchLimit != null) {
            Check.finiteAbove(id + ".engineBatchLimit", engineBatchLimit, 0);
        }
        if (per == Per.SEQUENCE && concurrency == null) {
            throw Check.invalid(id + ".concurrency", "given for a figure per sequence", 0);
        }
        if (role == Role.EXCLUDED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(id + ".reason", "a sentence saying why",
                    id + ".reason: an excluded measurement says why it is left out.");
        }
    }

    /** The figure for the whole replica: per GPU × GPUs, per sequence × sequences, or as published. */
    public double perReplica() {
        return switch (per) {
            case GPU -> tokensPerSecond * gpuCount;
            case SEQUENCE -> tokensPerSecond * concurrency;
            case REPLICA -> tokensPerSecond;
        };
    }
}
