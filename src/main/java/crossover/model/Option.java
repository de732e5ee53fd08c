package crossover.model;

import java.util.Arrays;
import java.util.Optional;

/** The ways of running the model, with the ids used in files, JSON and CSV. */
public enum Option {
    API_INFERENCE("api-inference", "API inference", "API inference", 0),
    SELF_HOSTED("self-hosted", "Self-hosted", "self-hosting", 3),
    CLOUD_MANAGED("cloud-managed", "Cloud-managed", "cloud-managed", 1),
    /** Real-time traffic on the API, batch work on self-hosted spot GPUs (only when there is a batch share). */
    HYBRID("hybrid", "Hybrid", "hybrid", 2),
    /** Owned GPUs, amortised (only when the scenario has an {@code onPrem} section). */
    ON_PREM("on-prem", "On-prem", "owning the GPUs", 4);

    private final String id;
    private final String label;
    private final String noun;
    private final int opsRank;

    Option(String id, String label, String noun, int opsRank) {
        this.id = id;
        this.label = label;
        this.noun = noun;
        this.opsRank = opsRank;
    }

    /** How the option is named inside a sentence: {@code API inference}, {@code self-hosting}, {@code owning the GPUs}. */
    public String noun() {
        return noun;
    }

    /** The stable id, e.g. {@code self-hosted}. */
    public String id() {
        return id;
    }

    /** The name a person reads, e.g. {@code Self-hosted}. */
    public String label() {
        return label;
    }

    /** Lower means less operational work; it breaks cost ties (COST-MODEL.md, recommendation step 3). */
    public int opsRank() {
        return opsRank;
    }

    public static Optional<Option> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }
}
