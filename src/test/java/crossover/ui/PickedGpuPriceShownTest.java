package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.TestScenarios;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A picked GPU whose name and price do not fit the picker keeps its price in view, the name shortened inside. */
@ExtendWith(ApplicationExtension.class)
class PickedGpuPriceShownTest {

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 30_000, 1_500), 1024, 700,
                Preferences.userRoot().node("crossover-test-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theLongestGpuNameIsShortenedInTheMiddleAndItsPriceStaysWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.view.catalog().gpus().isEmpty());
        ComboBox<?> box = robot.lookup("#pick-gpu-box").queryAs(ComboBox.class);
        robot.interact(box::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(box);
        robot.write("MI300X");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> cell = box.getButtonCell();
        String full = cell.getText();
        Node text = cell.lookup(".text");
        String shown = ((Text) text).getText();
        assertThat(full).startsWith("AMD Instinct MI300X").endsWith("/h");
        assertThat(shown).as("the picker is narrower than \"%s\" at 1024×700", full).isNotEqualTo(full).contains(cell.getEllipsisString());
        assertThat(shown).startsWith("AMD").endsWith(full.substring(full.lastIndexOf('$')));
    }
}
