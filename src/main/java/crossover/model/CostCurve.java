package crossover.model;

/** One option's monthly cost as a function of monthly token volume. */
public sealed interface CostCurve permits ApiLine, StairCase, HybridCurve {

    /** Monthly cost in $ at {@code monthlyTokens} tokens per month. */
    double costAt(double monthlyTokens);

    /**
     * The cash spent in a month of the timeline: the monthly cost without the set-up spread over the horizon,
     * plus the whole set-up cost in month 1 (COST-MODEL.md, "Timeline and payback").
     */
    double cashCostAt(double monthlyTokens, int month);
}
