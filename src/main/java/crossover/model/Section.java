package crossover.model;

import java.util.ArrayList;
import java.util.List;

/** A section of a scenario file and of the window's inputs, in file order. */
public enum Section {
    WORKLOAD("workload", "Workload"),
    API("api", "API"),
    SELF_HOSTED("selfHosted", "Self-hosted"),
    CLOUD_MANAGED("cloudManaged", "Cloud-managed");

    private final String id;
    private final String title;

    Section(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The key of the section in files, e.g. {@code selfHosted}. */
    public String id() {
        return id;
    }

    /** The heading people read, e.g. "Self-hosted". */
    public String title() {
        return title;
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
