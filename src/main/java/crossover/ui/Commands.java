package crossover.ui;

import crossover.ui.controls.Icon;
import crossover.ui.explorer.CatalogViewModel;
import crossover.ui.explorer.ScenarioViewModel;
import crossover.ui.task.TaskExecutor;
import java.util.Objects;
import java.util.Optional;

/** The window's commands, each made once with its label, key, tooltip, icon, and when it is disabled or on. */
final class Commands {

    final Command newScenario;
    final Command open;
    final Command save;
    final Command saveAs;
    final Command revert;
    final Command importPrices;
    final Command export;
    final Command copyChart;
    final Command quit;
    final Command undo;
    final Command redo;
    final Command logCost;
    final Command darkTheme;

    /**
     * @param tasks runs the price import off the FX thread
     * @param quit  asks the window to close (unsaved changes are asked about there)
     */
    Commands(ScenarioViewModel vm, ScenarioDocument doc, ChartExporter exporter, Appearance appearance,
                    CatalogViewModel catalog, TaskExecutor tasks, Runnable quit) {
        Objects.requireNonNull(quit);
        newScenario = new Command("new", "New", e -> doc.newScenario()).key("Shortcut+N");
        open = new Command("open", "Open…", e -> doc.open()).key("Shortcut+O")
                .icon(Icon.OPEN);
        save = new Command("save", "Save", e -> doc.save()).key("Shortcut+S")
                .icon(Icon.SAVE);
        saveAs = new Command("save-as", "Save As…", e -> doc.saveAs()).key("Shortcut+Shift+S");
        revert = new Command("revert", "Revert to Saved", e -> doc.revert());
        revert.disabledProperty().bind(doc.fileProperty().isNull().or(doc.dirtyProperty().not()));
        importPrices = new Command("import-prices", "Import Prices…",
                e -> doc.dialogs().choosePriceList(Optional.empty()).ifPresent(file -> catalog.importLiteLlm(file)
                        .onFailure(sentence -> doc.dialogs().showError("Cannot import prices", sentence))
                        .executeWith(tasks)))
                .key("Shortcut+I");
        export = new Command("export", "Export…", e -> exporter.export(appearance.darkProperty().get()))
                .key("Shortcut+E").tip("Export chart…").icon(Icon.EXPORT);
        copyChart = new Command("copy-chart", "Copy Chart",
                e -> exporter.copyToClipboard(appearance.darkProperty().get()))
                .key("Shortcut+Shift+C").tip("Copy chart as image").icon(Icon.COPY);
        this.quit = new Command("quit", "Quit", e -> quit.run()).key("Shortcut+Q");

        undo = new Command("undo", "Undo", e -> vm.undo()).key("Shortcut+Z").icon(Icon.UNDO).iconInMenu();
        undo.disabledProperty().bind(vm.canUndoProperty().not());
        redo = new Command("redo", "Redo", e -> vm.redo()).key("Shortcut+Shift+Z").icon(Icon.REDO)
                .iconInMenu();
        redo.disabledProperty().bind(vm.canRedoProperty().not());

        // On-off commands: the state is the view model's, and menu item and button both follow it.
        logCost = new Command("log-cost", "Logarithmic cost axis", e -> { }).key("Shortcut+L")
                .tip("Switch the cost axis between logarithmic and linear").icon(Icon.LOG);
        logCost.selectedProperty().bindBidirectional(vm.logCostProperty());
        darkTheme = new Command("dark-theme", "Dark theme", e -> { }).key("Shortcut+Shift+D")
                .icon(Icon.NIGHT);
        darkTheme.selectedProperty().bindBidirectional(appearance.darkProperty());
    }
}
