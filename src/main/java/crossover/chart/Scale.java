package crossover.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps data values to a pixel span, linearly or logarithmically, and proposes ticks.
 *
 * @param min      smallest value shown (positive for a log scale)
 * @param max      largest value shown
 * @param log      logarithmic if true
 * @param pixelLo  pixel of {@code min}
 * @param pixelHi  pixel of {@code max} (may be smaller than pixelLo, as for a y axis)
 */
public record Scale(double min, double max, boolean log, double pixelLo, double pixelHi) {

    public Scale {
        if (!(max > min) || log && !(min > 0)) {
            throw new IllegalArgumentException("bad scale range " + min + " … " + max + (log ? " (log)" : ""));
        }
    }

    /** The pixel of a value; values outside the range map outside the span. */
    public double toPixel(double value) {
        double t = log
                ? (Math.log10(Math.max(value, Double.MIN_NORMAL)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (value - min) / (max - min);
        return pixelLo + t * (pixelHi - pixelLo);
    }

    /** The value at a pixel. */
    public double toValue(double pixel) {
        double t = (pixel - pixelLo) / (pixelHi - pixelLo);
        return log
                ? Math.pow(10, Math.log10(min) + t * (Math.log10(max) - Math.log10(min)))
                : min + t * (max - min);
    }

    /** Major ticks: each power of ten on a log scale, 1-2-5 steps on a linear one. */
    public List<Double> majorTicks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            double decades = Math.log10(max) - Math.log10(min);
            int stride = decades > 8 ? 2 : 1;
            for (int e = (int) Math.ceil(Math.log10(min) - 1e-9); e <= Math.floor(Math.log10(max) + 1e-9); e += stride) {
                ticks.add(Math.pow(10, e));
            }
            return ticks;
        }
        double step = niceStep((max - min) / 6);
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** Minor ticks at 2…9 × each power of ten (log scales only). */
    public List<Double> minorTicks() {
        List<Double> ticks = new ArrayList<>();
        if (!log || Math.log10(max) - Math.log10(min) > 6) {
            return ticks;
        }
        for (int e = (int) Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
            for (int k = 2; k <= 9; k++) {
                double v = k * Math.pow(10, e);
                if (v > min && v < max) {
                    ticks.add(v);
                }
            }
        }
        return ticks;
    }

    static double niceStep(double rough) {
        double exp = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * exp;
    }
}
