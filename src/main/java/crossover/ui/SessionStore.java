package crossover.ui;

import crossover.io.AppDirs;
import crossover.io.LoadedScenario;
import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.io.ScenarioWriter;
import crossover.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The bundled default scenario and the one the user had open last time (in the data folder). */
public final class SessionStore {

    private final Path lastSession;
    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    public SessionStore(Path dataDir) {
        this.lastSession = dataDir.resolve("last-session.crossover");
    }

    public static SessionStore forUser() {
        return new SessionStore(AppDirs.dataDir());
    }

    /** The scenario a first start shows: the registry's defaults, with their sources in the field tooltips. */
    public static Scenario defaults() {
        return crossover.model.Input.defaults();
    }

    /** The scenario of the last session, if one was saved and still reads. */
    public Optional<Scenario> last() {
        return lastLoaded().map(LoadedScenario::scenario);
    }

    /** The last session as read, with where its inputs came from. */
    public Optional<LoadedScenario> lastLoaded() {
        if (!Files.isRegularFile(lastSession)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(lastSession));
        } catch (ScenarioFileException e) {
            AppDirs.log("ignoring the last session", e);
            return Optional.empty();
        }
    }

    /** Remembers the scenario on screen for the next start. */
    public void saveLast(Scenario scenario) {
        saveLast(scenario, java.util.Map.of());
    }

    /** Remembers the scenario on screen, with where its inputs came from, for the next start. */
    public void saveLast(Scenario scenario, java.util.Map<crossover.model.Input, crossover.model.FieldSource> sources) {
        try {
            Files.createDirectories(lastSession.getParent());
            writer.write(lastSession, scenario, sources);
        } catch (IOException | ScenarioFileException e) {
            AppDirs.log("could not remember the last session", e);
        }
    }

    /** Forgets the last session: the next start shows the defaults. */
    public void forget() {
        try {
            Files.deleteIfExists(lastSession);
        } catch (IOException e) {
            AppDirs.log("could not forget the last session", e);
        }
    }

    /** Reads a file the user asked to open. */
    public LoadedScenario open(Path file) throws ScenarioFileException {
        return reader.read(file);
    }
}
