package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 2 and COST-MODEL.md, "Clarifications" ("Tornado clamps", "Monte Carlo draws"): a scenario that
 * evaluates is never failed by a tornado variant or a Monte Carlo draw whose figures overflow a double.
 */
class VariantsAndDrawsThatOverflowTest {

    @Test
    void aTornadoVariantWhoseVolumeOverflowsIsARowWithoutValuesAndASentenceNotAFailure() {
        Scenario s = TestScenarios.nearTheLargestVolume();
        assertThat(CostEngine.evaluate(s).monthlyTokens()).isFinite();
        // 1.2× requests or tokens per request is past the largest double: 1.2 / 1.1 of it.
        assertThat(1.2 * s.workload().dailyRequests() * s.workload().tokensPerRequest() * 30).isInfinite();

        List<Sensitivity.Row> rows = Sensitivity.of(s);

        assertThat(rows).extracting(Sensitivity.Row::input).containsExactlyInAnyOrderElementsOf(Sensitivity.INPUTS);
        List<Sensitivity.Row> without = rows.stream().filter(r -> !r.hasValues()).toList();
        assertThat(without).extracting(Sensitivity.Row::input)
                .containsExactly(Input.DAILY_REQUESTS, Input.TOKENS_PER_REQUEST);
        for (Sensitivity.Row r : without) {
            assertThat(List.of(r.low(), r.high(), r.swing())).allMatch(v -> Double.isNaN(v));
            assertThat(r.reason()).hasValueSatisfying(why -> assertThat(why)
                    .startsWith("At 1.2× (")
                    .contains("the costs cannot be computed")
                    .contains("exceeds the largest volume that can be computed")
                    .doesNotContain("Infinity", "NaN"));
        }
        assertThat(rows.subList(0, rows.size() - 2)).allMatch(Sensitivity.Row::hasValues)
                .allSatisfy(r -> assertThat(List.of(r.low(), r.high(), r.swing())).allMatch(Double::isFinite));
        assertThat(rows.subList(0, rows.size() - 2)).extracting(Sensitivity.Row::swing)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aVariantBeyondTheLargestDoubleIsARowWithoutValuesSayingSo() {
        Scenario s = TestScenarios.typical().with(Input.HORIZON_MONTHS, 1).with(Input.SELF_HOSTED_SETUP_COST, 1.6e308);
        assertThat(1.2 * 1.6e308).isInfinite();

        Sensitivity.Row row = Sensitivity.of(s).stream().filter(r -> r.input() == Input.SELF_HOSTED_SETUP_COST)
                .findFirst().orElseThrow();

        assertThat(row.hasValues()).isFalse();
        assertThat(row.reason()).hasValue("At 1.2× the costs cannot be computed: the value exceeds the largest "
                + "number Crossover computes with (about 1.8e308).");
    }

    @Test
    void growthIsClampedToMinus99PercentInTheTornadoNotRefusedAtMinus108() {
        Scenario s = TestScenarios.typical().with(Input.MONTHLY_GROWTH_PERCENT, -90);

        Sensitivity.Row growth = Sensitivity.of(s).stream().filter(r -> r.input() == Input.MONTHLY_GROWTH_PERCENT)
                .findFirst().orElseThrow();

        assertThat(growth.hasValues()).isTrue();
        assertThat(growth.high()).isEqualTo(Sensitivity.d(s.with(Input.MONTHLY_GROWTH_PERCENT, -99)));
    }

    @Test
    void drawsWhoseCostsOverflowAreCountedAsInvalidAtTheRateTheRangesImply() {
        int n = 4_000;
        Scenario s = TestScenarios.drawsThatOverflow(n, 7);

        MonteCarlo.Result r = MonteCarlo.run(s);

        // X, Y iid triangular(0, 1, 4): a draw overflows when X·Y > 4.4, P = ∫ f(x) (1 − F(4.4 / x)) dx.
        DoubleUnaryOperator density = x -> x <= 1 ? x / 2 : (4 - x) / 6;
        DoubleUnaryOperator above = y -> y <= 1 ? 1 - y * y / 4 : (4 - y) * (4 - y) / 12;
        double p = simpson(x -> density.applyAsDouble(x) * above.applyAsDouble(4.4 / x), 1.1, 4, 10_000);
        double sigma = Math.sqrt(n * p * (1 - p));
        assertThat(p).isCloseTo(0.189, within(0.001));
        assertThat(r.samples()).isEqualTo(n);
        assertThat((double) r.invalidDraws()).isCloseTo(n * p, within(5 * sigma));
        assertThat(r.validDraws()).isEqualTo(n - r.invalidDraws());
    }

    @Test
    void percentilesAndSharesAreOverTheValidDrawsOnly() {
        MonteCarlo.Result r = MonteCarlo.run(TestScenarios.drawsThatOverflow(2_000, 7));
        // Over a tenth of the draws are invalid: counted in, they would make P90 infinite or (as zeros) P10 zero.
        assertThat(r.invalidDraws()).isGreaterThan(200);

        for (Map.Entry<Option, MonteCarlo.Percentiles> e : r.horizonTotal().entrySet()) {
            MonteCarlo.Percentiles p = e.getValue();
            assertThat(List.of(p.p10(), p.p50(), p.p90())).as(e.getKey().id()).allMatch(Double::isFinite);
            assertThat(p.p10()).as(e.getKey().id()).isPositive().isLessThanOrEqualTo(p.p50());
            assertThat(p.p50()).isLessThanOrEqualTo(p.p90());
        }
        assertThat(r.cheapestProbability().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-12));
        assertThat(r.neverBreakEvenProbability()).isBetween(0.0, 1.0);
    }

