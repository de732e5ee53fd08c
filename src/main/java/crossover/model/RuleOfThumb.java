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
        double v = w.monthlyTokens();
        boolean dedicated = w.opsCapacity() == OpsCapacity.DEDICATED;
        if (w.dataSensitivity() == DataSensitivity.REGULATED) {
            return w.opsCapacity() == OpsCapacity.NONE ? Option.CLOUD_MANAGED : Option.SELF_HOSTED;
        }
        if (v < SMALL_VOLUME) {
            return Option.API_INFERENCE;
        }
        if (v > LARGE_VOLUME) {
            return dedicated ? Option.SELF_HOSTED : Option.CLOUD_MANAGED;
        }
        return dedicated ? Option.SELF_HOSTED : Option.API_INFERENCE;
    }

    /** The heuristic's own one-line justification, e.g. "below 500 M tokens/month, use an API". */
    public static String basis(Workload w) {
        double v = w.monthlyTokens();
        if (w.dataSensitivity() == DataSensitivity.REGULATED) {
            return "regulated data stays in-house";
        }
        if (v < SMALL_VOLUME) {
            return "below 500 M tokens/month, use an API";
        }
        if (v > LARGE_VOLUME) {
            return "above 5 B tokens/month, run it yourself";
        }
        return "between 500 M and 5 B tokens/month, self-host only with a dedicated ops team";
    }
}
