package crossover.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The cheapest option within the scenario's constraints, with the reasons a person can read.
 *
 * @param option     the recommended option
 * @param excluded   options ruled out by constraints, in display order
 * @param exclusions why each excluded option was ruled out
 * @param reasons    plain-language reasons: exclusions, margin, break-even distance, GPUs and utilisation
 */
public record Recommendation(Option option, List<Option> excluded, Map<Option, String> exclusions,
                             List<String> reasons) {

    /** Two costs at most this many dollars apart are a tie (COST-MODEL.md, "Ties"): half a cent. */
    public static final double TIE_DOLLARS = 0.005;

    public Recommendation {
        excluded = List.copyOf(excluded);
        exclusions = Map.copyOf(exclusions);
        reasons = List.copyOf(reasons);
    }

    /** Whether two costs are a tie: at most half a cent apart. */
    public static boolean tie(double a, double b) {
        return Math.abs(a - b) <= TIE_DOLLARS;
    }

    /**
     * The cheapest of some options; among those that tie with the cheapest, the one with the least ops work
     * (api-inference, cloud-managed, hybrid, self-hosted).
     */
    static Option cheapest(Collection<Option> options, ToDoubleFunction<Option> cost) {
        double least = Double.POSITIVE_INFINITY;
        for (Option o : options) {
            least = Math.min(least, cost.applyAsDouble(o));
        }
        Option best = null;
        for (Option o : options) {
            if (tie(cost.applyAsDouble(o), least) && (best == null || o.opsRank() < best.opsRank())) {
                best = o;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no options to choose from");
        }
        return best;
    }
}
