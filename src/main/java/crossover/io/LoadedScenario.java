package crossover.io;

import crossover.model.Scenario;
import java.util.List;

/**
 * A scenario read from a file, with what the reader had to assume.
 *
 * @param scenario     the validated scenario
 * @param fileVersion  the format version the file declared
 * @param defaultsUsed each optional field the file lacked, with the default it was given
 */
public record LoadedScenario(Scenario scenario, int fileVersion, List<String> defaultsUsed) {

    public LoadedScenario {
        defaultsUsed = List.copyOf(defaultsUsed);
    }
}
