package crossover.ui;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.util.prefs.BackingStoreException;
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

/** The Timeline tab, headless: payback months move with growth and are shown in words. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {

    private TestWindow window;
    private ScenarioViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        // One GPU ($1,800/month, 2.88 B tokens), API $1/MTok, 1.5 B tokens in month 1, $6,000 set-up, 12 months:
        // at 20 % growth a month self-hosting pays back in month 10, at 40 % in month 7.
        Workload w = new Workload(50_000, 1_000, 0.5, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1, 20, 12);
        window = new TestWindow(stage, new Scenario("Growing", "", w, new ApiPricing(1, 1, 300),
                new SelfHosting(2.5, 4e6, 1, 1, 1, 6_000, 0), new CloudManaged(30, 0, 0)));
        vm = window.vm;
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void switchingToTheTimelineShowsThePaybackMonth(FxRobot robot) {
        robot.clickOn("Timeline");
        WaitForAsyncUtils.waitForFxEvents();

        Label summary = robot.lookup("#payback-summary").queryAs(Label.class);
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getText()).contains("self-hosting in month 10");
        assertThat(vm.timelineProperty().get().payback()).containsEntry(Option.SELF_HOSTED, 10);
    }

    @Test
    void raisingGrowthMovesThePaybackMarkerEarlier(FxRobot robot) {
        robot.clickOn("Timeline");
        TextField growth = robot.lookup("#workload-monthlyGrowthPercent-text").queryAs(TextField.class);
        robot.interact(growth::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(growth);
        robot.interact(growth::selectAll);
        robot.write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.number(Input.MONTHLY_GROWTH_PERCENT).get()).isEqualTo(40);
        assertThat(vm.timelineProperty().get().payback()).containsEntry(Option.SELF_HOSTED, 7);
        assertThat(robot.lookup("#payback-summary").queryAs(Label.class).getText())
                .contains("self-hosting in month 7");
    }
}
