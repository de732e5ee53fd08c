package crossover.ui;

import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The sample scenarios bundled from {@code assets/scenarios/}. */
public final class Samples {

    /** One bundled sample: the menu's label and the resource file. */
    public record Sample(String label, String file) {
    }

    public static final List<Sample> ALL = List.of(
            new Sample("Small internal assistant", "1-small-internal-assistant.crossover"),
            new Sample("Regulated workload at scale", "2-regulated-at-scale.crossover"),
            new Sample("Cheap API: no break-even", "3-no-break-even.crossover"),
            new Sample("Zig-zag break-even", "4-zig-zag-break-even.crossover"),
            new Sample("Hybrid: batch on spot GPUs", "5-hybrid-batch-and-growth.crossover"),
            new Sample("Prompt caching flips the answer", "6-prompt-caching-flips-the-answer.crossover"),
            new Sample("Buying the GPUs beats renting them", "7-buying-beats-renting.crossover"));

    private Samples() {
    }

    static Scenario read(Sample sample) throws ScenarioFileException {
        String resource = "/crossover/assets/scenarios/" + sample.file();
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioFileException(sample.file(), "is missing from this build of Crossover.", null);
            }
            return new ScenarioReader().read(sample.file(), in.readAllBytes()).scenario();
        } catch (IOException e) {
            throw new ScenarioFileException(sample.file(), "cannot be read: " + e.getMessage(), e);
        }
    }
}
