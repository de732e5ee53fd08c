package crossover.model;

/** How sensitive the data sent to the model is. */
public enum DataSensitivity {
    PUBLIC("public"),
    INTERNAL("internal"),
    /** Data must stay inside the perimeter: rules out the API. */
    REGULATED("regulated");

    private final String id;

    DataSensitivity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
