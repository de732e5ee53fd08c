package crossover.bench;

import crossover.ui.AppPreferences;
import crossover.ui.Appearance;
import crossover.ui.App;
import crossover.ui.DialogService;
import crossover.ui.MainView;
import crossover.ui.SessionStore;
import crossover.ui.explorer.ScenarioViewModel;
import crossover.ui.task.FxTaskExecutor;
import crossover.ui.task.TaskExecutor;
import com.sun.javafx.tk.Toolkit;
import com.sun.javafx.tk.quantum.QuantumToolkit;
import java.lang.reflect.Method;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import crossover.ui.explorer.ChartView;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One slider step to the repainted window, in the real window at 1280×800 with JavaFX's software renderer (headless
 * Monocle), measured to the end of the pulse that shows it: the slider moves; the view model re-evaluates on the FX
 * thread's queue as in the app ({@code Platform::runLater}) and builds the chart; the painter draws it; then the
 * pulse runs (style, layout, synchronisation of the scene graph) and the render thread rasterises the window's
 * dirty regions and hands the frame to the screen. The benchmark runs that pulse itself, right after the step,
 * instead of waiting up to a frame for the pulse timer (idle time, not work), and waits on the render thread for
 * the frame to be done. Measured from the benchmark thread, so it includes the hand-off to the FX thread.
 *
 * <p>Two kinds of step, each back and forth by 0.01 on the requests-per-day slider (a log scale: 2.3 %, a sixth of
 * the slider's keyboard step) from the sample scenario: {@code crossing}, at the sample's 20,000 requests a day
 * (20,500 after the step), where each step changes the recommendation (API inference and cloud-managed are within
 * 2 % over the horizon there), so the legend, the heavier curve and every sentence change; and {@code within}, at
 * 15,900 a day (16,300 after the step), where only today's volume, the figures and the sentences' numbers change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true"})
public class ChartRepaintBenchmark {

    private Slider slider;
    private ChartView chart;
    private Preferences node;
    private Stage stage;
    private TaskExecutor tasks;
    private boolean up;
    private javafx.scene.control.Label recommendation;

    @Param({"crossing", "within"})
    public String step;

    @Setup(Level.Trial)
    public void openWindow() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(() -> {
            node = Preferences.userRoot().node("crossover-bench-" + UUID.randomUUID());
            node.putDouble("window.width", 1280);
            node.putDouble("window.height", 800);
            ScenarioViewModel vm = new ScenarioViewModel(SessionStore.defaults(), Platform::runLater);
            AppPreferences prefs = new AppPreferences(node);
            stage = new Stage();
            tasks = new FxTaskExecutor((what, failure) -> {
                throw new IllegalStateException(what, failure);
            });
            MainView view = App.compose(stage, vm, new NoDialogs(), prefs,
                    java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "crossover-bench"),
                    new Appearance(false), tasks);
            App.show(stage, view, prefs);
            slider = (Slider) view.lookup("#workload-dailyRequests-slider");
            chart = view.chart();
            recommendation = (javafx.scene.control.Label) view.lookup("#recommendation");
            if (step.equals("within")) {
                slider.setValue(slider.getValue() - 0.1);
            }
            ready.countDown();
        });
        ready.await();
        Thread.sleep(500);
        checkWhatIsMeasured();
    }

    /** Refuses to measure anything but the whole 1280×800 window in software rendering, repainted by each step. */
    private void checkWhatIsMeasured() throws InterruptedException {
        CountDownLatch checked = new CountDownLatch(1);
        String[] wrong = new String[1];
        Platform.runLater(() -> {
            String pipeline = com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
            long before = chart.paintCount();
            String recommended = recommendation.getText();
            slider.setValue(slider.getValue() + 0.01);
            Platform.runLater(() -> {
                pulseAndWaitForFrame();
                double w = stage.getScene().getWidth();
                double h = stage.getScene().getHeight();
                if (w != 1280 || h != 800) {
                    wrong[0] = "window " + w + "×" + h;
                } else if (!pipeline.startsWith("SW")) {
                    wrong[0] = "pipeline " + pipeline;
                } else if (chart.paintCount() != before + 1) {
                    wrong[0] = "a step painted the chart " + (chart.paintCount() - before) + " times";
                } else if (recommendation.getText().equals(recommended) == step.equals("crossing")) {
                    wrong[0] = "a " + step + " step went from " + recommended + " to " + recommendation.getText();
                }
                slider.setValue(slider.getValue() - 0.01);
                Platform.runLater(() -> {
                    pulseAndWaitForFrame();
                    checked.countDown();
                });
            });
        });
        checked.await();
        if (wrong[0] != null) {
            throw new IllegalStateException("not the window the benchmark measures: " + wrong[0]);
        }
    }

    @Benchmark
    public long sliderStepToRepaintedWindow() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            up = !up;
            slider.setValue(slider.getValue() + (up ? 0.01 : -0.01));
            // The view model's re-evaluation is queued now; the pulse runs after it, as the pulse timer's would.
            Platform.runLater(() -> {
                pulseAndWaitForFrame();
                done.countDown();
            });
        });
        done.await();
        return chart.paintCount();
    }

    /**
     * Runs a pulse now, as the pulse timer would (animations, style, layout, synchronisation, then the paint jobs
     * handed to the render thread), and waits until the render thread has finished the frame: the render thread
     * runs its jobs one after another, so an empty job queued behind the frame's ends after it.
     */
    static void pulseAndWaitForFrame() {
        try {
            PULSE.invoke(Toolkit.getToolkit());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's pulse", e);
        }
        QuantumToolkit.runInRenderThreadAndWait(() -> { });
    }

    static final Method PULSE;

    static {
        try {
            PULSE = QuantumToolkit.class.getDeclaredMethod("pulseFromQueue");
            PULSE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            stage.close();
            tasks.shutdown();
            closed.countDown();
        });
        closed.await();
        node.removeNode();
        Platform.exit();
    }

    /** The benchmark never opens a dialog; if it tried, that would be a bug worth seeing. */
    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public Discard confirmDiscard(String scenarioName, String action) {
            throw new IllegalStateException(action);
        }

        @Override
        public boolean confirmRestore(String scenarioName) {
            throw new IllegalStateException("restore");
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseFileToOpen(java.util.Optional<java.nio.file.Path> folder) {
            throw new IllegalStateException("open");
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseFileToSave(java.util.Optional<java.nio.file.Path> folder,
                                                                      String suggestedName) {
            throw new IllegalStateException("save");
        }

        @Override
        public java.util.Optional<crossover.ui.ExportChoice> chooseExport(
                java.util.Optional<java.nio.file.Path> folder, String baseName, crossover.export.ExportChart shown,
                boolean dark) {
            throw new IllegalStateException("export");
        }
    }
}
