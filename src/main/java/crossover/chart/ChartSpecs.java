package crossover.chart;

import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.Input;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Sentences;
import crossover.model.StairCase;
import crossover.model.Step;
import crossover.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the cost chart's {@link ChartSpec} from an evaluation. */
public final class ChartSpecs {

    /** Beyond this many stairs in view a stair is narrower than a pixel; the painter then traces the curve. */
    static final int MAX_EXACT_STEPS = 4000;
    /** Key volumes stay at least this many decades inside the edges before the axis is re-ranged. */
    private static final double MARGIN_DECADES = 0.25;
    /**
     * A kept axis may reach at most this many decades beyond where a fresh fit would put each edge: past that the
     * scenario has moved elsewhere (an undo, New, a file) and the old axis would squash its curves.
     */
    private static final double SLACK_DECADES = 1;
    private static final double MIN_TOKENS = 1e3;

    private ChartSpecs() {
    }

    /**
     * The chart of an evaluation. Through a small edit (a slider's drag) the volume axis keeps {@code previous}'s
     * range while today's and the horizon's volume and the headline break-evens stay well inside it and it is not
     * much wider than a fresh fit, so the chart holds still; any other change gets the axis the scenario would get
     * on its own.
     */
    public static ChartSpec of(Evaluation e, boolean logCost, Optional<ChartSpec> previous) {
        Option headline = e.headlineOption();
        BreakEven be = e.breakEven(headline);
        Fit fit = fit(e);
        double minTokens = fit.minTokens();
        double maxTokens = fit.maxTokens();
        if (previous.isPresent() && keeps(previous.get(), e.scenario(), fit)) {
            minTokens = previous.get().minTokens();
            maxTokens = previous.get().maxTokens();
        }

        List<ChartSpec.Series> series = new ArrayList<>();
        Option best = e.recommendation().option();
        series.add(new ChartSpec.Series(Option.API_INFERENCE, e.apiLine(), List.of(), best == Option.API_INFERENCE,
                e.excluded(Option.API_INFERENCE)));
        for (Option o : List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED)) {
            series.add(stairSeries(e, o, minTokens, maxTokens, best));
        }
        // The hybrid mixes the API line with batch stairs: traced from its exact cost function.
        e.hybridCurve().ifPresent(h -> series.add(new ChartSpec.Series(Option.HYBRID, h, List.of(),
                best == Option.HYBRID, e.excluded(Option.HYBRID))));
        // Owned GPUs last, over the hybrid.
        if (e.options().contains(Option.ON_PREM)) {
            series.add(stairSeries(e, Option.ON_PREM, minTokens, maxTokens, best));
        }

