package crossover.model;

/**
 * One stair of a GPU option's cost: over monthly volumes {@code (fromTokens, toTokens]} (the first stair
 * includes {@code fromTokens = 0}) the option runs {@code replicas} replicas at a constant monthly cost.
 */
public record Step(double fromTokens, double toTokens, double replicas, double monthlyCost) {
}
