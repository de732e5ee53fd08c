package crossover.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cash view over the horizon (COST-MODEL.md, "Timeline and payback"), kept as flat arrays because it is
 * rebuilt on every slider move: per option the cash spent in each month (set-up whole in month 1, owned GPUs
 * paid when bought) and the running total. {@link #months()} gives the same as records for reading.
 */
public final class Timeline {

    private final double[] volumes;
    private final Map<Option, double[]> cash = new EnumMap<>(Option.class);
    private final Map<Option, double[]> cumulative = new EnumMap<>(Option.class);

    /** A timeline of the cash each option spends per month ({@code cash}, index 0 is month 1) at these volumes. */
    Timeline(Map<Option, double[]> cash, double[] volumes) {
        this.volumes = volumes.clone();
        for (Map.Entry<Option, double[]> c : cash.entrySet()) {
            double[] spent = c.getValue();
            double[] total = new double[volumes.length];
            double running = 0;
            for (int i = 0; i < volumes.length; i++) {
                running += spent[i];
                total[i] = running;
            }
            this.cash.put(c.getKey(), spent);
            cumulative.put(c.getKey(), total);
        }
    }

    /** How many months. */
    public int length() {
        return volumes.length;
    }

    /** The options it covers. */
    public Set<Option> options() {
        return Collections.unmodifiableSet(cash.keySet());
    }

    /** Monthly volume in month {@code m} (1-based). */
    public double volume(int m) {
        return volumes[m - 1];
    }

    /** Cash an option spends in month {@code m} (1-based). */
    public double cash(Option o, int m) {
        return cash.get(o)[m - 1];
    }

    /** Cash an option has spent up to and including month {@code m} (1-based). */
    public double cumulative(Option o, int m) {
        return cumulative.get(o)[m - 1];
    }

    /** The first month from which an option's cumulative cash stays at or below the API's; 0 if none. */
    int paybackMonth(Option o) {
        double[] mine = cumulative.get(o);
        double[] api = cumulative.get(Option.API_INFERENCE);
        int month = 0;
        for (int i = mine.length - 1; i >= 0 && mine[i] <= api[i]; i--) {
            month = i + 1;
        }
        return month;
    }

    /** The months as records, for JSON, CSV and tests. */
    public List<TimelineMonth> months() {
        List<TimelineMonth> months = new ArrayList<>(volumes.length);
        for (int i = 0; i < volumes.length; i++) {
            Map<Option, Double> spent = new EnumMap<>(Option.class);
            Map<Option, Double> total = new EnumMap<>(Option.class);
            for (Option o : cash.keySet()) {
                spent.put(o, cash.get(o)[i]);
                total.put(o, cumulative.get(o)[i]);
            }
            months.add(new TimelineMonth(i + 1, volumes[i], spent, total));
        }
        return months;
    }
}
