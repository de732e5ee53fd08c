package crossover.ui;

import crossover.chart.ChartSpec;
import crossover.chart.ChartTheme;
import crossover.chart.TimelineSpec;
import crossover.chart.TornadoSpec;
import crossover.model.Sensitivity;
import crossover.export.CsvExport;
import crossover.export.Drawing;
import crossover.export.ExportOptions;
import crossover.export.PdfReport;
import crossover.export.PngExport;
import crossover.export.SvgExport;
import crossover.io.AppInfo;
import crossover.io.AtomicFile;
import crossover.model.Evaluation;
import crossover.ui.explorer.ScenarioViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Exports what the window shows, through the same painter as the screen, and copies the chart as an image. */
public final class ChartExporter {

    private final ScenarioViewModel explorer;
    private final DialogService dialogs;
    private final AppPreferences prefs;

    private java.util.function.Supplier<java.util.Map<crossover.model.Input, crossover.model.FieldSource>> sources = java.util.Map::of;

    /** Where inputs came from, for the PDF report's "Sources" line. */
    public void connectSources(java.util.function.Supplier<java.util.Map<crossover.model.Input, crossover.model.FieldSource>> current) {
        this.sources = current;
    }

    public ChartExporter(ScenarioViewModel explorer, DialogService dialogs, AppPreferences prefs) {
        this.explorer = Objects.requireNonNull(explorer);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.prefs = Objects.requireNonNull(prefs);
    }

    /** Asks for format, size and file, then writes it. Returns whether a file was written. */
    public boolean export(boolean dark) {
        String name = ScenarioDocument.suggestedFileName(explorer.scenarioProperty().get()).replace(".crossover", "");
        return dialogs.chooseExport(prefs.lastFolder(), name, dark).map(this::write).orElse(false);
    }

    /** Writes one export; a failure is a dialog, and an existing file is left as it was. */
    public boolean write(ExportChoice choice) {
        Evaluation e = explorer.evaluationProperty().get();
        ExportOptions options;
        try {
            options = new ExportOptions(choice.width(), choice.height(), choice.scale(),
                    choice.dark() ? ChartTheme.DARK : ChartTheme.LIGHT);
        } catch (IllegalArgumentException ex) {
            dialogs.showError("Cannot export", ex.getMessage() + ".");
            return false;
        }
        // The chart as the window shows it: same axes, and the uncertainty bands when a run has finished.
        ChartSpec spec = explorer.chartProperty().get();
        Drawing drawing = switch (choice.chart()) {
            case COSTS -> Drawing.of(spec);
            case TIMELINE -> Drawing.of(TimelineSpec.of(e));
            case TORNADO -> Drawing.of(TornadoSpec.of(e.scenario()));
        };
        try {
            AtomicFile.write(choice.file(), out -> {
                switch (choice.format()) {
                    case PNG -> PngExport.write(out, drawing, options);
                    case SVG -> SvgExport.write(out, drawing, options);
                    case PDF -> PdfReport.write(out, e, spec, options, AppInfo.version(), LocalDate.now(),
                            sources.get());
                    case CSV -> {
                        switch (choice.chart()) {
                            case COSTS -> CsvExport.write(out, e, spec);
                            case TIMELINE -> CsvExport.writeTimeline(out, e);
                            case TORNADO -> CsvExport.writeSensitivity(out, Sensitivity.of(e.scenario()));
                        }
                    }
                }
            });
        } catch (IOException ex) {
            dialogs.showError("Could not export " + choice.file().getFileName(),
                    choice.file() + ": cannot be written: " + AtomicFile.reason(ex) + ".");
            return false;
        }
        Path folder = choice.file().toAbsolutePath().getParent();
        if (folder != null) {
            prefs.saveLastFolder(folder);
        }
        return true;
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
