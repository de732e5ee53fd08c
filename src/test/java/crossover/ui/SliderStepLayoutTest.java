package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.Input;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
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
 * What keeps a slider step cheap in software rendering, checked without timing anything (the figures are in
 * {@code ChartRepaintBenchmark}): a moved slider and its new number lay out themselves alone, not the inputs
 * column (a scroll pane measures all of its content again whenever anything inside asks for a layout), and the
 * scroll panes whose content changes on every step keep no bitmap cache of their viewport (any change inside
 * rebuilt the whole cache).
 */
@ExtendWith(ApplicationExtension.class)
class SliderStepLayoutTest {

    private TestWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new TestWindow(stage, Input.defaults());
    }

    @AfterEach
    void close() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void aSliderStepLaysOutTheSliderAndItsFieldButNotTheInputsColumn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane inputs = (ScrollPane) window.view.lookup("#inputs");
        Slider slider = (Slider) window.view.lookup("#workload-dailyRequests-slider");
        TextField field = (TextField) window.view.lookup("#workload-dailyRequests-text");
        AtomicReference<String> before = new AtomicReference<>();
        AtomicReference<String> after = new AtomicReference<>();
        AtomicBoolean columnNeedsLayout = new AtomicBoolean();
        AtomicBoolean sliderNeedsLayout = new AtomicBoolean();
        robot.interact(() -> {
            assertThat(inputs.isNeedsLayout()).as("laid out before the step").isFalse();
            before.set(field.getText());
            slider.setValue(slider.getValue() + 0.05);
            after.set(field.getText());
            columnNeedsLayout.set(inputs.isNeedsLayout());
            sliderNeedsLayout.set(slider.isNeedsLayout());
        });
        assertThat(after.get()).as("the step changed the number").isNotEqualTo(before.get());
        assertThat(sliderNeedsLayout.get()).as("the slider lays out its moved thumb").isTrue();
        assertThat(columnNeedsLayout.get()).as("the inputs column is not laid out again").isFalse();
    }

    @Test
    void theScrollPanesWhoseContentChangesOnEveryStepKeepNoViewportCache(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ScrollPane> panes = window.view.lookupAll(".scroll-pane").stream()
                .filter(n -> n.getId() != null && n.getId().equals("inputs") || n.getStyleClass().contains("card-scroll"))
                .map(ScrollPane.class::cast).toList();
        assertThat(panes).as("the inputs column and the two cards under the chart").hasSize(3);
        for (ScrollPane pane : panes) {
            Node viewport = pane.lookup(".viewport");
            assertThat(viewport).isNotNull();
            assertThat(viewport.isCache()).as("viewport of " + pane.getStyleClass()).isFalse();
        }
    }
}
