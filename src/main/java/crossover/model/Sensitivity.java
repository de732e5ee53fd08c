package crossover.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The tornado (COST-MODEL.md, "Sensitivity"): how far {@code D = horizonTotal(self-hosted) − horizonTotal(API)}
 * moves when one input at a time goes to 0.8× and 1.2× its value, everything else fixed (a cached-input price that
 * follows the input price keeps following it).
 */
public final class Sensitivity {

    /**
     * The inputs varied: the cost model's twelve, then version 4's two, each group in the registry's order (the
     * order of rows with equal swings).
     */
    public static final List<Input> INPUTS = Arrays.stream(Input.values()).filter(Input::inTornado)
            .sorted(Comparator.comparingInt(Input::since)).toList();

    /**
     * One bar of the tornado.
     *
     * @param input the input varied
     * @param low   D with the input at 0.8× (clamped to validity)
     * @param high  D with the input at 1.2× (clamped to validity)
     * @param swing {@code |high − low|}
     */
    public record Row(Input input, double low, double high, double swing) {
    }

    private Sensitivity() {
    }

    /** The rows, largest swing first. */
    public static List<Row> of(Scenario s) {
        List<Row> rows = new ArrayList<>();
        Scenario point = s.withUncertainty(Uncertainty.NONE);
        for (Input input : INPUTS) {
            double v = input.of(s);
            double low = d(point.with(input, input.tornadoClamp(0.8 * v)));
            double high = d(point.with(input, input.tornadoClamp(1.2 * v)));
            rows.add(new Row(input, low, high, Math.abs(high - low)));
        }
        rows.sort(Comparator.comparingDouble(Row::swing).reversed());
        return rows;
    }

    /** {@code D} of a scenario: positive when the API is cheaper over the horizon. */
    public static double d(Scenario s) {
        double[] volumes = CostEngine.monthlyVolumes(s.workload());
        ApiLine api = new ApiLine(s.api().blendedPricePerMTok(s.workload()));
        return CostEngine.horizonTotal(StairCase.selfHosted(s), volumes) - CostEngine.horizonTotal(api, volumes);
    }
}
