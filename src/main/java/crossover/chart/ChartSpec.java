package crossover.chart;

import crossover.model.CostCurve;
import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Step;
import java.util.List;
import java.util.Optional;

/**
 * What the cost chart shows, in data terms: the axes' ranges, each option's exact curve, the break-evens and the
 * headline option's zig-zag region, today's and the horizon's volume, and the labels. Built from an evaluation;
 * drawn by {@link ChartPainter} on the screen and in every export alike.
 *
 * @param minTokens         left edge, tokens per month (log axis)
 * @param maxTokens         right edge
 * @param minCost           bottom edge, $ per month
 * @param maxCost           top edge
 * @param logCost           whether the cost axis is logarithmic
 * @param tokensPerRequest  for the requests-per-day labels under the volume axis
 * @param series            the curves, the API first
 * @param zigZag            the headline option's region between first and sustained break-even, if any
 * @param breakEvens        the GPU options' sustained break-evens, the headline option's first
 * @param today             today's volume marker
 * @param horizon           the horizon's volume marker, if it differs from today
 * @param note              a sentence shown on the plot when the headline option has no break-even
 * @param bands             the P10–P90 bands of the uncertainty run, when there is one
 * @param scenario          what it was drawn from, so that the next chart can tell a small edit from another
 *                          scenario
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
        List<BreakEvenMarker> breakEvens,
        Marker today,
        Optional<Marker> horizon,
        Optional<String> note,
        Optional<MonteCarlo.Bands> bands,
        Scenario scenario) {

    public ChartSpec {
        series = List.copyOf(series);
        breakEvens = List.copyOf(breakEvens);
    }

    /**
     * One option's curve.
     *
     * @param option      which option
     * @param curve       the engine's exact cost function (for the API line and for read-outs)
     * @param steps       the exact stairs within range, or empty for a straight line or when stairs are
     *                    narrower than a pixel
     * @param recommended drawn heavier when it is the recommendation
     * @param excluded    drawn dimmed, and so marked in the legend, when the constraints rule it out
     */
    public record Series(Option option, CostCurve curve, List<Step> steps, boolean recommended, boolean excluded) {
        public Series {
            steps = List.copyOf(steps);
        }
    }

    /** A shaded volume range with a label and a shorter one for a narrow band, in an option's colour. */
    public record Band(Option option, double fromTokens, double toTokens, String label, String shortLabel) {
    }

    /**
     * A vertical marker at a volume with a label, a shorter one for when the long one finds no room, and between
     * them one that still names what the marker is ("Cloud-managed 1.7 B" before a bare "1.7 B").
     */
    public record Marker(double tokens, String label, String middleLabel, String shortLabel) {

        /** A marker with a long and a short label only. */
        public Marker(double tokens, String label, String shortLabel) {
            this(tokens, label, shortLabel, shortLabel);
        }

        /** The labels to try, longest first. */
        public java.util.List<String> candidates() {
            return java.util.List.of(label, middleLabel, shortLabel).stream().distinct().toList();
        }
    }

    /**
     * A GPU option's sustained break-even, drawn in its colour; the headline one is drawn heavier.
     */
    public record BreakEvenMarker(Option option, Marker marker, boolean headline) {
    }

    /** The headline option's break-even marker, if it has a sustained break-even. */
    public Optional<Marker> breakEven() {
        return breakEvens.stream().filter(BreakEvenMarker::headline).map(BreakEvenMarker::marker).findFirst();
    }

    /** The same chart with the other cost axis. */
    public ChartSpec withLogCost(boolean log, double newMinCost, double newMaxCost) {
        return new ChartSpec(minTokens, maxTokens, newMinCost, newMaxCost, log, tokensPerRequest, series, zigZag,
                breakEvens, today, horizon, note, bands, scenario);
    }

    /** The same chart with the uncertainty run's bands shaded around the curves. */
    public ChartSpec withBands(Optional<MonteCarlo.Bands> newBands) {
        return new ChartSpec(minTokens, maxTokens, minCost, maxCost, logCost, tokensPerRequest, series, zigZag,
                breakEvens, today, horizon, note, newBands, scenario);
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
