package crossover.ui;

import crossover.io.AppDirs;
import crossover.io.LoadedScenario;
import crossover.model.CostEngine;
import crossover.model.Scenario;
import crossover.ui.explorer.CatalogViewModel;
import crossover.ui.explorer.ScenarioViewModel;
import crossover.ui.explorer.UncertaintyViewModel;
import crossover.ui.task.FxTaskExecutor;
import crossover.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The JavaFX application: composes preferences, the background worker, the view models and the main view, and
 * opens the window on the file named on the command line, else the last session, else the bundled defaults.
 */
public final class App extends Application {

    /** How often unsaved work is copied to the data folder. */
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

    private AppPreferences prefs;
    private SessionStore session;
    private ScenarioViewModel vm;
    private Appearance appearance;
    private TaskExecutor tasks;
    private ScenarioDocument document;

    /** What the window starts from, read from disk: preferences and the last session. */
    private record Prepared(AppPreferences prefs, SessionStore session, Optional<LoadedScenario> last,
                            Scenario initial) {

        static Prepared read() {
            SessionStore session = SessionStore.forUser();
            Optional<LoadedScenario> last = session.lastLoaded();
            Scenario initial = last.map(LoadedScenario::scenario).orElseGet(SessionStore::defaults);
            return new Prepared(AppPreferences.forUser(), session, last, initial);
        }
    }

    private static volatile FutureTask<Prepared> preparing;

    /**
     * Called by the launcher before JavaFX starts: reads the preferences and the last session, and evaluates the
     * scenario once (loading the engine's classes), on a background thread while the toolkit starts up, instead
     * of on the JavaFX thread after it.
     */
    public static void prepare() {
        FutureTask<Prepared> task = new FutureTask<>(() -> {
            Prepared p = Prepared.read();
            CostEngine.evaluate(p.initial());
            return p;
        });
        preparing = task;
        Thread t = new Thread(task, "crossover-prepare");
        t.setDaemon(true);
        t.start();
    }

    private static Prepared prepared() {
        FutureTask<Prepared> task = preparing;
        preparing = null;
        if (task != null) {
            try {
                return task.get();
            } catch (ExecutionException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                // Read again here, where a failure is reported as it was before.
            }
        }
        return Prepared.read();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Prepared ready = prepared();
        StartupProbe.mark("prepared");
        prefs = ready.prefs();
        session = ready.session();
        appearance = new Appearance(prefs.dark());
        StartupProbe.mark("theme");
        tasks = new FxTaskExecutor(AppDirs::log);
        Optional<LoadedScenario> last = ready.last();
        Scenario initial = ready.initial();
        vm = new ScenarioViewModel(initial, Platform::runLater);
        vm.logCostProperty().set(prefs.logCost());
        StartupProbe.mark("view-model");
        MainView view = compose(stage, vm, new FxDialogService(stage), prefs, AppDirs.dataDir(), appearance, tasks);
        document = view.document();
        last.ifPresent(document::continueSession);
        boolean probe = StartupProbe.enabled();
        if (probe) {
            probeFirstFrame(view);
        }
        StartupProbe.mark("views");
        show(stage, view, prefs);
        StartupProbe.mark("shown");
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

    /**
     * Makes the window's services, view models and views and wires them together, each given what it needs by
     * its constructor; shared with the GUI tests so they test what users get. Starts reading the catalogs.
     */
    public static MainView compose(Stage stage, ScenarioViewModel vm, DialogService dialogs, AppPreferences prefs,
                            Path dataDir, Appearance appearance, TaskExecutor tasks) {
        ScenarioDocument document = new ScenarioDocument(vm, dialogs, prefs, dataDir);
        ChartExporter exporter = new ChartExporter(vm, dialogs, prefs);
        CatalogViewModel catalog = new CatalogViewModel(vm);
        document.connectSources(catalog::sources, catalog::restore);
        exporter.connectSources(catalog::sources);
        exporter.connectScenarioFile(document.fileProperty()::get);
        catalog.loadBundled().executeWith(tasks);
        UncertaintyViewModel uncertainty = new UncertaintyViewModel(vm, tasks);
        Commands commands = new Commands(vm, document, exporter, appearance, catalog, tasks,
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        MainView view = new MainView(vm, document, catalog, uncertainty, commands, appearance, prefs);
        exporter.connectShownChart(view::shownChart);
        exporter.connectSetups(view::setupSearch);
        return view;
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
        view.completeAfterFirstFrame();
        // No control starts focused (JavaFX would pick the toolbar's Open button and ring it): the first Tab goes to
        // the first control, and every shortcut works from the start.
        view.requestFocus();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (document != null) {
            document.rememberForNextStart(session);
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
     * The chart paints during a layout pass; that frame is rendered at the end of the same pulse, and the probe
     * reports on the next one.
     */
    private static void probeFirstFrame(MainView view) {
        view.chart().setOnFirstPaint(() -> {
            StartupProbe.mark("painted");
            StartupProbe.reportAfterNextFrame();
        });
    }
}
