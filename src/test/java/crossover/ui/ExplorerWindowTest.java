package crossover.ui;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartGeometry;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.TestScenarios;
import crossover.model.Units;
import crossover.ui.explorer.ChartView;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window, headless (Monocle), as a person uses it. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    private TestWindow window;
    private ScenarioViewModel vm;
    private Appearance appearance;
    private MainView view;

    @Start
    void start(Stage stage) throws IOException {
        // Worked example 4 at 30,000 requests/day: the API is cheaper; self-hosting breaks even for good at 80,000.
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 30_000, 1_500));
        vm = window.vm;
        appearance = window.appearance;
        view = window.view;
    }

    @AfterEach
    void close() throws BackingStoreException, IOException {
        window.close();
    }

    @Test
    void everyInputOfTheRegistryHasItsFieldWithLabelUnitAndSliderWhereItHasASpan(FxRobot robot) {
        for (Input input : Input.values()) {
            if (input.section().optional()) {
                continue; // an optional section's fields belong to the control that adds it (owned hardware)
            }
            String id = "#" + input.path().replace('.', '-');
            Node field = robot.lookup(id).query();
            assertThat(robot.from(field).lookup(".input-label").queryAs(Label.class).getText()).as(id)
                    .isEqualTo(input.label());
            assertThat(robot.from(field).lookup(".input-unit").queryAs(Label.class).getText()).as(id)
                    .isEqualTo(input.unit());
            assertThat(robot.lookup(id + "-slider").tryQuery().isPresent()).as(id).isEqualTo(input.span().isPresent());
            assertThat(robot.lookup(id + "-range-toggle").tryQuery()).as(id).isPresent();
        }
    }

    @Test
    void draggingTheVolumeSliderAcrossTheBreakEvenChangesTheRecommendationAndMovesTheMarker(FxRobot robot) {
        Label recommendation = robot.lookup("#recommendation").queryAs(Label.class);
        assertThat(recommendation.getText()).isEqualTo("API inference");
        double markerBefore = todayMarkerX();
        Slider slider = robot.lookup("#workload-dailyRequests-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        // The slider spans 10^2 … 10^8 requests/day; 30,000 → 150,000 is +0.7 decades.
        double dx = slider.getWidth() * 0.7 / 6;

        robot.drag(thumb).moveBy(dx, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.number(Input.DAILY_REQUESTS).get()).isGreaterThan(80_000);
        assertThat(recommendation.getText()).isEqualTo("Self-hosted");
        double markerAfter = todayMarkerX();
        assertThat(markerAfter).isGreaterThan(markerBefore + 20);
        double darkest = Math.min(pixel(markerAfter - 1, plotMiddleY()).getBrightness(),
                Math.min(pixel(markerAfter, plotMiddleY()).getBrightness(), pixel(markerAfter + 1, plotMiddleY()).getBrightness()));
        assertThat(darkest).as("today's marker is drawn at its new place").isLessThan(0.35);
    }

    @Test
    void anInvalidGpuPriceIsMarkedAtTheFieldAndTheFiguresStay(FxRobot robot) {
        Evaluation before = vm.evaluationProperty().get();
        String statusBefore = robot.lookup("#status").queryAs(Label.class).getText();
        TextField price = robot.lookup("#selfHosted-gpuHourlyPrice-text").queryAs(TextField.class);
        Slider slider = robot.lookup("#selfHosted-gpuHourlyPrice-slider").queryAs(Slider.class);
        double sliderBefore = slider.getValue();

        // Focusing a field scrolls the inputs to it, as Tab does for a keyboard user.
        robot.interact(price::requestFocus);
        robot.clickOn(price).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("-4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#selfHosted-gpuHourlyPrice .input-error").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Must be a number ≥ 0.");
        assertThat(vm.evaluationProperty().get()).isSameAs(before);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo(statusBefore);
        assertThat(robot.lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("API inference");
        assertThat(robot.lookup("#status-error").queryAs(Label.class).getText())
                .isEqualTo("Showing the last valid figures: GPU price must be a number ≥ 0.");
        // The slider stays at the value in use instead of running to its end.
        assertThat(slider.getValue()).isEqualTo(sliderBefore);
    }

    @Test
    void theThemeToggleDarkensTheWindowAndTheChart(FxRobot robot) {
        assertThat(pixel(3, 3).getBrightness()).isGreaterThan(0.9);

        robot.clickOn("#dark-theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(appearance.darkProperty().get()).isTrue();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(pixel(3, 3).getBrightness()).isLessThan(0.15);
    }

    @Test
    void hoveringTheChartShowsTheEnginesCostsAtThePointer(FxRobot robot) {
        ChartView chart = view.chart();
        ChartGeometry geo = chart.geometry();
        double x = geo.tokens().toPixel(3.0e9);
        Point2D onScreen = chart.localToScreen(x, plotMiddleY());

        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        Label readout = robot.lookup("#hover-readout").queryAs(Label.class);
        double v = vm.readouts().hoverTokensProperty().get();
        assertThat(v).isBetween(2.9e9, 3.1e9);
        Evaluation e = vm.evaluationProperty().get();
        assertThat(readout.isVisible()).isTrue();
        for (Option o : e.options()) {
            assertThat(readout.getText()).contains(o.label() + ": " + Units.dollars(e.curve(o).costAt(v)) + "/month");
        }
        assertThat(readout.getText()).contains("Self-hosted: $3,600/month");
    }

    @Test
    void eachToolbarButtonsTooltipNamesTheKeyOfTheSameCommandsMenuItem(FxRobot robot) {
        Map<String, MenuItem> menuItems = new HashMap<>();
        robot.lookup("#menus").queryAs(MenuBar.class).getMenus().forEach(m -> collect(m, menuItems));
        List<ButtonBase> buttons = robot.lookup("#toolbar").queryAs(ToolBar.class).getItems().stream()
                .filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast).toList();
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(8);
        // A disabled button gets no hover: two edits and an undo enable Undo and Redo.
        for (double requests : new double[] {40_000, 50_000}) {
            robot.interact(() -> vm.number(Input.DAILY_REQUESTS).set(requests));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(vm::undo);
        assertThat(buttons).noneMatch(Node::isDisabled);

        for (ButtonBase button : buttons) {
            robot.moveTo(button); // the tooltip is made on first hover
            WaitForAsyncUtils.waitForFxEvents();
            MenuItem item = menuItems.get("menu-" + button.getId());
            assertThat(item).as("the menu item of " + button.getId()).isNotNull();
            assertThat(item.getAccelerator()).as("the key of " + button.getId()).isNotNull();
            assertThat(button.getTooltip()).as("the tooltip of " + button.getId()).isNotNull();
            assertThat(button.getTooltip().getText())
                    .endsWith(" (" + item.getAccelerator().getDisplayText() + ")");
        }
    }

    private static void collect(Menu menu, Map<String, MenuItem> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, out);
            } else if (item.getId() != null) {
                out.put(item.getId(), item);
            }
        }
    }

    private double todayMarkerX() {
        return view.chart().geometry().tokens().toPixel(vm.chartProperty().get().today().tokens());
    }

    private double plotMiddleY() {
        return view.chart().geometry().plot().getCenterY();
    }

    private Color pixel(double x, double y) {
        AtomicReference<Color> color = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            // What a person sees: the chart's stacked layers, as composed on screen.
            WritableImage image = view.chart().snapshot(null, null);
            color.set(image.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y)));
        });
        return color.get();
    }
}
