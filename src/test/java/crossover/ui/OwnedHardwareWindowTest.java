package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.Option;
import crossover.model.TestScenarios;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Owned hardware as a person meets it, headless: added with a click, removed with another, brought back by Undo. */
@ExtendWith(ApplicationExtension.class)
class OwnedHardwareWindowTest {

    private TestWindow window;
    private ScenarioViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 300_000, 1_500));
        vm = window.vm;
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    private boolean shown(FxRobot robot, String id) {
        // Shown only if it and every node it sits in are visible.
        Node n = robot.lookup(id).tryQuery().orElse(null);
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return robot.lookup(id).tryQuery().isPresent();
    }

    private boolean chartHasOnPrem() {
        return vm.chartProperty().get().series().stream().anyMatch(s -> s.option() == Option.ON_PREM);
    }

    private void scrollInputsToTheEnd(FxRobot robot) {
        ScrollPane inputs = robot.lookup("#inputs").queryAs(ScrollPane.class);
        robot.interact(() -> inputs.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addingShowsItsInputsCurveAndPaybackRemovingTakesThemAwayAndUndoBringsThemBack(FxRobot robot) {
        assertThat(shown(robot, "#onPrem-gpuPurchasePrice")).isFalse();
        assertThat(chartHasOnPrem()).isFalse();

        scrollInputsToTheEnd(robot);
        robot.clickOn("#add-owned-hardware");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#onPrem-gpuPurchasePrice")).isTrue();
        assertThat(shown(robot, "#add-owned-hardware")).isFalse();
        assertThat(chartHasOnPrem()).isTrue();
        robot.clickOn("Timeline");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#payback-summary").queryAs(Label.class).getText()).contains("owning the GPUs");
        // The cash timeline marks the month the GPUs are bought.
        assertThat(vm.timelineProperty().get().purchases()).isNotEmpty();

        scrollInputsToTheEnd(robot);
        robot.clickOn("#remove-owned-hardware");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#onPrem-gpuPurchasePrice")).isFalse();
        assertThat(shown(robot, "#add-owned-hardware")).isTrue();
        assertThat(chartHasOnPrem()).isFalse();
        assertThat(robot.lookup("#payback-summary").queryAs(Label.class).getText()).doesNotContain("owning the GPUs");
        assertThat(vm.timelineProperty().get().purchases()).isEmpty();

        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#onPrem-gpuPurchasePrice")).isTrue();
        assertThat(chartHasOnPrem()).isTrue();
    }
}
