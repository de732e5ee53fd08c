package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioWriter;
import crossover.model.TestScenarios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open Recent in the real window. */
@ExtendWith(ApplicationExtension.class)
class OpenRecentMenuTest {

    @TempDir
    Path dir;

    private TestWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 30_000, 1_500));
    }

    @AfterEach
    void close() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void openRecentListsEachOpenedFileEvenAfterAGarbageCollection(FxRobot robot) throws Exception {
        Path first = dir.resolve("first.crossover");
        Path second = dir.resolve("second.crossover");
        new ScenarioWriter().write(first, TestScenarios.typical());
        new ScenarioWriter().write(second, TestScenarios.oneGpu(2.00, 10_000, 1_000));
        robot.interact(() -> window.view.document().open(first));
        assertThat(recentItems(robot)).containsExactly(label(first));

        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        robot.interact(() -> window.view.document().open(second));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(recentItems(robot)).containsExactly(label(second), label(first));
    }

    private static String label(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.getFileName() + "  —  " + absolute.getParent();
    }

    private static List<String> recentItems(FxRobot robot) {
        Menu file = robot.lookup("#menus").queryAs(MenuBar.class).getMenus().get(0);
        Menu recent = (Menu) file.getItems().stream().filter(i -> "Open Recent".equals(i.getText())).findFirst()
                .orElseThrow();
        return recent.getItems().stream().map(MenuItem::getText).toList();
    }
}
