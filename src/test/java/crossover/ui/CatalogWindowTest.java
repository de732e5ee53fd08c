package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.model.TestScenarios;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimator;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
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

/** Picking a GPU and a model from the searchable lists, headless: the estimate fills the inputs, with its source. */
@ExtendWith(ApplicationExtension.class)
class CatalogWindowTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private TestWindow window;
    private ScenarioViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        window = new TestWindow(stage, TestScenarios.oneGpu(1.00, 30_000, 1_500));
        vm = window.vm;
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        window.close();
    }

    private void pick(FxRobot robot, String picker, String search) throws java.util.concurrent.TimeoutException {
        // The window reads the catalogs off the FX thread; the lists fill when they are read.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.view.catalog().models().isEmpty());
        Node box = robot.lookup("#" + picker + "-box").query();
        robot.interact(box::requestFocus); // the inputs scroll the focused control into view
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(box);
        robot.write(search);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importPricesAddsTheListsChatModelsAndABrokenListIsASentence(FxRobot robot) throws Exception {
        java.nio.file.Path good = dir.resolve("model_prices_and_context_window.json");
        try (var in = getClass().getResourceAsStream("/crossover/ui/litellm-small.json")) {
            java.nio.file.Files.write(good, in.readAllBytes());
        }
        java.nio.file.Path broken = dir.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"acme\": {\"mode\": \"chat\", \"input_cost_per_token\": \"cheap\"}}");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.view.catalog().apiModels().isEmpty());
        int bundled = window.view.catalog().apiModels().size();

        window.dialogs.filesToOpen.add(good);
        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.view.catalog().apiModels().size() == bundled + 2);

        Label message = robot.lookup("#catalog-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Imported 2 chat models from model_prices_and_context_window.json; "
                + "skipped 0 without token prices; ignored 2 entries that are not chat models.");

        window.dialogs.filesToOpen.add(broken);
        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.dialogs.errors.isEmpty());

        assertThat(window.dialogs.errors).singleElement().asString().startsWith("Cannot import prices: ")
                .contains("broken.json").contains("line 1").contains("input_cost_per_token")
                .contains("must be a price per token");
        assertThat(window.view.catalog().apiModels()).hasSize(bundled + 2);
    }

    @Test
    void typingInTheGpuAndModelListsFillsThroughputAndGpusWithTheirSource(FxRobot robot) throws Exception {
        pick(robot, "pick-model", "Llama 3.1 8B");
        pick(robot, "pick-gpu", "H100 SXM");

        var catalog = CatalogReader.bundled();
        double expected = ThroughputEstimator.estimate(EstimateRequest.of(catalog.gpu("h100-sxm").orElseThrow(),
                catalog.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 1_500, 0.5)).tokensPerHourPerGpu();
        double filled = vm.evaluationProperty().get().scenario().selfHosted().tokensPerHourPerGpu();
        assertThat(filled).isBetween(expected * 0.995, expected * 1.005);
        TextField throughput = robot.lookup("#selfHosted-tokensPerHourPerGpu-text").queryAs(TextField.class);
        assertThat(throughput.getText().replace(",", "")).isEqualTo(String.valueOf((long) filled));
        Label source = robot.lookup("#selfHosted-tokensPerHourPerGpu-source").queryAs(Label.class);
        assertThat(source.isVisible()).isTrue();
        assertThat(source.getText()).startsWith("from estimate (vLLM), range");
        Label price = robot.lookup("#selfHosted-gpuHourlyPrice-source").queryAs(Label.class);
        assertThat(price.getText()).isEqualTo("from catalog, as of " + catalog.gpu("h100-sxm").orElseThrow().asOf());
        assertThat(robot.lookup("#estimate-basis").queryAs(Label.class).getText()).contains("Llama 3.1 8B");

        // Typing another throughput detaches it: the source line goes.
        robot.interact(throughput::requestFocus);
        robot.clickOn(throughput).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("5000000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.evaluationProperty().get().scenario().selfHosted().tokensPerHourPerGpu()).isEqualTo(5_000_000);
        assertThat(source.isVisible()).isFalse();
        assertThat(price.isVisible()).isTrue();

        // Another scenario (New): the pickers show their prompts again, not a blank.
        robot.interact(() -> vm.replace(crossover.model.Input.defaults()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> gpu = robot.lookup("#pick-gpu-box").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(gpu.getValue()).isNull();
        assertThat(gpu.getButtonCell().getText()).isEqualTo("Search GPUs");
        assertThat(price.isVisible()).isFalse();
    }

    @Test
    void theEngineSwitchBesideThePrecisionReEstimatesAndTheSourceLineNamesTheEngine(FxRobot robot) throws Exception {
        pick(robot, "pick-model", "Llama 3.1 8B");
        pick(robot, "pick-gpu", "H100 SXM");

        // The button may sit below the fold of the inputs' scroll pane: press it as a click would.
        javafx.scene.control.ToggleButton trt = robot.lookup("#estimate-engine-tensorrt-llm")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(trt.getText()).isEqualTo("TensorRT-LLM");
        robot.interact(trt::fire);
        WaitForAsyncUtils.waitForFxEvents();

        var catalog = CatalogReader.bundled();
        double expected = ThroughputEstimator.estimate(EstimateRequest.of(catalog.gpu("h100-sxm").orElseThrow(),
                catalog.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 1_500, 0.5)
                .withEngine(crossover.model.catalog.Engine.TRTLLM)).tokensPerHourPerGpu();
        double filled = vm.evaluationProperty().get().scenario().selfHosted().tokensPerHourPerGpu();
        assertThat(filled).isBetween(expected * 0.995, expected * 1.005);
        Label source = robot.lookup("#selfHosted-tokensPerHourPerGpu-source").queryAs(Label.class);
        assertThat(source.getText()).startsWith("from estimate (TensorRT-LLM), range");
        assertThat(robot.lookup("#estimate-basis").queryAs(Label.class).getText())
                .contains("TensorRT-LLM").contains("First token after about");
        // The inputs show the estimate in a sentence; its whole basis is one click away.
        Label summary = robot.lookup("#estimate-summary").queryAs(Label.class);
        Label basis = robot.lookup("#estimate-basis").queryAs(Label.class);
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getText()).startsWith("Batch ").contains(" per replica (limited by ")
                .contains("first token after about");
        assertThat(basis.isVisible()).isFalse();
        javafx.scene.control.ToggleButton details = robot.lookup("#estimate-details")
                .queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(details::fire);
        assertThat(basis.isVisible()).isTrue();
    }
}
