package crossover.model;

/** One option's monthly cost as a function of monthly token volume. */
public sealed interface CostCurve permits ApiLine, StairCase, HybridCurve {

    /** Monthly cost in $ at {@code monthlyTokens} tokens per month. */
    double costAt(double monthlyTokens);

    /**
     * For each month of a timeline whose volumes are {@code volumes} (month 1 first): into {@code cost} the monthly
     * cost, exactly {@link #costAt}, and into {@code cash} the cash spent that month: the monthly cost without the
     * set-up spread over the horizon, plus the whole set-up cost in month 1, and for owned GPUs their purchase in the
     * month that first needs them (COST-MODEL.md, "Timeline and payback", version 4). Both in one pass, since the
     * engine needs both on every slider move.
     */
    void byMonth(double[] volumes, double[] cost, double[] cash);
}
