package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import crossover.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame comes without the inputs below the fold (self-hosted, cloud-managed, owned hardware);
 * they follow once it is on screen, in their place and showing the values of the scenario on screen, also when
 * a file was opened before they came (a file named on the command line, a restored session).
 */
@ExtendWith(ApplicationExtension.class)
class InputsBelowTheFoldTest {

    private TestWindow window;
    private boolean gpuPickerAtShow;
    private boolean requestsFieldAtShow;
    private boolean apiPickerAtShow;
    private volatile Boolean gpuPickerInFirstFramePulse;

    @Start
    void start(Stage stage) throws Exception {
        window = new TestWindow(stage, crossover.model.Input.defaults(), 1280, 800,
                Preferences.userRoot().node("crossover-test-" + UUID.randomUUID()), false);
        // A file opened before the sections below the fold exist.
        Scenario opened = new ScenarioReader().read(Path.of("assets", "scenarios", "2-regulated-at-scale.crossover"))
                .scenario();
        window.vm.replace(opened);
        // What the first frame is made of: the window as shown, before any pulse ...
        gpuPickerAtShow = window.view.lookup("#pick-gpu") != null;
        requestsFieldAtShow = window.view.lookup("#workload-dailyRequests-text") != null;
        apiPickerAtShow = window.view.lookup("#pick-api") != null;
        // ... and on the pulse that renders it (this timer runs after the window's own, started by App.show).
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                gpuPickerInFirstFramePulse = window.view.lookup("#pick-gpu") != null;
            }
        }.start();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theSectionsBelowTheFoldFollowTheFirstFrameInTheirPlaceWithTheScenariosValues(FxRobot robot)
            throws Exception {
        assertThat(requestsFieldAtShow).as("workload inputs in the first frame").isTrue();
        assertThat(apiPickerAtShow).as("API inputs in the first frame").isTrue();
        assertThat(gpuPickerAtShow).as("self-hosted inputs in the first frame").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gpuPickerInFirstFramePulse != null);
        assertThat(gpuPickerInFirstFramePulse).as("self-hosted inputs on the pulse that renders the first frame")
                .isFalse();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.view.lookup("#pick-gpu") != null);
        WaitForAsyncUtils.waitForFxEvents();

        TextField gpuPrice = robot.lookup("#selfHosted-gpuHourlyPrice-text").queryAs(TextField.class);
        assertThat(gpuPrice.getText()).isEqualTo("4");
        TextField cloudSetup = robot.lookup("#cloudManaged-setupCost-text").queryAs(TextField.class);
        assertThat(cloudSetup.getText()).isEqualTo("20,000");
        List<String> sections = robot.lookup(".section-title").queryAllAs(Label.class).stream()
                .filter(InputsBelowTheFoldTest::shown).sorted((a, b) -> Double.compare(y(a), y(b))).map(Label::getText).toList();
        assertThat(sections).containsExactly("Workload", "API", "Self-hosted", "Cloud-managed");
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double y(Node n) {
        return n.localToScene(n.getBoundsInLocal()).getMinY();
    }
}
