package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.Input;
import crossover.model.TestScenarios;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error that comes after a warning at the same field is shown as an error, not in the warning's colour. */
@ExtendWith(ApplicationExtension.class)
class WarningThenErrorTest {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 30_000, 1_500));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theMessageLineTakesTheWarningsStyleOnlyWhileItShowsTheWarning(FxRobot robot) {
        Input requests = Input.DAILY_REQUESTS;
        double implausible = requests.plausibleMax().getAsDouble() * 10;
        robot.interact(() -> window.vm.number(requests).set(implausible));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#workload-dailyRequests .input-error").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Unusually high");
        assertThat(message.getPseudoClassStates()).contains(WARNING);

        // A value the model refuses, while the warning for the last valid value stays.
        robot.interact(() -> window.vm.number(requests).set(-5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.vm.warningProperty(requests).get()).isNotEmpty();
        assertThat(message.getText()).startsWith("Must be");
        assertThat(message.getPseudoClassStates()).doesNotContain(WARNING);

        // Back to the implausible value, then a typed text that is no number.
        robot.interact(() -> window.vm.number(requests).set(implausible));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getPseudoClassStates()).contains(WARNING);
        TextField field = robot.lookup("#workload-dailyRequests-text").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText("abc");
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).isNotEmpty().doesNotStartWith("Unusually high");
        assertThat(message.getPseudoClassStates()).doesNotContain(WARNING);
    }
}
