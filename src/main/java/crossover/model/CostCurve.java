package crossover.model;

/** One option's monthly cost as a function of monthly token volume. */
public sealed interface CostCurve permits ApiLine, StairCase {

    /** Monthly cost in $ at {@code monthlyTokens} tokens per month. */
    double costAt(double monthlyTokens);
}