    @Test
    void withNoValidDrawTheResultHasNoFiguresInsteadOfFailing() {
        // One request a day of one token, each ranging up to 0.99 of the largest volume: valid alone, while two
        // draws multiplied overflow unless both are below about 1e-307 of their range.
        double top = 0.99 * TestScenarios.LARGEST_REQUEST_TOKENS;
        Scenario s = TestScenarios.nearTheLargestVolume().with(Input.DAILY_REQUESTS, 1)
                .with(Input.TOKENS_PER_REQUEST, 1)
                .withUncertainty(new Uncertainty(100, 1, Map.of(
                        Input.DAILY_REQUESTS, new Uncertainty.Range(1, top),
                        Input.TOKENS_PER_REQUEST, new Uncertainty.Range(1, top))));

        MonteCarlo.Result r = MonteCarlo.run(s);

        assertThat(r.invalidDraws()).isEqualTo(100);
        assertThat(r.validDraws()).isZero();
        assertThat(r.horizonTotal()).isEmpty();
        assertThat(r.cheapestProbability()).isEmpty();
        assertThat(r.sustainedBreakEven()).isEmpty();
        assertThat(r.neverBreakEvenProbability()).isNaN();
    }

    @Test
    void drawsOfAScenarioWithoutOverflowAreAllValid() {
        MonteCarlo.Result r = MonteCarlo.run(TestScenarios.typical().withUncertainty(new Uncertainty(1_000, 5,
                Map.of(Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(1.2e6, 5e6)))));

        assertThat(r.invalidDraws()).isZero();
        assertThat(r.validDraws()).isEqualTo(1_000);
    }

    @Test
    void drawsFromARangeNearTheLargestDoubleAreSpreadOverItNotStuckAtAnEnd() {
        double high = 0.99 * Double.MAX_VALUE;
        double sum = 0;
        long state = 5;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            state += 0x9E3779B97F4A7C15L;
            double x = MonteCarlo.triangular(MonteCarlo.unit(state), 0, 0, high);
            assertThat(x).isBetween(0.0, high);
            sum += x / high;
        }
        // A triangle (0, 0, 1) has mean 1/3; the standard error of 100,000 draws is 0.0007.
        assertThat(sum / n).isCloseTo(1.0 / 3, within(0.005));
    }

    private static double simpson(DoubleUnaryOperator f, double a, double b, int steps) {
        double h = (b - a) / steps;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }
}
