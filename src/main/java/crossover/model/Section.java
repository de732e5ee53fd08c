package crossover.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of a scenario file and of the window's inputs, in file order. A required section is in every scenario;
 * an optional one only in scenarios that have what it describes (owned hardware), and only in files of its version
 * or later.
 */
public enum Section {
    WORKLOAD("workload", "Workload", false, 1),
    API("api", "API", false, 1),
    SELF_HOSTED("selfHosted", "Self-hosted", false, 1),
    CLOUD_MANAGED("cloudManaged", "Cloud-managed", false, 1),
    /** Owning the GPUs (COST-MODEL.md, version 4): present, it adds the option {@code on-prem}. */
    ON_PREM("onPrem", "On-prem", true, 4);

    private final String id;
    private final String title;
    private final boolean optional;
    private final int since;

    Section(String id, String title, boolean optional, int since) {
        this.id = id;
        this.title = title;
        this.optional = optional;
        this.since = since;
    }

    /** The key of the section in files, e.g. {@code selfHosted}. */
    public String id() {
        return id;
    }

    /** The heading people read, e.g. "Self-hosted". */
    public String title() {
        return title;
    }

    /** Whether a scenario may leave it out; a scenario that does has none of its fields. */
    public boolean optional() {
        return optional;
    }

    /** The file version that introduced it; older files never contain it. */
    public int since() {
        return since;
    }

    /** The section whose key in files is {@code id}. */
    public static java.util.Optional<Section> byId(String id) {
        for (Section s : values()) {
            if (s.id.equals(id)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** The section's fields in file order: its numbers in declaration order, each choice after the input it follows. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Input input : Input.values()) {
            if (input.section() != this) {
                continue;
            }
            fields.add(input);
            for (Choice choice : Choice.values()) {
                if (choice.after() == input) {
                    fields.add(choice);
                }
            }
        }
        return List.copyOf(fields);
    }

    /** The section's numeric inputs, in file order. */
    public List<Input> inputs() {
        return fields().stream().filter(Input.class::isInstance).map(Input.class::cast).toList();
    }
}
