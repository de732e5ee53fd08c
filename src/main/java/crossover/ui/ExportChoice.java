package crossover.ui;

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
public record ExportChoice(Format format, int width, int height, int scale, boolean dark, Path file, Chart chart) {

    /** The charts the window can export. */
    public enum Chart {
        COSTS("Cost curves"), TIMELINE("Timeline"), TORNADO("Sensitivity tornado");

        private final String label;

        Chart(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An export of the cost curves. */
    public ExportChoice(Format format, int width, int height, int scale, boolean dark, Path file) {
        this(format, width, height, scale, dark, file, Chart.COSTS);
    }

    /** The export formats, with their file extensions. */
    public enum Format {
        PNG("png", "PNG image"), SVG("svg", "SVG vector image"), PDF("pdf", "PDF one-page report"),
        CSV("csv", "CSV of the curves");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        public String extension() {
            return extension;
        }

        public String description() {
            return description;
        }
    }
}
