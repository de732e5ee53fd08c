package crossover.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The charts a PNG, SVG or CSV shows; the PDF always has the cost curves and the cumulative cash. The setup
 * scatter needs a cheapest-setup search, which the window or the command line runs and hands over.
 */
public enum ExportChart {
    COSTS("costs", "Cost curves"),
    TIMELINE("timeline", "Timeline"),
    TORNADO("tornado", "Sensitivity tornado"),
    SETUP("setup", "Cheapest setup scatter");

    private final String id;
    private final String label;

    ExportChart(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The command line's name: {@code costs}, {@code timeline}, {@code tornado}, {@code setup}. */
    public String id() {
        return id;
    }

    /** The window's name. */
    public String label() {
        return label;
    }

    /** The chart with this command-line name, if any. */
    public static Optional<ExportChart> ofId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
