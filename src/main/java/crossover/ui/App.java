package crossover.ui;

import crossover.io.ScenarioFileException;
import crossover.model.Scenario;
import crossover.ui.explorer.ScenarioViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: composes preferences, the view model and the main view, opens the window on the file
 * named on the command line, else the last session, else the bundled defaults.
 */
public final class App extends Application {

    /** System property: print {@code first-frame-ms=N} once the first painted chart is on screen, then exit. */
    public static final String STARTUP_PROBE = "crossover.startup.probe";

    private AppPreferences prefs;
    private SessionStore session;
    private ScenarioViewModel vm;
    private Appearance appearance;

    @Override
    public void start(Stage stage) {
        prefs = AppPreferences.forUser();
        session = SessionStore.forUser();
        appearance = new Appearance(prefs.dark());
        List<String> args = getParameters().getRaw();
        Scenario initial = session.last().orElseGet(SessionStore::defaults);
        String openError = null;
        if (args.size() == 1) {
            try {
                initial = session.open(Path.of(args.get(0))).scenario();
            } catch (ScenarioFileException e) {
                openError = e.describe();
            }
        }
        vm = new ScenarioViewModel(initial, Platform::runLater);
        vm.logCostProperty().set(prefs.logCost());
        MainView view = new MainView(vm, appearance);
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            probeFirstFrame(view);
        }
        show(stage, view, vm, prefs);
        stage.setOnCloseRequest(e -> rememberWindow(stage, prefs));
        if (openError != null) {
            new FxDialogService(stage).showError("Could not open the file", openError);
        }
    }

    /** Builds the window on a stage; shared with the GUI tests so they test what users get. */
    public static void show(Stage stage, MainView view, ScenarioViewModel vm, AppPreferences prefs) {
        Scene scene = new Scene(view, prefs.windowWidth(), prefs.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/crossover/ui/crossover.css"))
                .toExternalForm());
        stage.titleProperty().bind(vm.windowTitleProperty());
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