        double[] costs = costRange(series, minTokens, maxTokens, logCost);
        Optional<ChartSpec.Band> band = be.zigZags() && be.sustained().isPresent()
                ? Optional.of(new ChartSpec.Band(headline, be.first().getAsDouble(), be.sustained().getAsDouble(),
                "cheaper only in stretches", "in stretches"))
                : Optional.empty();
        List<ChartSpec.BreakEvenMarker> breakEvens = breakEvens(e, headline);
        ChartSpec.Marker today = new ChartSpec.Marker(e.monthlyTokens(), "Today " + Units.compact(e.monthlyTokens()),
                "Today");
        int months = e.scenario().workload().horizonMonths();
        Optional<ChartSpec.Marker> horizon = e.horizonMonthlyTokens() != e.monthlyTokens()
                ? Optional.of(new ChartSpec.Marker(e.horizonMonthlyTokens(),
                "Month " + months + ": " + Units.compact(e.horizonMonthlyTokens()), "Month " + months))
                : Optional.empty();
        Optional<String> note = be.sustained().isPresent() ? Optional.empty()
                : Optional.of(Sentences.breakEven(e, headline));
        return new ChartSpec(minTokens, maxTokens, costs[0], costs[1], logCost, e.scenario().workload().tokensPerRequest(),
                series, band, breakEvens, today, horizon, note, Optional.empty(), e.scenario());
    }

    /**
     * The headline option's sustained break-even, then the other GPU option's if it is within the constraints,
     * named, since only the headline one goes without saying.
     */
    private static List<ChartSpec.BreakEvenMarker> breakEvens(Evaluation e, Option headline) {
        List<ChartSpec.BreakEvenMarker> markers = new ArrayList<>();
        List<Option> order = new ArrayList<>(List.of(headline));
        for (Option o : e.breakEvenOptions()) {
            if (o != headline && o != Option.HYBRID) {
                order.add(o);
            }
        }
        for (Option o : order) {
            BreakEven b = e.breakEven(o);
            if (b.sustained().isEmpty() || o != headline && e.excluded(o)) {
                continue;
            }
            double v = b.sustained().getAsDouble();
            ChartSpec.Marker marker = o == headline
                    ? new ChartSpec.Marker(v, Sentences.breakEvenMarker(b), "Break-even " + Units.compact(v))
                    : new ChartSpec.Marker(v, o.label() + " break-even " + Units.compact(v),
                            o.label() + " " + Units.compact(v), Units.compact(v));
            markers.add(new ChartSpec.BreakEvenMarker(o, marker, o == headline));
        }
        return markers;
    }

    /**
     * The volume axis a scenario gets on its own, and the key volumes it was fitted to.
     *
     * @param minTokens left edge
     * @param maxTokens right edge
     * @param lowest    the smallest key volume
     * @param highest   the largest key volume
     */
    record Fit(double minTokens, double maxTokens, double lowest, double highest) {
    }

    /**
     * The axis a scenario gets on its own: whole decades, at least half a decade beyond today's and the horizon's
     * volume, the headline option's break-evens and its first stair, and at least three decades wide.
     */
    static Fit fit(Evaluation e) {
        List<Double> keys = keys(e);
        double lo = keys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = keys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double minTokens = Math.max(MIN_TOKENS, Math.pow(10, Math.floor(Math.log10(lo) - 0.5)));
        double maxTokens = Math.pow(10, Math.ceil(Math.log10(hi) + 0.5));
        if (Math.log10(maxTokens / minTokens) < 3) {
            maxTokens = minTokens * 1e3;
        }
        return new Fit(minTokens, maxTokens, lo, hi);
    }

    private static List<Double> keys(Evaluation e) {
        Option headline = e.headlineOption();
        BreakEven be = e.breakEven(headline);
        StairCase stairs = e.stairs(headline);
        List<Double> keys = new ArrayList<>();
        keys.add(e.monthlyTokens());
        keys.add(e.horizonMonthlyTokens());
        be.first().ifPresent(keys::add);
        be.sustained().ifPresent(keys::add);
        keys.add(stairs.upperEdge(stairs.minReplicas()));
        if (e.options().contains(Option.ON_PREM)) {
            e.breakEven(Option.ON_PREM).first().ifPresent(keys::add);
            e.breakEven(Option.ON_PREM).sustained().ifPresent(keys::add);
        }
        keys.removeIf(v -> !(v > 0) || !Double.isFinite(v));
        if (keys.isEmpty()) {
            keys.add(1e9);
        }
        return keys;
    }

    /** Whether the chart of {@code e} would keep {@code previous}'s volume axis (see {@link #of}). */
    public static boolean keepsAxis(ChartSpec previous, Evaluation e) {
        return keeps(previous, e.scenario(), fit(e));
    }

    /**
     * Whether the previous axis stays: the scenario is a small edit of the previous one (one input moved, as
     * a slider does), the key volumes are well inside the axis, and neither edge lies more than
     * {@link #SLACK_DECADES} beyond the fresh fit's. Any other scenario (a file, New, a sample) gets its own fit.
     */
    private static boolean keeps(ChartSpec previous, Scenario now, Fit fit) {
        return smallEdit(previous.scenario(), now)
                && Math.log10(fit.lowest() / previous.minTokens()) >= MARGIN_DECADES
                && Math.log10(previous.maxTokens() / fit.highest()) >= MARGIN_DECADES
                && Math.log10(fit.minTokens() / previous.minTokens()) <= SLACK_DECADES + 1e-9
                && Math.log10(previous.maxTokens() / fit.maxTokens()) <= SLACK_DECADES + 1e-9;
    }

    /** The same name and choices, and at most one input with another value. */
    static boolean smallEdit(Scenario before, Scenario after) {
        if (!before.name().equals(after.name())
                || before.workload().dataSensitivity() != after.workload().dataSensitivity()
                || before.workload().opsCapacity() != after.workload().opsCapacity()) {
            return false;
        }
        Map<Input, Double> a = Input.valuesOf(before);
        Map<Input, Double> b = Input.valuesOf(after);
        return a.keySet().stream().filter(i -> !a.get(i).equals(b.get(i))).count() <= 1;
    }

    /** A GPU option's stairs in view, exactly while there are few enough to draw one by one. */
    private static ChartSpec.Series stairSeries(Evaluation e, Option o, double minTokens, double maxTokens,
                                                Option best) {
        StairCase stairs = e.stairs(o);
        List<Step> steps = stairs.stepCount(minTokens, maxTokens) <= MAX_EXACT_STEPS
                ? stairs.steps(minTokens, maxTokens, MAX_EXACT_STEPS)
                : List.of();
        return new ChartSpec.Series(o, stairs, steps, best == o, e.excluded(o));
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
