package crossover.model;

import java.util.Map;

/**
 * One month of the cash view (COST-MODEL.md, "Timeline and payback").
 *
 * @param month         1 … horizonMonths
 * @param monthlyTokens {@code V_m = V × (1 + g/100)^(m−1)}
 * @param costs         cash spent that month per option (set-up whole in month 1)
 * @param cumulative    cash spent up to and including that month per option
 */
public record TimelineMonth(int month, double monthlyTokens, Map<Option, Double> costs, Map<Option, Double> cumulative) {

    public TimelineMonth {
        costs = Map.copyOf(costs);
        cumulative = Map.copyOf(cumulative);
    }
}
