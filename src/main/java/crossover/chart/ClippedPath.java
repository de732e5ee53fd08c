package crossover.chart;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * A polyline cut at the top and bottom of a plot: where a curve leaves the plot it stops at the edge and picks up
 * where it comes back, instead of running along the edge as if it were flat. It also remembers which pixel rows
 * it covers in each pixel column, so labels can keep off it.
 */
final class ClippedPath {

    /** Values far beyond the plot are brought this close before cutting, so infinities cut cleanly. */
    private static final double FAR = 1e5;

    private final double top;
    private final double bottom;
    private final double left;
    private final double[] low;
    private final double[] high;
    private final Path2D path = new Path2D.Double();
    private double lastX = Double.NaN;
    private double lastY;
    private boolean penAtLast;

    ClippedPath(Rectangle2D plot) {
        top = plot.getMinY();
        bottom = plot.getMaxY();
        left = plot.getMinX();
        int columns = (int) Math.ceil(plot.getWidth()) + 2;
        low = new double[columns];
        high = new double[columns];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
    }

    /** Continues the polyline to a point (the first call only sets the start). */
    void to(double x, double y) {
        double cy = Double.isNaN(y) ? bottom + FAR : Math.max(top - FAR, Math.min(bottom + FAR, y));
        if (Double.isNaN(lastX)) {
            lastX = x;
            lastY = cy;
            return;
        }
        double dy = cy - lastY;
        double t0 = 0;
        double t1 = 1;
        if (dy == 0) {
            if (lastY < top || lastY > bottom) {
                t0 = 1;
                t1 = 0;
            }
        } else {
            double ta = (top - lastY) / dy;
            double tb = (bottom - lastY) / dy;
            t0 = Math.max(0, Math.min(ta, tb));
            t1 = Math.min(1, Math.max(ta, tb));
        }
        if (t0 <= t1) {
            double sx = lastX + t0 * (x - lastX);
            double sy = lastY + t0 * dy;
            double ex = lastX + t1 * (x - lastX);
            double ey = lastY + t1 * dy;
            if (!penAtLast || t0 > 0) {
                path.moveTo(sx, sy);
            }
            path.lineTo(ex, ey);
            mark(sx, sy, ex, ey);
            penAtLast = t1 >= 1;
        } else {
            penAtLast = false;
        }
        lastX = x;
        lastY = cy;
    }

    Path2D path() {
        return path;
    }

    /** Whether the drawn curve passes within {@code pad} pixels of a box. */
    boolean crosses(Rectangle2D box, double pad) {
        int from = Math.max(0, (int) Math.floor(box.getMinX() - pad - left));
        int to = Math.min(low.length - 1, (int) Math.floor(box.getMaxX() + pad - left));
        for (int c = from; c <= to; c++) {
            if (low[c] <= box.getMaxY() + pad && high[c] >= box.getMinY() - pad) {
                return true;
            }
        }
        return false;
    }

    private void mark(double x0, double y0, double x1, double y1) {
        int from = Math.max(0, (int) Math.floor(Math.min(x0, x1) - left));
        int to = Math.min(low.length - 1, (int) Math.floor(Math.max(x0, x1) - left));
        double lo = Math.min(y0, y1);
        double hi = Math.max(y0, y1);
        for (int c = from; c <= to; c++) {
            low[c] = Math.min(low[c], lo);
            high[c] = Math.max(high[c], hi);
        }
    }
}
