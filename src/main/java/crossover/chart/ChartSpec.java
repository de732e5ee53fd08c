package crossover.chart;

import crossover.model.CostCurve;
import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.Step;
import java.util.List;
import java.util.Optional;

/**
 * What the cost chart shows, in data terms: the axes' ranges, each option's exact curve, the break-even and its
 * zig-zag region, today's and the horizon's volume, and the labels. Built from an evaluation; drawn by
 * {@link ChartPainter} on the screen and in every export alike.
 *
 * @param minTokens         left edge, tokens per month (log axis)
 * @param maxTokens         right edge
 * @param minCost           bottom edge, $ per month
 * @param maxCost           top edge
 * @param logCost           whether the cost axis is logarithmic
 * @param tokensPerRequest  for the requests-per-day labels under the volume axis
 * @param series            the curves, the API first
 * @param zigZag            the region between first and sustained break-even, if any
 * @param breakEven         the sustained break-even marker, if any
 * @param today             today's volume marker
 * @param horizon           the horizon's volume marker, if it differs from today
 * @param note              a sentence shown on the plot when there is no break-even
 * @param bands             the P10–P90 bands of the uncertainty run, when there is one
 */
public record ChartSpec(
        double minTokens,
        double maxTokens,
        double minCost,
        double maxCost,
        boolean logCost,
        double tokensPerRequest,
        List<Series> series,
        Optional<Band> zigZag,
        Optional<Marker> breakEven,
        Marker today,
        Optional<Marker> horizon,
        Optional<String> note,
        Optional<MonteCarlo.Bands> bands) {

    public ChartSpec {
        series = List.copyOf(series);
    }

    /**
     * One option's curve.
     *
     * @param option      which option
     * @param curve       the engine's exact cost function (for the API line and for read-outs)
     * @param steps       the exact stairs within range, or empty for a straight line or when stairs are
     *                    narrower than a pixel
     * @param recommended drawn heavier when it is the recommendation
     */
    public record Series(Option option, CostCurve curve, List<Step> steps, boolean recommended) {
        public Series {
            steps = List.copyOf(steps);
        }
    }

    /** A shaded volume range with a label. */
    public record Band(double fromTokens, double toTokens, String label) {
    }

    /** A vertical marker at a volume with a label. */
    public record Marker(double tokens, String label) {
    }

    /** The same chart with the other cost axis. */
    public ChartSpec withLogCost(boolean log, double newMinCost, double newMaxCost) {
        return new ChartSpec(minTokens, maxTokens, newMinCost, newMaxCost, log, tokensPerRequest, series, zigZag,
                breakEven, today, horizon, note, bands);
    }

    /** The same chart with the uncertainty run's bands shaded around the curves. */
    public ChartSpec withBands(Optional<MonteCarlo.Bands> newBands) {
        return new ChartSpec(minTokens, maxTokens, minCost, maxCost, logCost, tokensPerRequest, series, zigZag,
                breakEven, today, horizon, note, newBands);
    }

    /** The volumes at which bands are computed for this chart: 80, evenly spread on its log axis. */
    public double[] bandVolumes() {
        double[] v = new double[80];
        double lo = Math.log10(minTokens);
        double hi = Math.log10(maxTokens);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.pow(10, lo + (hi - lo) * i / (v.length - 1));
        }
        return v;
    }
}
