package crossover.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The scenario's fields that take one of a few named values; declared once, like {@link Input}. */
public enum Choice implements Field {
    DATA_SENSITIVITY("dataSensitivity", "Data sensitivity",
            "Public, internal or regulated. Regulated data must stay in your perimeter, which rules out the API.",
            Input.LATENCY_SLA_MS, ids(DataSensitivity.values(), DataSensitivity::id),
            s -> s.workload().dataSensitivity().id()),
    OPS_CAPACITY("opsCapacity", "Ops capacity",
            "Who would run GPUs: nobody (rules out self-hosting), a limited team, or a dedicated one.",
            Input.LATENCY_SLA_MS, ids(OpsCapacity.values(), OpsCapacity::id),
            s -> s.workload().opsCapacity().id());

    private final String key;
    private final String label;
    private final String help;
    private final Input after;
    private final List<String> ids;
    private final Function<Scenario, String> read;

    Choice(String key, String label, String help, Input after, List<String> ids, Function<Scenario, String> read) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.after = after;
        this.ids = ids;
        this.read = read;
    }

    @Override
    public Section section() {
        return after.section();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String help() {
        return help;
    }

    @Override
    public int since() {
        return 1;
    }

    /** The numeric input it follows in files and in the window. */
    public Input after() {
        return after;
    }

    /** The ids files use, in order, e.g. {@code public, internal, regulated}. */
    public List<String> ids() {
        return ids;
    }

    /** The scenario's id for this field, e.g. {@code internal}. */
    public String idOf(Scenario s) {
        return read.apply(s);
    }

    /** How a person reads an id: "Internal". */
    public static String display(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
