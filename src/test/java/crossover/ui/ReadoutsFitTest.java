package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import crossover.model.Input;
import crossover.model.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The written read-outs at 1024 × 700 and 1600 × 1000, light and dark, with every bundled sample: the two cards
 * under the chart, the status line (with an error beside it) and the Sensitivity summary show each line whole,
 * never cut by an ellipsis or by a box shorter than its text; a card taller than its room scrolls to its last line,
 * and at 1600 × 1000 both cards fit without scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class ReadoutsFitTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyReadoutShowsItsWholeTextAtSmallAndLargeSizesInBothThemes(FxRobot robot) throws Exception {
        List<Path> samples;
        try (var files = Files.list(Path.of("assets", "scenarios"))) {
            samples = files.filter(p -> p.toString().endsWith(".crossover")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        for (double[] size : List.of(new double[] {1024, 700}, new double[] {1600, 1000})) {
            TestWindow window = open(robot, size[0], size[1]);
            try {
                for (boolean dark : List.of(false, true)) {
                    robot.interact(() -> window.appearance.darkProperty().set(dark));
                    for (Path sample : samples) {
                        Scenario s = new ScenarioReader().read(sample).scenario();
                        robot.interact(() -> window.vm.replace(s));
                        String where = sample.getFileName() + " at " + (int) size[0] + "×" + (int) size[1]
                                + (dark ? ", dark" : ", light");
                        checkCards(robot, where, size[0] >= 1600);
                        checkWhole(robot, "#status", where);
                        checkSummary(robot, where);
                    }
                }
                // A rejected value puts its sentence beside the status: both stay whole.
                robot.interact(() -> window.vm.number(Input.GPU_HOURLY_PRICE).set(-5));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup("#status-error").queryAs(Labeled.class).getText()).isNotEmpty();
                checkWhole(robot, "#status", "status beside an error at " + (int) size[0]);
                checkWhole(robot, "#status-error", "error beside the status at " + (int) size[0]);
            } finally {
                robot.interact(() -> window.appearance.darkProperty().set(false));
                window.close();
            }
        }
    }

    private TestWindow open(FxRobot robot, double width, double height) throws Exception {
        AtomicReference<TestWindow> window = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        robot.interact(() -> {
            try {
                window.set(new TestWindow(stage, Input.defaults(), width, height,
                        Preferences.userRoot().node("crossover-test-" + UUID.randomUUID())));
                stage.setWidth(width);
                stage.setHeight(height);
            } catch (Exception e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window.get();
    }

    /** Each card's labels whole; scrolled to its end, a card's last line lies inside its viewport. */
    private static void checkCards(FxRobot robot, String where, boolean large) {
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup("#recommendation-panel").query();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : panel.lookupAll(".card-scroll")) {
                ScrollPane scroll = (ScrollPane) n;
                scroll.setVvalue(scroll.getVmax());
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Node n : panel.lookupAll(".card-scroll")) {
                ScrollPane scroll = (ScrollPane) n;
                Node clip = scroll.lookup(".viewport");
                Bounds viewport = clip.localToScene(clip.getLayoutBounds());
                Node content = scroll.getContent();
                List<Labeled> labels = labelsIn(content);
                assertThat(labels).as(where).isNotEmpty();
                for (Labeled l : labels) {
                    whole(l, where).ifPresent(problems::add);
                }
                Labeled last = labels.stream()
                        .max((a, b) -> Double.compare(bottom(a), bottom(b))).orElseThrow();
                if (bottom(last) > viewport.getMaxY() + 0.5) {
                    problems.add(where + ": scrolled to its end, the card still cuts '" + last.getText() + "' ("
                            + Math.round(bottom(last)) + " > " + Math.round(viewport.getMaxY()) + ")");
                }
                if (large && content.getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 0.5) {
                    problems.add(where + ": a card needs " + Math.round(content.getLayoutBounds().getHeight())
                            + " px and has " + Math.round(scroll.getViewportBounds().getHeight()));
                }
                scroll.setVvalue(scroll.getVmin());
            }
        });
        assertThat(problems).as(where).isEmpty();
    }

    private static double bottom(Labeled l) {
        return l.localToScene(l.getLayoutBounds()).getMaxY();
    }

    private static List<Labeled> labelsIn(Node root) {
        List<Labeled> found = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Labeled l && l.isVisible() && !l.getText().isEmpty()) {
                found.add(l);
            }
        }
        return found;
    }

    private static void checkWhole(FxRobot robot, String id, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        Labeled l = robot.lookup(id).queryAs(Labeled.class);
        AtomicReference<String> problem = new AtomicReference<>();
        robot.interact(() -> whole(l, where).ifPresent(problem::set));
        assertThat(problem.get()).as(where).isNull();
    }

    /** The Monte Carlo summary of the Sensitivity tab, once its run is over. */
    private static void checkSummary(FxRobot robot, String where) throws Exception {
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        Node cancel = robot.lookup("#cancel-uncertainty").query();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !cancel.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        checkWhole(robot, "#uncertainty-summary", where + ", Sensitivity summary");
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** Why a label does not show its whole text, if it does not: an ellipsis, or less height than its lines. */
    private static java.util.Optional<String> whole(Labeled l, String where) {
        Node text = l.lookup(".text");
        String shown = text instanceof Text t ? t.getText() : l.getText();
        if (!squeeze(shown).equals(squeeze(l.getText()))) {
            return java.util.Optional.of(where + ": '" + l.getText() + "' shows as '" + shown + "'");
        }
        double needs = l.prefHeight(l.getWidth());
        if (l.getHeight() + 0.5 < needs) {
            return java.util.Optional.of(where + ": '" + l.getText() + "' needs " + Math.round(needs) + " px, has "
                    + Math.round(l.getHeight()));
        }
        return java.util.Optional.empty();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
