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
    public double[] cashByMonth(double[] volumes) {
        double[] cash = new double[volumes.length];
        for (int i = 0; i < volumes.length; i++) {
            cash[i] = costAt(volumes[i]);
        }
        return cash;
    }
}
