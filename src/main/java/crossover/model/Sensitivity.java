package crossover.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tornado (COST-MODEL.md, "Sensitivity"): how far {@code D = horizonTotal(self-hosted) − horizonTotal(API)}
 * moves when one input at a time goes to 0.8× and 1.2× its value, everything else fixed.
 */
public final class Sensitivity {

    /** The inputs varied, by path, in the cost model's order. */
    public static final List<String> INPUTS = List.of(
            "workload.dailyRequests", "workload.tokensPerRequest", "workload.outputShare",
            "workload.peakToAverage", "workload.monthlyGrowthPercent", "api.inputPricePerMTok",
            "api.outputPricePerMTok", "selfHosted.gpuHourlyPrice", "selfHosted.tokensPerHourPerGpu",
            "selfHosted.maxUtilization", "selfHosted.setupCost", "selfHosted.monthlyOpsCost");

    /**
     * One bar of the tornado.
     *
     * @param input the field path
     * @param low   D with the input at 0.8× (clamped to validity)
     * @param high  D with the input at 1.2× (clamped to validity)
     * @param swing {@code |high − low|}
     */
    public record Row(String input, double low, double high, double swing) {
    }

    private Sensitivity() {
    }

    /** The rows, largest swing first. */
    public static List<Row> of(Scenario s) {
        List<Row> rows = new ArrayList<>();
        var values = ScenarioFields.numbers(s);
        for (String input : INPUTS) {
            double v = values.get(input);
            double low = d(with(s, input, clamp(input, 0.8 * v)));
            double high = d(with(s, input, clamp(input, 1.2 * v)));
            rows.add(new Row(input, low, high, Math.abs(high - low)));
        }
        rows.sort(Comparator.comparingDouble(Row::swing).reversed());
        return rows;
    }

    /** {@code D} of a scenario: positive when the API is cheaper over the horizon. */
    public static double d(Scenario s) {
        double[] volumes = CostEngine.monthlyVolumes(s.workload());
        ApiLine api = new ApiLine(s.api().blendedPricePerMTok(s.workload().outputShare()));
        return CostEngine.horizonTotal(StairCase.selfHosted(s), volumes) - CostEngine.horizonTotal(api, volumes);
    }

    /*
     * The cost model clamps output share and utilisation at 1 and peak-to-average at 1. Growth is also kept above
     * −100 % (1.2 × −90 % would be −108 %, which is no growth rate), the one clamp the cost model does not list.
     */
    private static double clamp(String input, double v) {
        return switch (input) {
            case "workload.outputShare", "selfHosted.maxUtilization" -> Math.min(1, v);
            case "workload.peakToAverage" -> Math.max(1, v);
            case "workload.monthlyGrowthPercent" -> Math.max(-99.99, v);
            default -> v;
        };
    }

    /** The scenario with one numeric field replaced. */
    static Scenario with(Scenario s, String path, double value) {
        var values = ScenarioFields.numbers(s);
        values.put(path, value);
        return ScenarioFields.build(s.name(), s.notes(), s.workload().dataSensitivity(), s.workload().opsCapacity(),
                values::get).withUncertainty(s.uncertainty());
    }
}
