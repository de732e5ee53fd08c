package crossover.chart;

import crossover.model.Evaluation;
import crossover.model.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the timeline chart shows, in data terms: each option's cash per month and cumulative cash over the
 * horizon, the payback months, the month the cheapest option changes, and the months owned GPUs are bought.
 *
 * @param months     the horizon in months
 * @param series     one per option, the API first
 * @param payback    per option that pays back, its month
 * @param switchNote "From month 9 self-hosted is cheapest", if the cheapest option changes
 * @param switchMonth that month, if any
 * @param purchases  by month, the GPUs owning them buys that month (none without owned GPUs)
 */
public record TimelineSpec(int months, List<Series> series, Map<Option, Integer> payback, Optional<String> switchNote,
                           OptionalInt switchMonth, Map<Integer, Double> purchases) {

    public TimelineSpec {
        series = List.copyOf(series);
        payback = Map.copyOf(payback);
        purchases = Map.copyOf(purchases);
    }

    /**
     * One option's money over time.
     *
     * @param monthly     cash spent in each month (index 0 is month 1)
     * @param cumulative  cash spent up to each month
     * @param recommended drawn heavier when it is the recommendation
     * @param excluded    drawn dimmed, and so marked in the legend, when the constraints rule it out
     */
    public record Series(Option option, double[] monthly, double[] cumulative, boolean recommended, boolean excluded) {
    }

    public static TimelineSpec of(Evaluation e) {
        List<Series> series = new ArrayList<>();
        for (Option o : e.options()) {
            int months = e.cash().length();
            double[] monthly = new double[months];
            double[] cumulative = new double[months];
            for (int m = 1; m <= months; m++) {
                monthly[m - 1] = e.cash().cash(o, m);
                cumulative[m - 1] = e.cash().cumulative(o, m);
            }
            series.add(new Series(o, monthly, cumulative, o == e.recommendation().option(), e.excluded(o)));
        }
        Map<Option, Integer> payback = new java.util.EnumMap<>(Option.class);
        e.paybackMonth().forEach((o, m) -> m.ifPresent(month -> payback.put(o, month)));
        OptionalInt switchMonth = e.switchMonth();
        Optional<String> note = switchMonth.isPresent()
                ? Optional.of("From month " + switchMonth.getAsInt() + " " + e.cheapestByMonth()
                .get(switchMonth.getAsInt() - 1).noun() + " is cheapest")
                : Optional.empty();
        Map<Integer, Double> purchases = new java.util.TreeMap<>();
        double[] bought = e.gpusBought();
        for (int i = 0; i < bought.length; i++) {
            if (bought[i] > 0) {
                purchases.put(i + 1, bought[i]);
            }
        }
        return new TimelineSpec(e.scenario().workload().horizonMonths(), series, payback, note, switchMonth,
                purchases);
    }
}
