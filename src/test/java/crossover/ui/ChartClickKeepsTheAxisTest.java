package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartGeometry;
import crossover.chart.ChartSpec;
import crossover.model.Input;
import crossover.ui.explorer.ChartView;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A click or drag on the cost chart sets today's volume and never re-ranges the axis under the pointer. */
@ExtendWith(ApplicationExtension.class)
class ChartClickKeepsTheAxisTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void clicksAndDragsUpToTheEdgesKeepTheAxisAndAClickInsideSetsTheVolumeUnderThePointer(FxRobot robot)
            throws Exception {
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
            ChartView chart = window.view.chart();
            ChartGeometry geo = chart.geometry();
            ChartSpec before = window.vm.chartProperty().get();
            double y = geo.plot().getCenterY();

            // A click in the plot's middle: the volume under the pointer (to three significant figures of requests).
            double middle = geo.plot().getCenterX();
            click(robot, chart, middle, y);
            assertThat(window.vm.chartProperty().get().today().tokens())
                    .isCloseTo(geo.tokensAt(middle), Percentage.withPercentage(0.6));
            assertAxis(window, before);

            // Next to each edge, and a drag along the plot to either edge: the axis holds.
            for (double x : new double[] {geo.plot().getMaxX() - 2, geo.plot().getMinX() + 2}) {
                click(robot, chart, x, y);
                assertAxis(window, before);
                double today = window.vm.chartProperty().get().today().tokens();
                assertThat(today).isBetween(before.minTokens(), before.maxTokens());
            }
            Point2D from = chart.localToScreen(middle, y);
            robot.moveTo(from).press(MouseButton.PRIMARY);
            for (double x = middle; x < geo.plot().getMaxX() + 40; x += 25) {
                robot.moveTo(chart.localToScreen(x, y));
                WaitForAsyncUtils.waitForFxEvents();
                assertAxis(window, before);
            }
            robot.release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertAxis(window, before);
        } finally {
            window.close();
        }
    }

    private static void click(FxRobot robot, ChartView chart, double x, double y) {
        robot.moveTo(chart.localToScreen(x, y)).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertAxis(TestWindow window, ChartSpec before) {
        ChartSpec now = window.vm.chartProperty().get();
        assertThat(now.minTokens()).as("left edge").isEqualTo(before.minTokens());
        assertThat(now.maxTokens()).as("right edge").isEqualTo(before.maxTokens());
    }
}
