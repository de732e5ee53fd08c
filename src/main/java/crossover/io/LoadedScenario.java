package crossover.io;

import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A scenario read from a file, with what the reader had to assume.
 *
 * @param scenario     the validated scenario
 * @param fileVersion  the format version the file declared
 * @param defaultsUsed each optional field the file lacked, with the default it was given
 * @param sources      where inputs came from (catalog picks, estimates), by input; empty for most files
 */
public record LoadedScenario(Scenario scenario, int fileVersion, List<String> defaultsUsed,
        Map<Input, FieldSource> sources) {

    public LoadedScenario {
        defaultsUsed = List.copyOf(defaultsUsed);
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }
}
