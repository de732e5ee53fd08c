package crossover.export;

import crossover.chart.ChartTheme;
import java.util.Objects;

/**
 * How an exported chart is laid out: its logical size in pixels (1 px = 1/96 in), the pixel scale of raster
 * output, and the theme.
 *
 * @param width  logical width, 320 … 8000
 * @param height logical height, 200 … 8000
 * @param scale  pixels per logical pixel for PNG, 1 … 4
 * @param theme  light or dark
 */
public record ExportOptions(int width, int height, int scale, ChartTheme theme) {

    /** 1600 × 900 (16:9), 1x, light: the default of the CLI and the export dialog. */
    public static final ExportOptions DEFAULT = new ExportOptions(1600, 900, 1, ChartTheme.LIGHT);

    public ExportOptions {
        if (width < 320 || width > 8000) {
            throw new IllegalArgumentException("width must be 320 to 8000 pixels, not " + width);
        }
        if (height < 200 || height > 8000) {
            throw new IllegalArgumentException("height must be 200 to 8000 pixels, not " + height);
        }
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be 1 to 4, not " + scale);
        }
        Objects.requireNonNull(theme, "theme");
    }
}
