package crossover.model;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** COST-MODEL.md, "Sensitivity" and "Uncertainty". */
class SensitivityAndUncertaintyTest {

    private final Scenario typical = TestScenarios.typical();

    private static double d(Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        return e.cost(Option.SELF_HOSTED).horizonTotal() - e.cost(Option.API_INFERENCE).horizonTotal();
    }

    @Test
    void tornadoRowsEqualAHandRecomputationOfEachInputAtEightyAndOneHundredTwentyPercent() {
        List<Sensitivity.Row> rows = Sensitivity.of(typical);
        Workload w = typical.workload();
        SelfHosting h = typical.selfHosted();

        Sensitivity.Row gpu = rows.stream().filter(r -> r.input() == Input.GPU_HOURLY_PRICE).findFirst()
                .orElseThrow();
        assertThat(gpu.low()).isEqualTo(d(typical.withSelfHosted(new SelfHosting(0.8 * 2.5, h.tokensPerHourPerGpu(),
                h.gpusPerReplica(), h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost()))));
        assertThat(gpu.high()).isEqualTo(d(typical.withSelfHosted(new SelfHosting(1.2 * 2.5, h.tokensPerHourPerGpu(),
                h.gpusPerReplica(), h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost()))));
        assertThat(gpu.swing()).isEqualTo(Math.abs(gpu.high() - gpu.low()));

        Sensitivity.Row requests = rows.stream().filter(r -> r.input() == Input.DAILY_REQUESTS).findFirst()
                .orElseThrow();
        assertThat(requests.high()).isEqualTo(d(typical.withWorkload(w.withDailyRequests(1.2 * 50_000))));

        assertThat(rows).extracting(Sensitivity.Row::input).containsExactlyInAnyOrderElementsOf(Sensitivity.INPUTS);
        assertThat(rows).extracting(Sensitivity.Row::swing).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void tornadoClampsUtilisationAtOne() {
        SelfHosting h = typical.selfHosted();
        Scenario nearlyFull = typical.withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(),
                h.gpusPerReplica(), h.minReplicas(), 0.9, h.setupCost(), h.monthlyOpsCost()));

        Sensitivity.Row util = Sensitivity.of(nearlyFull).stream()
                .filter(r -> r.input() == Input.MAX_UTILIZATION).findFirst().orElseThrow();

