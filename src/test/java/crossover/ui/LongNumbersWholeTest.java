package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.Input;
import crossover.model.Scenario;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A throughput of tens of millions and its range read whole in their fields at 1024 × 700 ("10,400,000", not
 * "10,400,00"): each field is at least as wide as its text in its own font, with its padding.
 */
@ExtendWith(ApplicationExtension.class)
class LongNumbersWholeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aThroughputOfTensOfMillionsAndItsRangeShowEveryDigit(FxRobot robot) throws Exception {
        Scenario base = TestScenarios.typical();
        Scenario wide = Input.with(base, Map.of(Input.TOKENS_PER_HOUR_PER_GPU, 153_000_000.0));
        Uncertainty u = base.uncertainty();
        Scenario ranged = wide.withUncertainty(new Uncertainty(u.samples(), u.seed(),
                Map.of(Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(51_900_000, 215_500_000))));
        AtomicReference<TestWindow> opened = new AtomicReference<>();
        robot.interact(() -> {
            try {
                opened.set(new TestWindow(stage, ranged, 1024, 700,
                        java.util.prefs.Preferences.userRoot().node("crossover-test-" + java.util.UUID.randomUUID())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TestWindow window = opened.get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            String id = "#selfHosted-tokensPerHourPerGpu";
            // A longer number typed in after the window is up widens its field too.
            robot.interact(() -> window.vm.apply(Map.of(Input.TOKENS_PER_HOUR_PER_GPU, 1_530_000_000.0), Map.of(),
                    crossover.ui.explorer.Change.Origin.EDIT));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(id + "-text").queryAs(TextField.class).getText()).isEqualTo("1,530,000,000");
            for (String field : List.of(id + "-text", id + "-range-low", id + "-range-high")) {
                TextField f = robot.lookup(field).queryAs(TextField.class);
                Text measure = new Text(f.getText());
                measure.setFont(f.getFont());
                double needed = measure.getLayoutBounds().getWidth() + f.getPadding().getLeft()
                        + f.getPadding().getRight();
                assertThat(f.getText()).as(field).matches("[\\d,]{10,13}");
                assertThat(f.getWidth()).as("%s \"%s\" needs %.1f px", field, f.getText(), needed)
                        .isGreaterThanOrEqualTo(needed);
            }
        } finally {
            window.close();
        }
    }
}
