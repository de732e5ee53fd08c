package crossover.model;

/**
 * The API's cost: a straight line through the origin, {@code API(V) = V × p / 1e6}.
 *
 * @param blendedPricePerMTok the blended $/MTok {@code p}
 */
public record ApiLine(double blendedPricePerMTok) implements CostCurve {

    @Override
    public double costAt(double monthlyTokens) {
        return monthlyTokens * blendedPricePerMTok / Units.TOKENS_PER_MTOK;
    }

    @Override
    public void byMonth(double[] volumes, double[] cost, double[] cash) {
        for (int i = 0; i < volumes.length; i++) {
            cost[i] = costAt(volumes[i]);
            cash[i] = cost[i];
        }
    }
}
