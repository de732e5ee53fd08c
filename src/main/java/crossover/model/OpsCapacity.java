package crossover.model;

/** How much operations capacity the team has to run GPUs itself. */
public enum OpsCapacity {
    /** Nobody to run a cluster: rules out self-hosting. */
    NONE("none"),
    LIMITED("limited"),
    DEDICATED("dedicated");

    private final String id;

    OpsCapacity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
