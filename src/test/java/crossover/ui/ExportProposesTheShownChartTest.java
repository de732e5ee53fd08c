package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.export.ExportChart;
import crossover.model.Input;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export… from the window proposes the chart on screen: the cost curves, the timeline, the tornado or the setup scatter. */
@ExtendWith(ApplicationExtension.class)
class ExportProposesTheShownChartTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void exportOpensItsDialogOnTheChartOfTheTabOnScreen(FxRobot robot) throws Exception {
        AtomicReference<TestWindow> opened = new AtomicReference<>();
        robot.interact(() -> {
            try {
                opened.set(new TestWindow(stage, Input.defaults()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TestWindow window = opened.get();
        try {
            TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
            for (int tab : new int[] {1, 2, 3, 0}) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                robot.interact(tabs::requestFocus);
                robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(window.dialogs.exportsAsked)
                    .containsExactly(ExportChart.TIMELINE, ExportChart.TORNADO, ExportChart.SETUP, ExportChart.COSTS);
        } finally {
            window.close();
        }
    }
}
