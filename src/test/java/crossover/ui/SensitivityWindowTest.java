package crossover.ui;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.TestScenarios;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
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

    private TestWindow window;
    private ScenarioViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        window = new TestWindow(stage, TestScenarios.typical());
        vm = window.vm;
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
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

        assertThat(vm.scenarioProperty().get().uncertainty().ranges()).containsKey(Input.TOKENS_PER_HOUR_PER_GPU);
        assertThat(summary.getText()).matches(".* is cheapest in (all|[0-9.]+ % of) 10,000 draws.*");
    }
}
