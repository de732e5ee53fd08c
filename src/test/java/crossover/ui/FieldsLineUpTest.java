package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import crossover.ui.controls.NumberInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Within a section the number fields line up: a long unit ("$/GPU-hour") does not push its field left. */
@ExtendWith(ApplicationExtension.class)
class FieldsLineUpTest {

    private TestWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // Sample 7 has every section, owned hardware included.
        window = new TestWindow(stage, new ScenarioReader()
                .read(Path.of("assets", "scenarios", "7-buying-beats-renting.crossover")).scenario(), 1280, 800,
                Preferences.userRoot().node("crossover-test-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theRightEdgesOfASectionsNumberFieldsAreOneColumn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, TreeMap<String, Double>> edges = new TreeMap<>();
        robot.interact(() -> {
            for (Node n : window.view.lookupAll(".number-input")) {
                NumberInput input = (NumberInput) n;
                TextField field = (TextField) input.lookup(".number-field");
                Bounds b = field.localToScene(field.getBoundsInLocal());
                String section = input.getId().substring(0, input.getId().indexOf('-'));
                edges.computeIfAbsent(section, s -> new TreeMap<>()).put(input.input().unit() + " (" + input.getId()
                        + ")", b.getMaxX());
            }
        });
        assertThat(edges.keySet()).contains("workload", "api", "selfHosted", "cloudManaged", "onPrem");
        assertThat(edges.get("selfHosted").keySet()).anyMatch(u -> u.startsWith("$/GPU-hour"));
        for (var section : edges.entrySet()) {
            List<Double> right = List.copyOf(section.getValue().values());
            double first = right.get(0);
            assertThat(right).as("right edges of the %s fields: %s", section.getKey(), section.getValue())
                    .allSatisfy(x -> assertThat(x).isCloseTo(first, org.assertj.core.data.Offset.offset(0.5)));
        }
    }
}
