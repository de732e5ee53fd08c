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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import crossover.ui.explorer.ChartView;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One slider step to a repainted chart, in the real window at 1280×800 with JavaFX's software renderer
 * (headless Monocle): the slider moves, the view model re-evaluates and builds the chart, the painter draws it
 * on its layers, and the chart's layers are rasterised and composed (a snapshot of the chart node, which also
 * reads the pixels back, so the figure is an upper bound of what the chart costs in a frame). Measured from
 * the benchmark thread, so it includes the hand-off to the FX thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true"})
public class ChartRepaintBenchmark {

    private Slider slider;
    private ChartView chart;
    private WritableImage image;
    private Preferences node;
    private Stage stage;
    private TaskExecutor tasks;
    private boolean up;

    @Setup(Level.Trial)
    public void openWindow() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(() -> {
            node = Preferences.userRoot().node("crossover-bench-" + UUID.randomUUID());
            node.putDouble("window.width", 1280);
            node.putDouble("window.height", 800);
            ScenarioViewModel vm = new ScenarioViewModel(SessionStore.defaults(), Runnable::run);
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
            ready.countDown();
        });
        ready.await();
        Thread.sleep(500);
    }

    @Benchmark
    public WritableImage sliderStepToRepaintedChart() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        WritableImage[] out = new WritableImage[1];
        Platform.runLater(() -> {
            up = !up;
            slider.setValue(slider.getValue() + (up ? 0.01 : -0.01));
            image = chart.snapshot(null, image);
            out[0] = image;
            done.countDown();
        });
        done.await();
        return out[0];
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
