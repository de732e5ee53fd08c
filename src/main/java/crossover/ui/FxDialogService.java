package crossover.ui;

import crossover.chart.ChartTheme;
import crossover.export.ExportChart;
import crossover.export.ExportFormat;
import crossover.export.ExportOptions;
import crossover.export.PngExport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs and choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter SCENARIOS =
            new FileChooser.ExtensionFilter("Crossover scenarios (*.crossover)", "*.crossover");

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    @Override
    public Discard confirmDiscard(String scenarioName, String action) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes to \u201C" + scenarioName + "\u201D will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes before " + action + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Discard.SAVE : answer == discard ? Discard.DISCARD : Discard.CANCEL;
    }

    @Override
    public boolean confirmRestore(String scenarioName) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Crossover stopped with unsaved changes to \u201C" + scenarioName + "\u201D. Restore them?",
                restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Restore unsaved work?");
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        FileChooser chooser = chooser("Open scenario", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePriceList(Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import prices (LiteLLM model_prices_and_context_window.json)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON price list", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        folder.filter(java.nio.file.Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
        FileChooser chooser = chooser("Save scenario", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith(".crossover") ? p
                        : p.resolveSibling(p.getFileName() + ".crossover"));
    }

    @Override
    public Optional<ExportChoice> chooseExport(Optional<Path> folder, String baseName, ExportChart shown,
                                               boolean dark) {
        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
        format.setValue(ExportFormat.PNG);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> width = new Spinner<>(320, 8000, 1600, 10);
        Spinner<Integer> height = new Spinner<>(200, 8000, 900, 10);
        width.setEditable(true);
        height.setEditable(true);
        format.setId("export-format");
        width.setId("export-width");
        height.setId("export-height");
        ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setValue(2);
        scale.setId("export-scale");
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        ChoiceBox<ExportChart> chart = new ChoiceBox<>(FXCollections.observableArrayList(ExportChart.values()));
        chart.setValue(shown);
        chart.setId("export-chart");
        chart.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportChart c) {
                return c == null ? "" : c.label();
            }

            @Override
            public ExportChart fromString(String s) {
                return null;
            }
        });
        chart.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PDF));
        CheckBox darkTheme = new CheckBox("Dark theme");
        darkTheme.setSelected(dark);
        help(format, "PNG: an image; SVG: vectors for slides and print; PDF: a one-page report with the cost and cash "
                + "charts, inputs, recommendation and sources; CSV: the chart's numbers for a spreadsheet.");
        help(chart, "Which chart a PNG, SVG or CSV shows: it starts at the tab on screen. The PDF always has the cost "
                + "curves and the cumulative cash.");
        help(width, "The chart's width in logical pixels (1/96 inch, as on screen): 320 to 8000.");
        help(height, "The chart's height in logical pixels: 200 to 8000.");
        help(scale, "Pixels per logical pixel of a PNG: 2 for sharp slides, up to 4 for print.");
        help(darkTheme, "Colours for a dark slide background; off: the light theme.");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Chart"), chart);
        grid.addRow(2, new Label("Width (px, 1/96 in)"), width);
        grid.addRow(3, new Label("Height"), height);
        grid.addRow(4, new Label("PNG scale"), scale);
        grid.addRow(5, new Label(""), darkTheme);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export chart");
        dialog.setHeaderText("Export the chart: the same drawing as on screen");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Label tooLarge = new Label();
        tooLarge.setId("export-too-large");
        tooLarge.setWrapText(true);
        tooLarge.setMaxWidth(420);
        tooLarge.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(tooLarge, 0, 6, 2, 1);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        // The command line's limit, shown while it is exceeded rather than after the file was chosen.
        javafx.beans.InvalidationListener check = o -> {
            Optional<String> problem = format.getValue() == ExportFormat.PNG
                    ? PngExport.sizeProblem(new ExportOptions(width.getValue(), height.getValue(), scale.getValue(),
                    ChartTheme.LIGHT))
                    : Optional.empty();
            tooLarge.setText(problem.map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".").orElse(""));
            ok.setDisable(problem.isPresent());
            // The sentence wraps onto as many lines as it needs: the dialog grows to show it whole.
            javafx.stage.Window window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        };
        for (javafx.beans.Observable input : List.of(format.valueProperty(), width.valueProperty(),
                height.valueProperty(), scale.valueProperty())) {
            input.addListener(check);
        }
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        ExportFormat f = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + f.description());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), "*." + f.extension()));
        chooser.setInitialFileName(ExportChoice.fileName(baseName, f, chart.getValue()));
        folder.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith("." + f.extension()) ? p
                        : p.resolveSibling(p.getFileName() + "." + f.extension()))
                .map(p -> new ExportChoice(f, width.getValue(), height.getValue(), scale.getValue(),
                        darkTheme.isSelected(), p, chart.getValue()));
    }

    private static void help(javafx.scene.control.Control control, String text) {
        crossover.ui.controls.LazyTooltip.install(control, () -> crossover.ui.controls.LazyTooltip.help(text));
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(SCENARIOS);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }
}
