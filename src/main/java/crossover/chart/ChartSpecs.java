package crossover.chart;

import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.Sentences;
import crossover.model.StairCase;
import crossover.model.Step;
import crossover.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the cost chart's {@link ChartSpec} from an evaluation. */
public final class ChartSpecs {

    /** Beyond this many stairs in view a stair is narrower than a pixel; the painter then traces the curve. */
    static final int MAX_EXACT_STEPS = 4000;
    /** Key volumes stay at least this many decades inside the edges before the axis is re-ranged. */
    private static final double MARGIN_DECADES = 0.25;
    private static final double MIN_TOKENS = 1e3;

    private ChartSpecs() {
    }

    /**
     * The chart of an evaluation. The volume axis keeps {@code previous}'s range while today's and the
     * horizon's volume and the break-evens stay well inside it, so the chart holds still while a slider moves.
     */
    public static ChartSpec of(Evaluation e, boolean logCost, Optional<ChartSpec> previous) {
        BreakEven sh = e.breakEven(Option.SELF_HOSTED);
        List<Double> keys = new ArrayList<>();
        keys.add(e.monthlyTokens());
        keys.add(e.horizonMonthlyTokens());
        sh.first().ifPresent(keys::add);
        sh.sustained().ifPresent(keys::add);
        keys.add(e.selfHostedStairs().upperEdge(e.selfHostedStairs().minReplicas()));
        if (e.options().contains(Option.ON_PREM)) {
            e.breakEven(Option.ON_PREM).first().ifPresent(keys::add);
            e.breakEven(Option.ON_PREM).sustained().ifPresent(keys::add);
        }
        keys.removeIf(v -> !(v > 0) || !Double.isFinite(v));
        if (keys.isEmpty()) {
            keys.add(1e9);
        }
        double lo = keys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = keys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();

        double minTokens;
        double maxTokens;
        if (previous.isPresent() && fitsWell(previous.get(), lo, hi)) {
            minTokens = previous.get().minTokens();
            maxTokens = previous.get().maxTokens();
        } else {
            minTokens = Math.max(MIN_TOKENS, Math.pow(10, Math.floor(Math.log10(lo) - 0.5)));
            maxTokens = Math.pow(10, Math.ceil(Math.log10(hi) + 0.5));
            if (Math.log10(maxTokens / minTokens) < 3) {
                maxTokens = minTokens * 1e3;
            }
        }

        List<ChartSpec.Series> series = new ArrayList<>();
        Option best = e.recommendation().option();
        series.add(new ChartSpec.Series(Option.API_INFERENCE, e.apiLine(), List.of(), best == Option.API_INFERENCE));
        for (Option o : e.breakEvenOptions()) {
            if (o == Option.ON_PREM) {
                continue; // drawn last, over the hybrid
            }
            series.add(stairSeries(o, e.stairs(o), minTokens, maxTokens, best));
        }
        // The hybrid mixes the API line with batch stairs: traced from its exact cost function.
        e.hybridCurve().ifPresent(h -> series.add(new ChartSpec.Series(Option.HYBRID, h, List.of(),
                best == Option.HYBRID)));
        if (e.options().contains(Option.ON_PREM)) {
            series.add(stairSeries(Option.ON_PREM, e.stairs(Option.ON_PREM), minTokens, maxTokens, best));
        }

        double[] costs = costRange(series, minTokens, maxTokens, logCost);
        Optional<ChartSpec.Band> band = sh.zigZags() && sh.sustained().isPresent()
                ? Optional.of(new ChartSpec.Band(sh.first().getAsDouble(), sh.sustained().getAsDouble(),
                "cheaper only in stretches"))
                : Optional.empty();
        Optional<ChartSpec.Marker> breakEven = sh.sustained().isPresent()
                ? Optional.of(new ChartSpec.Marker(sh.sustained().getAsDouble(), Sentences.breakEvenMarker(sh)))
                : Optional.empty();
        ChartSpec.Marker today = new ChartSpec.Marker(e.monthlyTokens(), "Today " + Units.compact(e.monthlyTokens()));
        int months = e.scenario().workload().horizonMonths();
        Optional<ChartSpec.Marker> horizon = e.horizonMonthlyTokens() != e.monthlyTokens()
                ? Optional.of(new ChartSpec.Marker(e.horizonMonthlyTokens(),
                "Month " + months + " " + Units.compact(e.horizonMonthlyTokens())))
                : Optional.empty();
        Optional<String> note = sh.sustained().isPresent() ? Optional.empty()
                : Optional.of(Sentences.breakEven(e, Option.SELF_HOSTED));
        return new ChartSpec(minTokens, maxTokens, costs[0], costs[1], logCost, e.scenario().workload().tokensPerRequest(),
                series, band, breakEven, today, horizon, note, Optional.empty());
    }

    /** A GPU option's stairs in view, exactly while there are few enough to draw one by one. */
    private static ChartSpec.Series stairSeries(Option o, StairCase stairs, double minTokens, double maxTokens,
                                                Option best) {
        List<Step> steps = stairs.stepCount(minTokens, maxTokens) <= MAX_EXACT_STEPS
                ? stairs.steps(minTokens, maxTokens, MAX_EXACT_STEPS)
                : List.of();
        return new ChartSpec.Series(o, stairs, steps, best == o);
    }

    private static boolean fitsWell(ChartSpec previous, double lo, double hi) {
        return Math.log10(lo / previous.minTokens()) >= MARGIN_DECADES
                && Math.log10(previous.maxTokens() / hi) >= MARGIN_DECADES;
    }

    private static double[] costRange(List<ChartSpec.Series> series, double minTokens, double maxTokens, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (ChartSpec.Series s : series) {
            for (double v : new double[] {minTokens, maxTokens}) {
                double c = s.curve().costAt(v);
                if (c > 0) {
                    lo = Math.min(lo, c);
                }
                hi = Math.max(hi, c);
            }
        }
        if (!(hi > 0)) {
            return log ? new double[] {1, 10} : new double[] {0, 1};
        }
        if (log) {
            double bottom = Math.max(lo, hi * 1e-6) / 1.6;
            double top = hi * 1.6;
            return new double[] {bottom, Math.max(top, bottom * 10)};
        }
        double step = Scale.niceStep(hi / 6);
        return new double[] {0, Math.ceil(hi * 1.04 / step) * step};
    }
}
