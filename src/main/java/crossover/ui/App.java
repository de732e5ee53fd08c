package crossover.ui;

import crossover.io.AppDirs;
import crossover.model.Scenario;
import crossover.ui.explorer.ScenarioViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application: composes preferences, the view models and the main view, and opens the window on the
 * file named on the command line, else the last session, else the bundled defaults.
 */
public final class App extends Application {

    /** System property: print {@code first-frame-ms=N} once the first painted chart is on screen, then exit. */
    public static final String STARTUP_PROBE = "crossover.startup.probe";
    /** How often unsaved work is copied to the data folder. */
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

    private AppPreferences prefs;
    private SessionStore session;
    private ScenarioViewModel vm;
    private Appearance appearance;

    @Override
    public void start(Stage stage) {
        prefs = AppPreferences.forUser();
        session = SessionStore.forUser();
        appearance = new Appearance(prefs.dark());
        Scenario initial = session.last().orElseGet(SessionStore::defaults);
        vm = new ScenarioViewModel(initial, Platform::runLater);
        vm.logCostProperty().set(prefs.logCost());
        FxDialogService dialogs = new FxDialogService(stage);
        ScenarioDocument document = new ScenarioDocument(vm, dialogs, prefs, AppDirs.dataDir());
        MainView view = new MainView(vm, document, new ChartExporter(vm, dialogs, prefs), appearance);
        boolean probe = Boolean.getBoolean(STARTUP_PROBE);
        if (probe) {
            probeFirstFrame(view);
        }
        show(stage, view, prefs);
        stage.setOnCloseRequest(e -> {
            if (document.closeRequested()) {
                rememberWindow(stage, prefs);
            } else {
                e.consume();
            }
        });
        if (probe) {
            return;
        }
        List<String> args = getParameters().getRaw();
        if (!document.offerRestore() && args.size() == 1) {
            document.open(Path.of(args.get(0)));
        }
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> document.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** Builds the window on a stage; shared with the GUI tests so they test what users get. */
    public static void show(Stage stage, MainView view, AppPreferences prefs) {
        Scene scene = new Scene(view, prefs.windowWidth(), prefs.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/crossover/ui/crossover.css"))
                .toExternalForm());
        stage.titleProperty().bind(view.document().titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.setMaximized(prefs.maximized());
        stage.show();
    }

    @Override
    public void stop() {
        if (vm != null && vm.scenarioProperty().get() != null) {
            session.saveLast(vm.scenarioProperty().get());
        }
        if (prefs != null) {
            prefs.saveDark(appearance.darkProperty().get());
            prefs.saveLogCost(vm.logCostProperty().get());
            prefs.flush();
        }
    }

    /** Saves window geometry; called as the window closes. */
    static void rememberWindow(Stage stage, AppPreferences prefs) {
        if (!stage.isMaximized()) {
            prefs.saveWindow(stage.getWidth(), stage.getHeight(), false);
        } else {
            prefs.saveWindow(prefs.windowWidth(), prefs.windowHeight(), true);
        }
    }

    /*
     * The chart paints during a layout pass; that frame is rendered at the end of the same pulse. The next pulse
     * starts only after it, so its first tick marks "the first frame with the painted chart is on screen".
     */
    private static void probeFirstFrame(MainView view) {
        view.chart().setOnFirstPaint(() -> new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start());
    }
}
