package crossover.ui;

import crossover.chart.ChartTheme;
import crossover.export.ExportChart;
import crossover.export.ExportFormat;
import crossover.export.ExportOptions;
import java.nio.file.Path;

/**
 * What the user chose in the export dialog.
 *
 * @param format PNG, SVG, PDF or CSV
 * @param width  logical width in pixels
 * @param height logical height in pixels
 * @param scale  PNG pixels per logical pixel, 1 … 4
 * @param dark   dark theme
 * @param file   where to write
 * @param chart  which chart for PNG, SVG and CSV (the PDF has the cost curves and the cumulative cash)
 */
public record ExportChoice(ExportFormat format, int width, int height, int scale, boolean dark, Path file,
                           ExportChart chart) {

    /** An export of the cost curves. */
    public ExportChoice(ExportFormat format, int width, int height, int scale, boolean dark, Path file) {
        this(format, width, height, scale, dark, file, ExportChart.COSTS);
    }

    /**
     * The file name an export proposes: {@code NAME-timeline.png} names its chart, so exporting another chart never
     * replaces the last by default; the PDF, which always has the cost and cash charts, is {@code NAME.pdf}.
     */
    public static String fileName(String baseName, ExportFormat format, ExportChart chart) {
        return baseName + (format == ExportFormat.PDF ? "" : "-" + chart.id()) + "." + format.extension();
    }

    /** Size, scale and theme as the export writers take them; throws for a size out of range. */
    public ExportOptions options() {
        return new ExportOptions(width, height, scale, dark ? ChartTheme.DARK : ChartTheme.LIGHT);
    }
}
