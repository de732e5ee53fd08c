package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartPainter;
import crossover.chart.ChartSpec;
import crossover.chart.LabelBox;
import crossover.chart.LabelChecks;
import crossover.chart.TimelinePainter;
import crossover.chart.TornadoPainter;
import crossover.chart.TornadoSpec;
import crossover.io.ScenarioReader;
import crossover.model.Scenario;
import crossover.ui.controls.CanvasGraphics;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 1024 × 700 and 1280 × 720 with each sample: the three charts' labels, as their painters place them
 * at the sizes the window gives them and with the window's fonts, keep apart and inside their charts; the divider
 * between inputs and charts moves and is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    private static final List<String> SAMPLES = List.of("1-small-internal-assistant", "2-regulated-at-scale",
            "3-no-break-even", "4-zig-zag-break-even", "5-hybrid-batch-and-growth",
            "6-prompt-caching-flips-the-answer", "7-buying-beats-renting");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void at1024By700And1280By720EveryChartsLabelsKeepApartAndInside(FxRobot robot) throws Exception {
        // Opened at each size, and shrunk to 1024 × 700 from the default size (the charts then get less height,
        // since the recommendation keeps its own).
        for (double[] size : List.of(new double[] {1024, 700, 1024, 700}, new double[] {1280, 720, 1280, 720},
                new double[] {1360, 860, 1024, 700})) {
            TestWindow window = open(robot, size[0], size[1],
                    Preferences.userRoot().node("crossover-test-" + UUID.randomUUID()));
            resize(robot, size[2], size[3]);
            try {
                for (String name : SAMPLES) {
                    Scenario s = new ScenarioReader().read(Path.of("assets", "scenarios", name + ".crossover"))
                            .scenario();
                    robot.interact(() -> window.vm.replace(s));
                    String where = name + " at " + (int) size[2] + "×" + (int) size[3] + " (opened at "
                            + (int) size[0] + "×" + (int) size[1] + ")";
                    check(robot, window, "#tab-costs", "#cost-chart", where + ", cost curves");
                    check(robot, window, "#tab-timeline", "#timeline", where + ", timeline");
                    check(robot, window, "#tab-sensitivity", "#sensitivity", where + ", tornado");
                }
            } finally {
                robot.interact(() -> selectTab(robot, "#tab-costs"));
                window.close();
            }
        }
    }

    @Test
    void theDividerBetweenInputsAndChartsDragsAndIsRememberedWithTheWindow(FxRobot robot) throws Exception {
        Preferences node = Preferences.userRoot().node("crossover-test-" + UUID.randomUUID());
        TestWindow first = open(robot, 1024, 700, node);
        Region inputs;
        double dragged;
        try {
            SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
            inputs = (Region) split.getItems().get(0);
            double before = inputs.getWidth();
            Node divider = split.lookupAll(".split-pane-divider").stream()
                    .filter(d -> d.getParent() == split).findFirst().orElseThrow();
            Bounds b = divider.localToScreen(divider.getBoundsInLocal());

            robot.drag(b.getCenterX(), b.getCenterY(), javafx.scene.input.MouseButton.PRIMARY)
                    .moveBy(120, 0).release(javafx.scene.input.MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();

            dragged = inputs.getWidth();
            assertThat(dragged).as("the inputs grew by the drag").isBetween(before + 100, before + 140);
            assertThat(first.prefs().inputsWidth()).isCloseTo(dragged, org.assertj.core.data.Offset.offset(8.0));
        } finally {
            robot.interact(() -> stage.hide());
        }

        TestWindow second = open(robot, 1024, 700, node);
        try {
            SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
            assertThat(((Region) split.getItems().get(0)).getWidth()).as("the next window puts it back")
                    .isCloseTo(dragged, org.assertj.core.data.Offset.offset(8.0));
        } finally {
            second.close();
            first.close();
        }
    }

    private TestWindow open(FxRobot robot, double width, double height, Preferences node) throws Exception {
        AtomicReference<TestWindow> window = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        robot.interact(() -> {
            try {
                window.set(new TestWindow(stage, crossover.model.Input.defaults(), width, height, node));
            } catch (Exception e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        resize(robot, width, height);
        return window.get();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(20.0));
        assertThat(stage.getScene().getHeight()).isCloseTo(height, org.assertj.core.data.Offset.offset(20.0));
    }

    private static void selectTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        tabs.getTabs().stream().filter(t -> id.equals("#" + t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows a tab, takes the size its chart got, and asks the chart's painter where its labels go. */
    private static void check(FxRobot robot, TestWindow window, String tab, String view, String where) {
        robot.interact(() -> selectTab(robot, tab));
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup(view).query();
        Region chart = node instanceof BorderPane p ? (Region) p.getCenter() : (Region) node;
        double w = chart.getWidth();
        double h = chart.getHeight();
        assertThat(w).as(where + ": width").isGreaterThan(300);
        assertThat(h).as(where + ": height").isGreaterThan(150);
        String at = where + " (" + (int) w + "×" + (int) h + ")";
        ChartSpec costs = window.vm.chartProperty().get();
        TornadoSpec tornado = TornadoSpec.of(window.vm.scenarioProperty().get());
        AtomicReference<List<LabelBox>> fx = new AtomicReference<>();
        robot.interact(() -> {
            CanvasGraphics g = new CanvasGraphics(new Canvas(w, h));
            fx.set(switch (tab) {
                case "#tab-costs" -> new ChartPainter().labelBoxes(g, costs, w, h);
                case "#tab-timeline" -> new TimelinePainter().labelBoxes(g, window.vm.timelineProperty().get(), w, h);
                default -> new TornadoPainter().labelBoxes(g, tornado, w, h);
            });
        });
        LabelChecks.apartAndInside(fx.get(), w, h, at);
        if (tab.equals("#tab-costs")) {
            LabelChecks.costChartNamesWhatMatters(costs, fx.get(), at);
        } else if (tab.equals("#tab-sensitivity")) {
            LabelChecks.tornadoNamesItsRows(tornado, fx.get(), at);
        }
    }
}
