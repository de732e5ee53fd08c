package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.CostEngine;
import crossover.model.Input;
import crossover.model.Scenario;
import crossover.model.TestScenarios;
import crossover.model.setup.SetupRow;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Cheapest setup tab, headless: rows for the scenario, "Use this setup" as one undo step. */
@ExtendWith(ApplicationExtension.class)
class SetupWindowTest {

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
    @SuppressWarnings("unchecked")
    void usingARowWritesItsPriceAndThroughputAndUndoRestoresThem(FxRobot robot) throws Exception {
        robot.clickOn("Cheapest setup");
        TableView<SetupRow> table = robot.lookup("#setup-table").queryAs(TableView.class);
        // The catalogs are read in the background: rows come once they are.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(robot.lookup("#setup-sentence").queryAs(Label.class).getText())
                .startsWith("Cheapest setup meeting the targets: Llama 3.3 70B at ");
        Scenario before = vm.scenarioProperty().get();

        // The third row, so that the choice is not simply the first one shown.
        SetupRow row = table.getItems().get(2);
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#use-setup");
        WaitForAsyncUtils.waitForFxEvents();

        Scenario after = vm.scenarioProperty().get();
        assertThat(after.selfHosted().gpuHourlyPrice()).isEqualTo(row.setup().gpu().hourlyPrice());
        assertThat(after.selfHosted().tokensPerHourPerGpu()).isEqualTo(row.setup().tokensPerHourPerGpu());
        assertThat(after.selfHosted().gpusPerReplica()).isEqualTo(row.setup().gpusPerReplica());
        assertThat(CostEngine.evaluate(after).cost(row.option()).horizonTotal()).isEqualTo(row.horizonTotal());
        assertThat(window.view.catalog().sources()).containsKeys(Input.GPU_HOURLY_PRICE,
                Input.TOKENS_PER_HOUR_PER_GPU, Input.GPUS_PER_REPLICA);

        robot.clickOn("Edit").clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario undone = vm.scenarioProperty().get();
        assertThat(undone.selfHosted()).isEqualTo(before.selfHosted());
        assertThat(undone.uncertainty()).isEqualTo(before.uncertainty());
    }
}
