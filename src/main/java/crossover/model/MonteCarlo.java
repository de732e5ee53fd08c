package crossover.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

/**
 * The uncertainty of the answer (COST-MODEL.md, "Uncertainty"): every input with a range is drawn from a
 * triangular distribution (low, the scenario's value, high) and each draw evaluates the whole scenario. The
 * generator is SplitMix64, written out here, so the same seed gives the same draws on every machine and JDK.
 */
public final class MonteCarlo {

    /**
     * Percentiles of a quantity over the draws (nearest rank on the sorted values).
     */
    public record Percentiles(double p10, double p50, double p90) {
    }

    /**
     * What the draws say. The figures are over the valid draws: a draw whose values together make costs too large
     * to compute (each range's ends are valid alone, their combination need not be) is counted in
     * {@code invalidDraws} and left out (COST-MODEL.md, "Clarifications", "Monte Carlo draws"). With no valid draw
     * the maps are empty, the optionals too, and the probability is NaN.
     *
     * @param samples               how many draws were taken
     * @param invalidDraws          how many of them were left out because their costs cannot be computed
     * @param seed                  the seed
     * @param horizonTotal          per option, percentiles of its horizon total
     * @param cheapestProbability   per option, the share of valid draws in which it was recommended (they sum to 1)
     * @param sustainedBreakEven    self-hosting's sustained break-even over the draws that have one, if any do
     * @param neverBreakEvenProbability share of valid draws in which self-hosting never breaks even
     * @param bands                 the P10–P90 bands, when asked for and some draw is valid
     */
    public record Result(int samples, int invalidDraws, long seed, Map<Option, Percentiles> horizonTotal,
                         Map<Option, Double> cheapestProbability, java.util.Optional<Percentiles> sustainedBreakEven,
                         double neverBreakEvenProbability, java.util.Optional<Bands> bands) {

        /** The draws the figures are over. */
        public int validDraws() {
            return samples - invalidDraws;
        }
    }

    /**
     * P10 and P90 of each option's monthly cost at given volumes, over the draws: the bands around the cost
     * curves.
     *
     * @param volumes monthly volumes, ascending
     * @param p10     per option, the 10th percentile of its cost at each volume
     * @param p90     per option, the 90th percentile of its cost at each volume
     */
    public record Bands(double[] volumes, Map<Option, double[]> p10, Map<Option, double[]> p90) {
    }

    /** Bands use at most this many draws: plenty for a shaded P10–P90, and a million-sample run stays small. */
    static final int MAX_BAND_DRAWS = 2_000;

    private MonteCarlo() {
    }

    /** Runs all the draws of the scenario's uncertainty. */
    public static Result run(Scenario s) {
        return run(s, () -> false).orElseThrow();
    }

    /**
     * Runs the draws, checking {@code cancelled} every 256 of them.
     *
     * @return empty if cancelled
     */
    public static java.util.Optional<Result> run(Scenario s, BooleanSupplier cancelled) {
        return run(s, cancelled, done -> { });
    }

    /**
     * Runs the draws, checking {@code cancelled} and reporting the share done every 256 of them.
     *
     * @return empty if cancelled
     */
    public static java.util.Optional<Result> run(Scenario s, BooleanSupplier cancelled,
                                                 java.util.function.DoubleConsumer progress) {
        return run(s, new double[0], cancelled, progress);
    }

