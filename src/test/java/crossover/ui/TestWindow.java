package crossover.ui;

import crossover.model.Scenario;
import crossover.ui.explorer.ScenarioViewModel;
import crossover.ui.task.FxTaskExecutor;
import crossover.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The real window for GUI tests, at 1280 × 800 unless told otherwise, with throw-away
 * preferences and data folder, a scripted DialogService and its own workers; {@link #close()} removes what it made.
 */
final class TestWindow {

    final ScenarioViewModel vm;
    final MainView view;
    final Appearance appearance;
    final RecordingDialogs dialogs = new RecordingDialogs();
    /** Unexpected failures of background work (the app's log file stays untouched); {@link #close()} fails on one. */
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final TaskExecutor tasks = new FxTaskExecutor((what, failure) -> {
        failures.add(failure);
        return "";
    });
    private final Preferences node;
    private final Path dataDir;

    TestWindow(Stage stage, Scenario scenario) throws IOException {
        this(stage, scenario, 1280, 800, Preferences.userRoot().node("crossover-test-" + UUID.randomUUID()));
    }

    /** A window of another size, keeping its preferences in {@code node} (another window may share it). */
    TestWindow(Stage stage, Scenario scenario, double width, double height, Preferences node) throws IOException {
        this(stage, scenario, width, height, node, true);
    }

    /**
     * @param completeNow whether to add the inputs below the fold at once (tests look them up straight away), or
     *                    after the first frame, as the app does
     */
    TestWindow(Stage stage, Scenario scenario, double width, double height, Preferences node, boolean completeNow)
            throws IOException {
        this.node = node;
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        dataDir = Files.createTempDirectory("crossover-window-test");
        vm = new ScenarioViewModel(scenario, Platform::runLater);
        appearance = new Appearance(false);
        AppPreferences prefs = new AppPreferences(node);
        view = App.compose(stage, vm, dialogs, prefs, dataDir, appearance, tasks);
        App.show(stage, view, prefs);
        if (completeNow) {
            view.completeNow();
        }
    }

    /** The preferences the window reads and writes. */
    AppPreferences prefs() {
        return new AppPreferences(node);
    }

    void close() throws BackingStoreException, IOException {
        tasks.shutdown();
        if (node.nodeExists("")) {
            node.removeNode();
        }
        try (var files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("background work failed unexpectedly", failures.get(0));
        }
    }
}
