package crossover.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** The factors of the two variants. */
    private static final double LOW = 0.8;
    private static final double HIGH = 1.2;

    /**
     * One bar of the tornado, or a row without values when a variant cannot be computed (COST-MODEL.md,
     * "Clarifications", "Tornado clamps"): its figures would overflow a double, or the model refuses it.
     *
     * @param input  the input varied
     * @param low    D with the input at 0.8× (clamped to validity); NaN in a row without values
     * @param high   D with the input at 1.2× (clamped to validity); NaN in a row without values
     * @param swing  {@code |high − low|}; NaN in a row without values
     * @param reason why the row has no values, one sentence; empty when it has them
     */
    public record Row(Input input, double low, double high, double swing, Optional<String> reason) {

        public Row {
            boolean finite = Double.isFinite(low) && Double.isFinite(high) && Double.isFinite(swing);
            boolean absent = Double.isNaN(low) && Double.isNaN(high) && Double.isNaN(swing);
            if (reason.isPresent() ? !absent : !finite) {
                throw new IllegalArgumentException("a row has finite values or none and a reason: " + input);
            }
        }

        /** A bar from D at 0.8× to D at 1.2×. */
        public static Row of(Input input, double low, double high) {
            return new Row(input, low, high, Math.abs(high - low), Optional.empty());
        }

        /** A row without values, with the sentence that says which variant could not be computed and why. */
        public static Row withoutValues(Input input, String why) {
            return new Row(input, Double.NaN, Double.NaN, Double.NaN, Optional.of(why));
        }

        /** Whether both variants were computed. */
        public boolean hasValues() {
            return reason.isEmpty();
        }
    }

    /** Rows with values by swing, largest first; rows without values after them, in the registry's order. */
    private static final Comparator<Row> ORDER = Comparator.comparing(Row::hasValues).reversed()
            .thenComparing(Comparator.comparingDouble((Row r) -> r.hasValues() ? r.swing() : 0).reversed());

    private Sensitivity() {
    }

    /** The rows, largest swing first; a variant that cannot be computed gives a row without values. */
    public static List<Row> of(Scenario s) {
        List<Row> rows = new ArrayList<>();
        Scenario point = s.withUncertainty(Uncertainty.NONE);
        for (Input input : INPUTS) {
            Variant low = variant(point, input, LOW);
            Variant high = variant(point, input, HIGH);
            Optional<String> why = low.why().or(high::why);
            if (why.isEmpty() && !Double.isFinite(high.d() - low.d())) {
                why = Optional.of("The swing from 0.8× to 1.2× is too large to compute.");
            }
            rows.add(why.isPresent() ? Row.withoutValues(input, why.get()) : Row.of(input, low.d(), high.d()));
        }
        rows.sort(ORDER);
        return rows;
    }

    /** D of one variant, or why it has none. */
    private record Variant(double d, Optional<String> why) {
    }

    private static Variant variant(Scenario point, Input input, double factor) {
        double value = input.tornadoClamp(factor * input.of(point));
        if (!Double.isFinite(value)) {
            return new Variant(Double.NaN, Optional.of(Sentences.tornadoWithoutValues(factor, value,
                    "the value exceeds the largest number Crossover computes with (about 1.8e308)")));
        }
        try {
            double d = d(point.with(input, value));
            if (Double.isFinite(d)) {
                return new Variant(d, Optional.empty());
            }
            return new Variant(Double.NaN, Optional.of(Sentences.tornadoWithoutValues(factor, value,
                    "the difference of the horizon totals is too large to compute")));
        } catch (InvalidInputException refused) {
            return new Variant(Double.NaN, Optional.of(Sentences.tornadoWithoutValues(factor, value,
                    refused.getMessage())));
        }
    }

    /** {@code D} of a scenario: positive when the API is cheaper over the horizon. */
    public static double d(Scenario s) {
        double[] volumes = CostEngine.monthlyVolumes(s.workload());
        ApiLine api = new ApiLine(s.api().blendedPricePerMTok(s.workload()));
        return CostEngine.horizonTotal(StairCase.selfHosted(s), volumes) - CostEngine.horizonTotal(api, volumes);
    }
}
