package crossover.model;

/** Scenarios for tests, built from the worked examples of COST-MODEL.md. */
public final class TestScenarios {

    private TestScenarios() {
    }

    /** Worked examples 3 and 4: one GPU at $2.50/h serving 4 M tokens/hour, utilisation 1, peak 1. */
    public static Scenario oneGpu(double apiPricePerMTok, double dailyRequests, double tokensPerRequest) {
        Workload w = new Workload(dailyRequests, tokensPerRequest, 0.5, 1000, DataSensitivity.INTERNAL,
                OpsCapacity.LIMITED, 1, 0, 12);
        return new Scenario("One GPU", "", w, new ApiPricing(apiPricePerMTok, apiPricePerMTok, 300),
                new SelfHosting(2.5, 4e6, 1, 1, 1, 0, 0), new CloudManaged(30, 0, 0));
    }

    /** The largest product {@code dailyRequests × tokensPerRequest} whose monthly volume (× 30) is a finite double. */
    public static final double LARGEST_REQUEST_TOKENS = Double.MAX_VALUE / 30;

    /**
     * A valid scenario whose volume is 1/1.1 of the largest a double holds: its tornado's 1.2× variants of requests
     * per day and of tokens per request overflow, everything else is computable. The API costs $1e-6/MTok and the
     * GPUs serve 1e305 tokens an hour, so no cost overflows at that volume.
     */
    public static Scenario nearTheLargestVolume() {
        double daily = 1e150;
        Workload w = new Workload(daily, LARGEST_REQUEST_TOKENS / 1.1 / daily, 0.3, 1000, DataSensitivity.INTERNAL,
                OpsCapacity.LIMITED, 1, 0, 12);
        return new Scenario("Near the largest volume", "", w, new ApiPricing(1e-6, 1e-6, 400),
                new SelfHosting(1, 1e305, 1, 1, 1, 0, 0), new CloudManaged(30, 0, 0));
    }

    /**
     * {@link #nearTheLargestVolume()}'s costs with ranges whose ends are each valid but whose combination often is
     * not: requests per day {@code X·a} and tokens per request {@code Y·b}, X and Y triangular (0, 1, 4) and
     * {@code a·b} 1/4.4 of {@link #LARGEST_REQUEST_TOKENS}, so a draw overflows exactly when {@code X·Y > 4.4}.
     */
    public static Scenario drawsThatOverflow(int samples, long seed) {
        double a = 1e150;
        double b = LARGEST_REQUEST_TOKENS / 4.4 / a;
        Scenario s = nearTheLargestVolume().withWorkload(new Workload(a, b, 0.3, 1000, DataSensitivity.INTERNAL,
                OpsCapacity.LIMITED, 1, 0, 12));
        return s.withUncertainty(new Uncertainty(samples, seed, java.util.Map.of(
                Input.DAILY_REQUESTS, new Uncertainty.Range(0, 4 * a),
                // Tokens per request must stay above 0: the low end is 1e-12 of the mode, as good as 0 here.
                Input.TOKENS_PER_REQUEST, new Uncertainty.Range(1e-12 * b, 4 * b))));
    }

    /**
     * The first-start scenario with every input in use: owned GPUs at the default purchase price, and the cached-input
     * price stated (at the input price), so a file of it holds every field of the registry.
     */
    public static Scenario everyInput() {
        Scenario d = Input.defaults();
        return Input.scenario(d.name(), d.notes(), d.workload().dataSensitivity(), d.workload().opsCapacity(),
                Shape.NONE.with(Section.ON_PREM).stating(Input.API_CACHED_INPUT_PRICE), Input::defaultValue);
    }

    /** A plausible mid-size scenario with every cost term non-zero. */
    public static Scenario typical() {
        Workload w = new Workload(50_000, 1_500, 0.3, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 2.0,
                5, 24);
        return new Scenario("Typical", "A support assistant", w, new ApiPricing(3, 15, 400),
                new SelfHosting(2.5, 2.5e6, 2, 2, 0.6, 30_000, 4_000), new CloudManaged(30, 8_000, 1_500));
    }
}
