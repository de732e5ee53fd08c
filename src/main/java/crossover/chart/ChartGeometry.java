package crossover.chart;

import java.awt.geom.Rectangle2D;

/**
 * Where the painter put the plot: its rectangle and the two scales, so a pointer position can be turned back
 * into a volume and a cost, and the size of the whole chart.
 */
public record ChartGeometry(Rectangle2D plot, Scale tokens, Scale cost, double width, double height) {

    /** Whether a point lies in the plot area. */
    public boolean inPlot(double x, double y) {
        return plot.contains(x, y);
    }

    /** The volume under a horizontal pixel position, clamped to the axis. */
    public double tokensAt(double x) {
        double clamped = Math.max(plot.getMinX(), Math.min(plot.getMaxX(), x));
        return tokens.toValue(clamped);
    }
}
