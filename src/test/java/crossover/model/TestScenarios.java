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
