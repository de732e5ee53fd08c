package crossover.ui;

import crossover.chart.ChartSpec;
import crossover.chart.ChartTheme;
import crossover.export.ExportChart;
import crossover.export.ExportException;
import crossover.export.ExportOptions;
import crossover.export.ExportRequest;
import crossover.export.ExportSubject;
import crossover.export.Exports;
import crossover.export.PngExport;
import crossover.model.Evaluation;
import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.setup.SetupSearch;
import crossover.ui.explorer.ScenarioViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Exports the scenario on screen through the command line's entry point, and copies the chart as an image. */
public final class ChartExporter {

    private final ScenarioViewModel explorer;
    private final DialogService dialogs;
    private final AppPreferences prefs;

    private Supplier<Map<Input, FieldSource>> sources = Map::of;
    private Supplier<Path> scenarioFile = () -> null;
    private Supplier<ExportChart> shownChart = () -> ExportChart.COSTS;
    private Supplier<Optional<SetupSearch.Result>> setups = Optional::empty;

    /** Where inputs came from, for the PDF report's "Sources" line. */
    public void connectSources(Supplier<Map<Input, FieldSource>> current) {
        this.sources = current;
    }

    /** The chart on screen, which the export dialog proposes first. */
    public void connectShownChart(Supplier<ExportChart> current) {
        this.shownChart = current;
    }

    /** The cheapest-setup search of the scenario on screen, for the setup scatter. */
    public void connectSetups(Supplier<Optional<SetupSearch.Result>> current) {
        this.setups = current;
    }

    /** The open scenario's file (null when it has none), which an export must never replace. */
    public void connectScenarioFile(Supplier<Path> current) {
        this.scenarioFile = current;
    }

    public ChartExporter(ScenarioViewModel explorer, DialogService dialogs, AppPreferences prefs) {
        this.explorer = Objects.requireNonNull(explorer);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.prefs = Objects.requireNonNull(prefs);
    }

    /** Asks for format, size and file, then writes it. Returns whether a file was written. */
    public boolean export(boolean dark) {
        String name = ScenarioDocument.suggestedFileName(explorer.scenarioProperty().get()).replace(".crossover", "");
        return dialogs.chooseExport(prefs.lastFolder(), name, shownChart.get(), dark).map(this::write)
                .orElse(false);
    }

    /**
     * Writes one export through the same entry point as {@code crossover export}, so the file equals the command
     * line's for the scenario on screen; a failure is a dialog, and an existing file is left as it was.
     */
    public boolean write(ExportChoice choice) {
        Evaluation e = explorer.evaluationProperty().get();
        ExportRequest request;
        try {
            // The bands of the last uncertainty run, as the window shows them.
            request = ExportRequest.of(choice.format(), choice.file(), choice.chart(), choice.options(),
                    explorer.logCostProperty().get(), explorer.chartProperty().get().bands());
        } catch (IllegalArgumentException ex) {
            dialogs.showError("Cannot export", ex.getMessage() + ".");
            return false;
        }
        try {
            Optional<SetupSearch.Result> searched = choice.chart() == ExportChart.SETUP ? setups.get()
                    : Optional.empty();
            Exports.write(new ExportSubject(e, Optional.ofNullable(scenarioFile.get()), sources.get(), searched),
                    request, null);
        } catch (ExportException ex) {
            // The title names the file; the sentence says why, without the full path again.
            showFailure(choice, ex.file().isPresent() ? ex.detail() : ex.getMessage());
            return false;
        } catch (RuntimeException unexpected) {
            showFailure(choice, "an unexpected error stopped it (" + unexpected + "); the file was left as it was");
            return false;
        }
        Path folder = choice.file().toAbsolutePath().getParent();
        if (folder != null) {
            prefs.saveLastFolder(folder);
        }
        return true;
    }

    private void showFailure(ExportChoice choice, String why) {
        String sentence = Character.toUpperCase(why.charAt(0)) + why.substring(1);
        dialogs.showError("Could not export " + choice.file().getFileName(),
                sentence.endsWith(".") ? sentence : sentence + ".");
    }

    /** Puts the chart on the clipboard as an image, 1600 × 900 at 2x, in the window's theme. */
    public void copyToClipboard(boolean dark) {
        Evaluation e = explorer.evaluationProperty().get();
        ChartSpec spec = explorer.chartProperty().get();
        BufferedImage image = PngExport.render(spec, new ExportOptions(1600, 900, 2, dark ? ChartTheme.DARK
                : ChartTheme.LIGHT));
        ClipboardContent content = new ClipboardContent();
        content.putImage(toFx(image));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        fx.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
