package crossover.ui;

import crossover.io.CatalogReader;
import crossover.io.LiteLlmImporter;
import crossover.io.ScenarioFileException;
import crossover.ui.controls.LazyTooltip;
import crossover.ui.explorer.CatalogViewModel;
import crossover.ui.explorer.ChartView;
import crossover.ui.explorer.InputsView;
import crossover.ui.explorer.RecommendationView;
import crossover.ui.explorer.ScenarioViewModel;
import crossover.ui.explorer.SensitivityView;
import crossover.ui.explorer.TimelineView;
import crossover.ui.explorer.UncertaintyViewModel;
import javafx.application.Platform;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The explorer window's content: menus and toolbar, inputs on the left, chart and recommendation, status line. */
public final class MainView extends BorderPane {

    /** One worker for Monte Carlo runs: a daemon, so a run under way never keeps the program alive. */
    private static final java.util.concurrent.Executor BACKGROUND = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crossover-uncertainty");
        t.setDaemon(true);
        return t;
    });

    private final ChartView chart;
    private final ScenarioDocument document;
    private final CatalogViewModel catalog;

    public MainView(ScenarioViewModel vm, ScenarioDocument document, ChartExporter exporter, Appearance appearance) {
        setId("main");
        this.document = document;
        chart = new ChartView(vm, appearance.darkProperty());
        catalog = new CatalogViewModel(vm);
        document.connectSources(catalog::sources, catalog::restore);
        exporter.connectSources(catalog::sources);
        exporter.connectScenarioFile(document.fileProperty()::get);
        // The catalogs are files to parse: read them off the FX thread, so the first frame does not wait.
        java.util.concurrent.CompletableFuture.supplyAsync(CatalogReader::bundled, BACKGROUND).whenComplete(
                (loaded, failure) -> Platform.runLater(() -> {
                    if (loaded != null) {
                        catalog.useCatalog(loaded);
                    } else {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        catalog.catalogFailed(cause.getMessage());
                    }
                }));
        InputsView inputs = new InputsView(vm, catalog);
        inputs.setPrefWidth(390);
        inputs.setMinWidth(320);
        RecommendationView recommendation = new RecommendationView(vm);
        recommendation.setMinHeight(150);

        Tab costs = new Tab("Cost curves", chart);
        costs.setId("tab-costs");
        Tab timeline = new Tab("Timeline");
        timeline.setContent(new TimelineView(vm, appearance.darkProperty(), timeline.selectedProperty()));
        timeline.setId("tab-timeline");
        Tab sensitivity = new Tab("Sensitivity");
        sensitivity.setId("tab-sensitivity");
        UncertaintyViewModel uncertainty = new UncertaintyViewModel(vm, BACKGROUND, Platform::runLater);
        uncertainty.shownProperty().bind(sensitivity.selectedProperty());
        sensitivity.setContent(new SensitivityView(uncertainty, appearance.darkProperty()));
        TabPane charts = new TabPane(costs, timeline, sensitivity);
        charts.setId("chart-tabs");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(charts, recommendation);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(recommendation, false);
        SplitPane main = new SplitPane(inputs, right);
        main.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(inputs, false);

        setTop(new VBox(menus(vm, document, exporter, appearance), toolbar(vm, document, exporter, appearance)));
        setCenter(main);
        setBottom(statusBar(vm));
        acceptDroppedFiles();
    }

    /** The document (file state and File commands) this window shows. */
    public ScenarioDocument document() {
        return document;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean opened = e.getDragboard().hasFiles()
                    && document.open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    /** Where the inputs come from: catalog picks and the throughput estimate. */
    public CatalogViewModel catalog() {
        return catalog;
    }

    private void importPrices(ScenarioDocument doc) {
        doc.dialogs().choosePriceList(Optional.empty()).ifPresent(file -> {
            // A price list can be megabytes of JSON: read it on the worker, show it on the FX thread.
            java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new LiteLlmImporter().read(file);
                } catch (ScenarioFileException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, BACKGROUND).whenComplete((result, failure) -> Platform.runLater(() -> {
                if (result != null) {
                    catalog.addImported(result, String.valueOf(file.getFileName()));
                } else if (failure.getCause() instanceof ScenarioFileException bad) {
                    doc.dialogs().showError("Cannot import prices", bad.describe());
                } else {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    String log = crossover.io.AppDirs.log("import " + file, cause);
                    doc.dialogs().showError("Cannot import prices", "An unexpected error stopped the import ("
                            + cause.getClass().getSimpleName() + ")" + (log.isEmpty() ? "" : "; details in " + log)
                            + ". Please report it.");
                }
            }));
        });
    }

    /** The chart, for the startup probe and tests. */
    public ChartView chart() {
        return chart;
    }

    private MenuBar menus(ScenarioViewModel vm, ScenarioDocument doc, ChartExporter exporter, Appearance appearance) {
        MenuItem newItem = item("New", "Shortcut+N", doc::newScenario);
        MenuItem open = item("Open…", "Shortcut+O", doc::open);
        Menu recent = new Menu("Open Recent");
        recent.disableProperty().bind(Bindings.isEmpty(doc.recentFiles()));
        doc.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, doc));
        fillRecent(recent, doc);
        Menu samples = new Menu("Samples");
        for (Samples.Sample sample : Samples.ALL) {
            MenuItem item = new MenuItem(sample.label());
            item.setOnAction(e -> doc.openSample(sample));
            samples.getItems().add(item);
        }
        MenuItem save = item("Save", "Shortcut+S", doc::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", doc::saveAs);
        MenuItem revert = item("Revert to Saved", null, doc::revert);
        revert.disableProperty().bind(doc.fileProperty().isNull().or(doc.dirtyProperty().not()));
        MenuItem export = item("Export…", "Shortcut+E", () -> exporter.export(appearance.darkProperty().get()));
        MenuItem copy = item("Copy Chart", "Shortcut+Shift+C",
                () -> exporter.copyToClipboard(appearance.darkProperty().get()));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            Window w = getScene().getWindow();
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        MenuItem importPrices = item("Import Prices…", "Shortcut+I", () -> importPrices(doc));
        Menu file = new Menu("_File", null, newItem, open, recent, samples, new SeparatorMenuItem(), save, saveAs,
                revert, new SeparatorMenuItem(), importPrices, new SeparatorMenuItem(), export, copy,
                new SeparatorMenuItem(), quit);

        MenuItem undo = new MenuItem("Undo", new FontIcon(MaterialDesignU.UNDO));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem("Redo", new FontIcon(MaterialDesignR.REDO));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        MenuItem redoAlt = new MenuItem("Redo (alternative)");
        redoAlt.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoAlt.disableProperty().bind(vm.canRedoProperty().not());
        redoAlt.setOnAction(e -> vm.redo());
        redoAlt.setVisible(false);
        Menu edit = new Menu("_Edit", null, undo, redo, redoAlt);

        CheckMenuItem log = new CheckMenuItem("Logarithmic cost axis");
        log.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        log.selectedProperty().bindBidirectional(vm.logCostProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        Menu view = new Menu("_View", null, log, new SeparatorMenuItem(), dark);
        return new MenuBar(file, edit, view);
    }

    private static void fillRecent(Menu menu, ScenarioDocument doc) {
        menu.getItems().setAll(doc.recentFiles().stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> doc.open(path));
            return item;
        }).toList());
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static ToolBar toolbar(ScenarioViewModel vm, ScenarioDocument doc, ChartExporter exporter,
                                   Appearance appearance) {
        Button export = iconButton(new FontIcon(MaterialDesignE.EXPORT), "Export chart… (Ctrl+E)");
        export.setId("export");
        export.setOnAction(e -> exporter.export(appearance.darkProperty().get()));
        Button copy = iconButton(new FontIcon(MaterialDesignC.CONTENT_COPY), "Copy chart as image (Ctrl+Shift+C)");
        copy.setId("copy-chart");
        copy.setOnAction(e -> exporter.copyToClipboard(appearance.darkProperty().get()));
        Button open = iconButton(new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE), "Open… (Ctrl+O)");
        open.setId("open");
        open.setOnAction(e -> doc.open());
        Button save = iconButton(new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE), "Save (Ctrl+S)");
        save.setId("save");
        save.setOnAction(e -> doc.save());
        Button undo = iconButton(new FontIcon(MaterialDesignU.UNDO), "Undo (Ctrl+Z)");
        undo.setId("undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = iconButton(new FontIcon(MaterialDesignR.REDO), "Redo (Ctrl+Shift+Z)");
        redo.setId("redo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());

        ToggleButton log = new ToggleButton("Log cost axis", new FontIcon(MaterialDesignM.MATH_LOG));
        log.setId("log-cost");
        LazyTooltip.install(log, () -> new Tooltip("Switch the cost axis between logarithmic and linear (Ctrl+L)"), log);
        log.selectedProperty().bindBidirectional(vm.logCostProperty());
        ToggleButton dark = new ToggleButton(null, new FontIcon(MaterialDesignW.WEATHER_NIGHT));
        dark.setId("dark-theme");
        LazyTooltip.install(dark, () -> new Tooltip("Dark theme (Ctrl+Shift+D)"), dark);
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(open, save, new Separator(), undo, redo, new Separator(), log, new Separator(), export,
                copy, gap, dark);
    }

    private static Button iconButton(FontIcon icon, String tip) {
        Button b = new Button(null, icon);
        LazyTooltip.install(b, () -> new Tooltip(tip), b);
        return b;
    }

    private static HBox statusBar(ScenarioViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(vm.firstErrorProperty().map(m -> m.isEmpty() ? "" : "Showing the last valid figures: " + m));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, gap, error);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
