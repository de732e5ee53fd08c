package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.TestScenarios;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Focus is visible on every kind of control, in both themes: the pixels around a control change, all the way
 * round it, when it takes the focus (issue 13, item 10).
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {

    /** Around the control, where a ring outside it is drawn. */
    private static final int MARGIN = 6;
    /** A channel must move this much (of 1) for a pixel to count as changed: a ring, not anti-aliasing noise. */
    private static final double CHANGED = 0.2;
    /** How much of the control's outline the changed pixels must cover, so a tint in one corner does not pass. */
    private static final double ALL_ROUND = 0.9;

    private TestWindow window;

    /** One kind of control: where to find it, and what the ring goes round (the slider's thumb, else itself). */
    private record Kind(String name, String query, String ringAround) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("slider", "#workload-dailyRequests-slider", ".thumb"),
            new Kind("± range toggle", "#workload-dailyRequests-range-toggle", null),
            new Kind("choice bar, unselected", "#estimate-precision-fp8", null),
            new Kind("choice bar, selected", "#estimate-precision-fp16", null),
            new Kind("catalog picker", "#pick-gpu-box", null),
            new Kind("text field", "#workload-dailyRequests-text", null),
            new Kind("toolbar button", "#open", null),
            new Kind("toolbar toggle", "#log-cost", null),
            new Kind("tabs", "#chart-tabs", ".tab:selected"));

    @Start
    void start(Stage stage) throws IOException {
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 30_000, 1_500));
    }

    @AfterEach
    void close() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void everyKindOfControlShowsARingAllRoundWhenFocusedInTheLightTheme(FxRobot robot) {
        assertEveryKindShowsFocus(robot, false);
    }

    @Test
    void everyKindOfControlShowsARingAllRoundWhenFocusedInTheDarkTheme(FxRobot robot) {
        assertEveryKindShowsFocus(robot, true);
    }

    private void assertEveryKindShowsFocus(FxRobot robot, boolean dark) {
        robot.interact(() -> window.appearance.darkProperty().set(dark));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ToggleButton) robot.lookup("#estimate-precision-fp16").query()).isSelected())
                .as("the selected pill of the test is the selected one").isTrue();
        List<String> invisible = new ArrayList<>();
        for (Kind kind : KINDS) {
            Node control = robot.lookup(kind.query()).query();
            Node around = kind.ringAround() == null ? control : control.lookup(kind.ringAround());
            // Focus first, so the inputs have scrolled the control into view; then away, to a control far off
            // and outside the scrolled inputs, so nothing moves between the two pictures.
            Node elsewhere = robot.lookup(kind.query().equals("#chart-tabs") ? "#open" : "#chart-tabs").query();
            robot.interact(control::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(holdsFocus(control)).as(kind.name() + " takes focus")
                    .isTrue();
            Bounds where = around.localToScene(around.getLayoutBounds());
            WritableImage focused = picture(where);
            robot.interact(elsewhere::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(holdsFocus(control)).as(kind.name() + " lets focus go")
                    .isFalse();
            WritableImage unfocused = picture(where);

            Bounds b = around.getLayoutBounds();
            double outline = 2 * (b.getWidth() + b.getHeight());
            int changed = changedPixels(focused, unfocused);
            if (changed < ALL_ROUND * outline) {
                invisible.add(String.format("%s (%d of %.0f pixels of outline changed)", kind.name(), changed, outline));
            }
        }
        assertThat(invisible).as("controls whose focus does not show in the %s theme", dark ? "dark" : "light")
                .isEmpty();
    }

    /** Whether the focus is on the control or inside it (the catalog picker passes it to its search field). */
    private static boolean holdsFocus(Node control) {
        for (Node n = control.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
        }
        return false;
    }

    /** The window as drawn, cut to a place in it and a margin round it. */
    private WritableImage picture(Bounds b) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            WritableImage all = window.view.getScene().getRoot().snapshot(null, null);
            int x0 = Math.max(0, (int) Math.floor(b.getMinX()) - MARGIN);
            int y0 = Math.max(0, (int) Math.floor(b.getMinY()) - MARGIN);
            int x1 = Math.min((int) all.getWidth(), (int) Math.ceil(b.getMaxX()) + MARGIN);
            int y1 = Math.min((int) all.getHeight(), (int) Math.ceil(b.getMaxY()) + MARGIN);
            image.set(new WritableImage(all.getPixelReader(), x0, y0, x1 - x0, y1 - y0));
        });
        return image.get();
    }

    private static int changedPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                Color p = ra.getColor(x, y);
                Color q = rb.getColor(x, y);
                double d = Math.max(Math.abs(p.getRed() - q.getRed()),
                        Math.max(Math.abs(p.getGreen() - q.getGreen()), Math.abs(p.getBlue() - q.getBlue())));
                if (d >= CHANGED) {
                    n++;
                }
            }
        }
        return n;
    }
}