        assertThat(util.high()).isEqualTo(d(nearlyFull.withSelfHosted(new SelfHosting(h.gpuHourlyPrice(),
                h.tokensPerHourPerGpu(), h.gpusPerReplica(), h.minReplicas(), 1.0, h.setupCost(), h.monthlyOpsCost()))));
    }

    private static Scenario withRanges(Scenario s, int samples, long seed, Map<Input, Uncertainty.Range> ranges) {
        return s.withUncertainty(new Uncertainty(samples, seed, ranges));
    }

    @Test
    void zeroWidthRangesReproduceThePointEstimateExactly() {
        Scenario s = withRanges(typical, 500, 7, Map.of(
                Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(2.5e6, 2.5e6),
                Input.API_OUTPUT_PRICE, new Uncertainty.Range(15, 15)));
        Evaluation point = CostEngine.evaluate(typical);

        MonteCarlo.Result r = MonteCarlo.run(s);

        for (Option o : point.options()) {
            double total = point.cost(o).horizonTotal();
            assertThat(r.horizonTotal().get(o)).isEqualTo(new MonteCarlo.Percentiles(total, total, total));
        }
        assertThat(r.cheapestProbability().get(point.recommendation().option())).isEqualTo(1.0);
        double be = point.breakEven(Option.SELF_HOSTED).sustained().getAsDouble();
        assertThat(r.sustainedBreakEven()).hasValue(new MonteCarlo.Percentiles(be, be, be));
        assertThat(r.neverBreakEvenProbability()).isZero();
    }

    @Test
    void zeroWidthRangesGiveBandsOnTheCurvesAndWiderRangesBandsAroundThem() {
        double[] volumes = {1e8, 1e9, 3e9, 1e10};
        Scenario fixed = withRanges(typical, 200, 1, Map.of(Input.API_INPUT_PRICE, new Uncertainty.Range(3, 3)));
        Scenario unsure = withRanges(typical, 2_000, 1, Map.of(Input.API_INPUT_PRICE, new Uncertainty.Range(1, 6),
                Input.GPU_HOURLY_PRICE, new Uncertainty.Range(1.5, 4)));
        Evaluation point = CostEngine.evaluate(typical);

        MonteCarlo.Bands flat = MonteCarlo.run(fixed, volumes, () -> false, x -> { }).orElseThrow().bands().orElseThrow();
        MonteCarlo.Bands wide = MonteCarlo.run(unsure, volumes, () -> false, x -> { }).orElseThrow().bands().orElseThrow();

        for (Option o : point.options()) {
            for (int i = 0; i < volumes.length; i++) {
                double cost = point.curve(o).costAt(volumes[i]);
                assertThat(flat.p10().get(o)[i]).isEqualTo(cost);
                assertThat(flat.p90().get(o)[i]).isEqualTo(cost);
                assertThat(wide.p10().get(o)[i]).isLessThanOrEqualTo(cost);
                assertThat(wide.p90().get(o)[i]).isGreaterThanOrEqualTo(cost);
            }
        }
        assertThat(wide.p90().get(Option.SELF_HOSTED)[3]).isGreaterThan(wide.p10().get(Option.SELF_HOSTED)[3]);
    }

    @Test
    void theSameSeedGivesTheSameAnswerAndAnotherSeedAnother() {
        Map<Input, Uncertainty.Range> ranges = Map.of(
                Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(1.2e6, 5e6),
                Input.GPU_HOURLY_PRICE, new Uncertainty.Range(1.8, 4));

        MonteCarlo.Result a = MonteCarlo.run(withRanges(typical, 2_000, 42, ranges));
        MonteCarlo.Result b = MonteCarlo.run(withRanges(typical, 2_000, 42, ranges));
        MonteCarlo.Result c = MonteCarlo.run(withRanges(typical, 2_000, 43, ranges));

        assertThat(b).isEqualTo(a);
        assertThat(c.horizonTotal()).isNotEqualTo(a.horizonTotal());
    }

    @Property(tries = 25)
    void percentilesAreOrderedAndCheapestProbabilitiesSumToOne(
            @ForAll @DoubleRange(min = 0.3, max = 1.0) double lowFactor,
            @ForAll @DoubleRange(min = 1.0, max = 3.0) double highFactor,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Scenario s = withRanges(typical, 300, seed, Map.of(
                Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(2.5e6 * lowFactor, 2.5e6 * highFactor),
                Input.DAILY_REQUESTS, new Uncertainty.Range(50_000 * lowFactor, 50_000 * highFactor),
                Input.API_INPUT_PRICE, new Uncertainty.Range(3 * lowFactor, 3 * highFactor)));

        MonteCarlo.Result r = MonteCarlo.run(s);

        r.horizonTotal().values().forEach(p -> assertThat(p.p10()).isLessThanOrEqualTo(p.p50()));
        r.horizonTotal().values().forEach(p -> assertThat(p.p50()).isLessThanOrEqualTo(p.p90()));
        r.sustainedBreakEven().ifPresent(p -> assertThat(p.p10()).isLessThanOrEqualTo(p.p50()).isLessThanOrEqualTo(p.p90()));
        assertThat(r.cheapestProbability().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(r.neverBreakEvenProbability()).isBetween(0.0, 1.0);
    }

    @Test
    void triangularDrawsStayInRangeWithTheTriangleMean() {
        double sum = 0;
        long state = 99;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            state += 0x9E3779B97F4A7C15L;
            double x = MonteCarlo.triangular(MonteCarlo.unit(state), 2, 3, 10);
            assertThat(x).isBetween(2.0, 10.0);
            sum += x;
        }
        // The mean of a triangle (2, 3, 10) is 5; 200,000 draws put the sample mean within ±0.02 of it
        // (standard error 0.0038); the seed is fixed, so this is not a flaky check.
        assertThat(sum / n).isCloseTo(5.0, within(0.02));
    }

    @Test
    void aRangeMustContainTheScenariosValueAndBeValidAtBothEnds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withRanges(typical, 1_000, 1,
                        Map.of(Input.GPU_HOURLY_PRICE, new Uncertainty.Range(3, 4))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("uncertainty.ranges.selfHosted.gpuHourlyPrice").hasMessageContaining("2.5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withRanges(typical, 1_000, 1,
                        Map.of(Input.OUTPUT_SHARE, new Uncertainty.Range(0.1, 1.5))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1.5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Uncertainty(50, 1, Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("uncertainty.samples");
    }

    @Test
    void theTornadosVariantsAreNotHeldToTheUncertaintyRanges() {
        // Zero-width ranges on every varied input: each 0.8× and 1.2× variant lies outside its range.
        Map<Input, Uncertainty.Range> narrow = new java.util.EnumMap<>(Input.class);
        for (Input input : Sensitivity.INPUTS) {
            double v = input.of(typical);
            narrow.put(input, new Uncertainty.Range(v, v));
        }
        Scenario ranged = withRanges(typical, 100, 1, narrow);

        assertThat(Sensitivity.of(ranged)).isEqualTo(Sensitivity.of(typical));
    }
}
