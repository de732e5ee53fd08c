package crossover.model;

import java.util.List;
import java.util.Map;

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

    public Recommendation {
        excluded = List.copyOf(excluded);
        exclusions = Map.copyOf(exclusions);
        reasons = List.copyOf(reasons);
    }
}
