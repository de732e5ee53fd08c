package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.TestScenarios;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sensitivity tab, headless: a range given with ± leads to a Monte Carlo summary, run in the background. */
@ExtendWith(ApplicationExtension.class)
class SensitivityWindowTest {

    private ScenarioViewModel vm;
    private Preferences node;
    private Path dataDir;

    @Start
    void start(Stage stage) throws IOException {
        node = Preferences.userRoot().node("crossover-test-" + UUID.randomUUID());
        node.putDouble("window.width", 1280);
        node.putDouble("window.height", 800);
        dataDir = Files.createTempDirectory("crossover-sensitivity-test");
        vm = new ScenarioViewModel(TestScenarios.typical(), Platform::runLater);
        AppPreferences prefs = new AppPreferences(node);
        RecordingDialogs dialogs = new RecordingDialogs();
        MainView view = new MainView(vm, new ScenarioDocument(vm, dialogs, prefs, dataDir),
                new ChartExporter(vm, dialogs, prefs), new Appearance(false));
        App.show(stage, view, prefs);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        node.removeNode();
        try (var files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void givingThroughputARangeShowsHowOftenEachOptionIsCheapest(FxRobot robot) throws Exception {
        robot.clickOn("Sensitivity");
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#uncertainty-summary").queryAs(Label.class);
        assertThat(summary.getText()).startsWith("No input has a range yet");

        ToggleButton toggle = robot.lookup("#selfHosted-tokensPerHourPerGpu-range-toggle").queryAs(ToggleButton.class);
        robot.interact(toggle::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("draws"));

        assertThat(vm.scenarioProperty().get().uncertainty().ranges()).containsKey("selfHosted.tokensPerHourPerGpu");
        assertThat(summary.getText()).matches(".* is cheapest in [0-9.]+ % of 10,000 draws.*");
    }
}
