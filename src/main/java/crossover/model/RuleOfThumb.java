package crossover.model;

/** The widely quoted heuristic (COST-MODEL.md, "Rule of thumb"): shown beside the recommendation, never instead. */
public final class RuleOfThumb {

    /** Below this many tokens a month the heuristic says API. */
    public static final double SMALL_VOLUME = 500e6;
    /** Above this many tokens a month the heuristic says run it yourself. */
    public static final double LARGE_VOLUME = 5e9;

    private RuleOfThumb() {
    }

    /** The heuristic's pick for today's volume. */
    public static Option pick(Workload w) {
        return verdict(w).pick();
    }

    /**
     * The heuristic's own justification, naming the option it picks, so the sentence around it never contradicts
     * it: "above 5 B tokens/month without a dedicated ops team, use a managed GPU endpoint".
     */
    public static String basis(Workload w) {
        return verdict(w).basis();
    }

    /** Pick and justification come from one branch each, so they cannot drift apart. */
    private record Verdict(Option pick, String basis) {
    }

    private static Verdict verdict(Workload w) {
        double v = w.monthlyTokens();
        boolean dedicated = w.opsCapacity() == OpsCapacity.DEDICATED;
        if (w.dataSensitivity() == DataSensitivity.REGULATED) {
            return w.opsCapacity() == OpsCapacity.NONE
                    ? new Verdict(Option.CLOUD_MANAGED,
                    "regulated data stays in-house; with no ops team, on a managed GPU endpoint")
                    : new Verdict(Option.SELF_HOSTED, "regulated data stays in-house: run it yourself");
        }
        if (v < SMALL_VOLUME) {
            return new Verdict(Option.API_INFERENCE, "below 500 M tokens/month, use an API");
        }
        if (v > LARGE_VOLUME) {
            return dedicated
                    ? new Verdict(Option.SELF_HOSTED, "above 5 B tokens/month with a dedicated ops team, run it yourself")
                    : new Verdict(Option.CLOUD_MANAGED,
                    "above 5 B tokens/month without a dedicated ops team, use a managed GPU endpoint");
        }
        return dedicated
                ? new Verdict(Option.SELF_HOSTED,
                "between 500 M and 5 B tokens/month with a dedicated ops team, run it yourself")
                : new Verdict(Option.API_INFERENCE,
                "between 500 M and 5 B tokens/month without a dedicated ops team, stay on an API");
    }
}