    /**
     * Runs the draws and, when {@code bandVolumes} is not empty, the P10–P90 bands of each option's cost at
     * those volumes (from the first {@value #MAX_BAND_DRAWS} valid draws).
     *
     * @return empty if cancelled
     */
    public static java.util.Optional<Result> run(Scenario s, double[] bandVolumes, BooleanSupplier cancelled,
                                                 java.util.function.DoubleConsumer progress) {
        Uncertainty u = s.uncertainty();
        int n = u.samples();
        List<Input> paths = List.copyOf(u.ranges().keySet());
        Map<Input, Double> values = Input.valuesOf(s);
        double[] modes = paths.stream().mapToDouble(values::get).toArray();
        Scenario point = s.withUncertainty(Uncertainty.NONE);
        Evaluation base = CostEngine.evaluate(point);
        List<Option> options = base.options();

        Map<Option, double[]> totals = new EnumMap<>(Option.class);
        options.forEach(o -> totals.put(o, new double[n]));
        Map<Option, Integer> wins = new EnumMap<>(Option.class);
        double[] breakEvens = new double[n];
        int withBreakEven = 0;
        int valid = 0;
        int maxBandDraws = bandVolumes.length == 0 ? 0 : Math.min(n, MAX_BAND_DRAWS);
        Map<Option, double[][]> bandCosts = new EnumMap<>(Option.class);
        if (maxBandDraws > 0) {
            options.forEach(o -> bandCosts.put(o, new double[bandVolumes.length][maxBandDraws]));
        }
        long state = u.seed();
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                if (cancelled.getAsBoolean()) {
                    return java.util.Optional.empty();
                }
                progress.accept(i / (double) n);
            }
            Map<Input, Double> drawn = new EnumMap<>(Input.class);
            for (int k = 0; k < paths.size(); k++) {
                state += 0x9E3779B97F4A7C15L;
                Uncertainty.Range r = u.ranges().get(paths.get(k));
                double x = triangular(unit(state), r.low(), modes[k], r.high());
                // Replica counts and the horizon are whole numbers: a draw lands on the nearest one in range.
                drawn.put(paths.get(k), paths.get(k).whole()
                        ? Math.max(Math.ceil(r.low()), Math.min(Math.floor(r.high()), Math.rint(x))) : x);
            }
            java.util.Optional<Evaluation> computed = computable(point, drawn, options);
            if (computed.isEmpty()) {
                continue;
            }
            Evaluation e = computed.get();
            for (Option o : options) {
                totals.get(o)[valid] = e.cost(o).horizonTotal();
            }
            wins.merge(e.recommendation().option(), 1, Integer::sum);
            if (valid < maxBandDraws) {
                for (Option o : options) {
                    double[][] costs = bandCosts.get(o);
                    CostCurve curve = e.curve(o);
                    for (int v = 0; v < bandVolumes.length; v++) {
                        costs[v][valid] = curve.costAt(bandVolumes[v]);
                    }
                }
            }
            OptionalDouble be = e.breakEven(Option.SELF_HOSTED).sustained();
            if (be.isPresent()) {
                breakEvens[withBreakEven++] = be.getAsDouble();
            }
            valid++;
        }
        Map<Option, Percentiles> percentiles = new EnumMap<>(Option.class);
        Map<Option, Double> shares = new EnumMap<>(Option.class);
        if (valid > 0) {
            int count = valid;
            totals.forEach((o, t) -> percentiles.put(o, percentiles(t, count)));
            for (Option o : options) {
                if (!base.recommendation().excluded().contains(o) || wins.containsKey(o)) {
                    shares.put(o, wins.getOrDefault(o, 0) / (double) valid);
                }
            }
        }
        java.util.Optional<Percentiles> breakEven = withBreakEven == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(percentiles(breakEvens, withBreakEven));
        java.util.Optional<Bands> bands = java.util.Optional.empty();
        int bandDraws = Math.min(maxBandDraws, valid);
        if (bandDraws > 0) {
            Map<Option, double[]> low = new EnumMap<>(Option.class);
            Map<Option, double[]> high = new EnumMap<>(Option.class);
            int count = bandDraws;
            bandCosts.forEach((o, costs) -> {
                double[] p10 = new double[bandVolumes.length];
                double[] p90 = new double[bandVolumes.length];
                for (int v = 0; v < bandVolumes.length; v++) {
                    Percentiles p = percentiles(costs[v], count);
                    p10[v] = p.p10();
                    p90[v] = p.p90();
                }
                low.put(o, p10);
                high.put(o, p90);
            });
            bands = java.util.Optional.of(new Bands(bandVolumes.clone(), low, high));
        }
        return java.util.Optional.of(new Result(n, n - valid, u.seed(), percentiles, shares, breakEven,
                (valid - withBreakEven) / (double) valid, bands));
    }

    /** The evaluation of a draw, or empty when its values together make costs too large to compute. */
    private static java.util.Optional<Evaluation> computable(Scenario point, Map<Input, Double> drawn, List<Option> options) {
        Evaluation e;
        try {
            // Input.with keeps the point's shape: its owned GPUs, and a cached price that follows the input price.
            e = CostEngine.evaluate(Input.with(point, drawn));
        } catch (InvalidInputException tooLarge) {
            // The scenario refuses figures beyond a double (Scenario.checkComputable): this draw has none.
            return java.util.Optional.empty();
        }
        for (Option o : options) {
            if (!Double.isFinite(e.cost(o).horizonTotal())) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(e);
    }

    /** Nearest-rank percentiles of the first {@code count} values. */
    static Percentiles percentiles(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 10), rank(sorted, 50), rank(sorted, 90));
    }

    private static double rank(double[] sorted, int percent) {
        int r = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(1, r) - 1];
    }

    /** SplitMix64's output function on an advanced state, as a double in [0, 1). */
    static double unit(long state) {
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** The inverse CDF of the triangular distribution; a zero-width range is its constant. */
    static double triangular(double u, double low, double mode, double high) {
        if (high == low) {
            return low;
        }
        double width = high - low;
        double split = (mode - low) / width;
        // sqrt(u · width · (mode − low)) written as width · sqrt(u · split): the product of two widths near 1e300
        // would overflow to infinity and every draw would land on an end.
        double x = u < split
                ? low + width * Math.sqrt(u * split)
                : high - width * Math.sqrt((1 - u) * (1 - split));
        return Math.max(low, Math.min(high, x));
    }
}
