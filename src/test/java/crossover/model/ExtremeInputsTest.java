package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16's engine items and COST-MODEL.md's Clarifications ("Break-even too far away", "Zero prices", "Ties"),
 * each as the behaviour a user meets. Expected figures are worked out by hand from the cost model's formulas.
 */
class ExtremeInputsTest {

    /** Far more than an evaluation takes (milliseconds); a hang fails here instead of stalling the build. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** Worked example 4, the staircase sample: one $2.50/h GPU serving 4 M tokens/hour, API at $1.00/MTok. */
    private static Scenario staircase() {
        return TestScenarios.oneGpu(1.0, 100_000, 1_500);
    }

    private static Scenario withSelfHosted(Scenario s, double gpuHourlyPrice, double tokensPerHourPerGpu,
                                           double setupCost, double monthlyOpsCost) {
        return s.withSelfHosted(new SelfHosting(gpuHourlyPrice, tokensPerHourPerGpu, 1, 1, 1, setupCost,
                monthlyOpsCost));
    }

    private static Evaluation evaluateTimed(Scenario s, String what) {
        long start = System.nanoTime();
        Evaluation e = assertTimeoutPreemptively(BOUND, () -> CostEngine.evaluate(s), what);
        System.out.printf("%s: evaluated in %.2f ms%n", what, (System.nanoTime() - start) / 1e6);
        return e;
    }

    private static List<String> allSentences(Evaluation e) {
        List<String> all = new ArrayList<>(e.recommendation().reasons());
        all.add(e.ruleOfThumbNote());
        for (Option o : List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED)) {
            all.add(e.noBreakEvenReason(o));
        }
        return all;
    }

    // Item 1: an endless loop -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {1e19, 1e20, 1e21, 1e22, 1e23, 1e24})
    void aHugeSetupCostOnTheStaircaseReturnsAndReportsNoBreakEvenBeyondAMillionReplicas(double setupCost) {
        Scenario s = withSelfHosted(staircase(), 2.5, 4e6, setupCost, 0);

        Evaluation e = evaluateTimed(s, "staircase with selfHosted.setupCost " + setupCost);

        // Stair n is cheap at its top once n·(2,880 − 1,800) ≥ setupCost/12: n ≥ 7.7e14 replicas for 1e19.
        BreakEven be = e.breakEven(Option.SELF_HOSTED);
        assertThat(be.first()).isEmpty();
        assertThat(be.sustained()).isEmpty();
        assertThat(be.sustainedDailyRequests()).isEmpty();
        assertThat(e.noBreakEvenReason(Option.SELF_HOSTED)).contains("beyond a million replicas");
        // The reasons speak of the headline option (cloud-managed here); self-hosting's sentence says why.
        assertThat(Sentences.breakEven(e, Option.SELF_HOSTED)).startsWith("No break-even for self-hosting")
                .contains("beyond a million replicas");
        // Cloud-managed has no set-up cost here and keeps worked example 4's kind of answer.
        assertThat(e.breakEven(Option.CLOUD_MANAGED).sustained()).isPresent();
    }

    @Test
    void aFreeGpuWithAThroughputOfOneTrillionthTokenAnHourReturnsAndReportsNoBreakEvenBeyondAMillionReplicas() {
        Scenario s = withSelfHosted(staircase(), 0, 1e-12, 0, 1_000);

        Evaluation e = evaluateTimed(s, "free GPU at 1e-12 tokens/hour");

        // The API's $1.00/MTok pays for the $1,000 of ops from 1e9 tokens a month, 1.4e18 replicas of 7.2e-10.
        BreakEven be = e.breakEven(Option.SELF_HOSTED);
        assertThat(be.first()).isEmpty();
        assertThat(be.sustained()).isEmpty();
        assertThat(e.noBreakEvenReason(Option.SELF_HOSTED)).contains("beyond a million replicas");
    }

    @Test
    void aBreakEvenJustWithinAMillionReplicasIsReportedAndOneJustBeyondIsNot() {
        // With no fixed costs every stair is cheap at its top, and the final run starts on stair ceil(r) − 1 where
        // r = a / (a − b), a = 2,880·p the API's cost of one replica's 2.88 B tokens, b = $1,800 one replica.
        // So p = 0.625·r / (r − 1) puts the sustained break-even on stair ceil(r) − 1.
        double within = 0.625 * 999_990.5 / 999_989.5;
        double beyond = 0.625 * 1_000_010.5 / 1_000_009.5;

        Evaluation in = evaluateTimed(TestScenarios.oneGpu(within, 10_000, 1_500), "break-even on stair 999,990");
        Evaluation out = evaluateTimed(TestScenarios.oneGpu(beyond, 10_000, 1_500), "break-even on stair 1,000,010");

        double sustained = in.breakEven(Option.SELF_HOSTED).sustained().orElseThrow();
        assertThat(in.selfHostedStairs().replicasAt(sustained)).isEqualTo(999_990);
        // On that stair the API reaches the option's 999,990 × $1,800 at V = 999,990 × 1,800 / (p / 1e6).
        double expected = new BigDecimal(999_990 * 1_800.0).multiply(BigDecimal.valueOf(1e6))
                .divide(new BigDecimal(within), MathContext.DECIMAL64).doubleValue();
        assertThat(sustained).isCloseTo(expected, within(expected * 1e-12));
        assertThat(out.breakEven(Option.SELF_HOSTED).sustained()).isEmpty();
        assertThat(out.noBreakEvenReason(Option.SELF_HOSTED)).contains("beyond a million replicas");
        // Without fixed costs the first stair is already cheap at its top: first stays reported.
        assertThat(out.breakEven(Option.SELF_HOSTED).first()).isPresent();
    }

    // Clarification: zero prices -------------------------------------------------------------------------------

    @Test
    void withAFreeApiTheFirstBreakEvenIsZeroWhenTheOptionCostsNothingOnItsFirstStair() {
        Scenario s = withSelfHosted(TestScenarios.oneGpu(0, 100_000, 1_500), 0, 4e6, 0, 0);

        Evaluation e = CostEngine.evaluate(s);

        for (Option o : List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED)) {
            assertThat(e.breakEven(o).first()).as(o.id()).hasValue(0.0);
            // A floor of $0 is not below a price of $0: no sustained break-even.
            assertThat(e.breakEven(o).sustained()).as(o.id()).isEmpty();
        }
    }

    @Test
    void withAFreeApiAnOptionThatCostsSomethingOnItsFirstStairHasNoBreakEven() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(0, 100_000, 1_500));

        assertThat(e.breakEven(Option.SELF_HOSTED).first()).isEmpty();
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained()).isEmpty();
    }

    // Item 3: a free GPU with a tiny throughput ----------------------------------------------------------------

    @Test
    void aFreeGpuWithATinyThroughputIsRecommendedOnlyWithAReasonThatSaysItsBreakEvenLiesBeyondAMillionReplicas() {
        // Self-hosting costs its $1,000 of ops a month against the API's $4,500: cheaper, on 6.25e18 free GPUs.
        Scenario s = withSelfHosted(staircase(), 0, 1e-12, 0, 1_000)
                .withCloudManaged(new CloudManaged(30, 0, 50_000));

        Evaluation e = CostEngine.evaluate(s);

        assertThat(e.recommendation().option()).isEqualTo(Option.SELF_HOSTED);
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained()).isEmpty();
        String breakEven = e.recommendation().reasons().get(1);
        assertThat(breakEven).startsWith("Self-hosting").contains("beyond a million replicas")
                .contains("today's volume already needs").doesNotContain("so close");
        assertThat(allSentences(e)).noneMatch(r -> r.contains("so close"));
    }

    @Test
    void aBreakEvenAtZeroSaysTheOptionIsNeverDearerRatherThanInfinitelyFarAboveIt() {
        // Free GPUs and no fixed costs: cloud-managed costs nothing at any volume.
        Scenario s = withSelfHosted(staircase(), 0, 4e6, 0, 0);

        Evaluation e = CostEngine.evaluate(s);

        assertThat(e.breakEven(Option.CLOUD_MANAGED).sustained()).hasValue(0.0);
        assertThat(e.recommendation().reasons()).anySatisfy(r -> assertThat(r).contains("never dearer than the API"));
        assertThat(allSentences(e)).noneMatch(r -> r.contains("∞") || r.contains("Infinity") || r.contains("NaN"));
    }

    @Test
    void aVolumeTrillionsOfTimesBelowTheBreakEvenIsSaidToBeMoreThanAThousandTimesBelowIt() {
        // 1e-9 requests a day is 4.5e-5 tokens a month, 8e13 times below the 3.6 B break-even.
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.0, 1e-9, 1_500));

        assertThat(e.breakEven(Option.SELF_HOSTED).sustained()).hasValue(3.6e9);
        assertThat(e.recommendation().reasons()).anySatisfy(r -> assertThat(r)
                .contains("is more than 1,000× below it"));
        assertThat(allSentences(e)).noneMatch(r -> r.matches(".*\\d ?[kMBT]×.*"));
    }

    @Test
    void aVolumeOfMinusZeroReadsAsZeroInEverySentence() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.0, -0.0, 1_500));

        assertThat(allSentences(e)).noneMatch(r -> r.contains("-0") || r.contains("−0") || r.contains("−$0"));
        assertThat(e.recommendation().reasons()).anySatisfy(r -> assertThat(r).contains("today's volume is zero"));
    }

    @Test
    void negativeZeroAndNegativeAmountsThatRoundToZeroFormatAsZero() {
        assertThat(Units.plain(-0.0)).isEqualTo("0");
        assertThat(Units.compact(-0.0)).isEqualTo("0");
        assertThat(Units.tokensPerMonth(-0.0)).isEqualTo("0 tokens/month");
        assertThat(Units.percent(-0.0)).isEqualTo("0 %");
        assertThat(Units.percent(-1e-9)).isEqualTo("0 %");
        assertThat(Units.dollars(-0.0)).isEqualTo("$0");
        assertThat(Units.dollars(-0.004)).isEqualTo("$0.00");
        assertThat(Units.dollars(-0.0049)).isEqualTo("$0.00");
        assertThat(Units.dollars(-0.006)).isEqualTo("−$0.01");
        assertThat(Units.dollars(-5)).isEqualTo("−$5");
        assertThat(Units.perMTok(-0.0)).isEqualTo("$0.00/MTok");
    }

    @Test
    void ratiosBeyondAThousandAreSaidInWordsNeverAsInfinityOrTrillions() {
        assertThat(Units.times(1.5)).isEqualTo("1.5×");
        assertThat(Units.times(999)).isEqualTo("999×");
        assertThat(Units.times(1000)).isEqualTo("1,000×");
        assertThat(Units.times(1001)).isEqualTo("more than 1,000×");
        assertThat(Units.times(3.28e14)).isEqualTo("more than 1,000×");
        assertThat(Units.times(Double.POSITIVE_INFINITY)).isEqualTo("more than 1,000×");
    }

    // Item 6 and clarification: ties ------------------------------------------------------------------------------

    /** One month at 3e7 tokens against an API at $1.00/MTok ($30); free GPUs, so self-hosting costs its ops. */
    private static Scenario oneMonthAgainstThirtyDollars(double selfHostedOps) {
        Workload w = new Workload(1_000, 1_000, 0.5, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1, 0, 1);
        return new Scenario("tie", "", w, new ApiPricing(1, 1, 300), new SelfHosting(0, 4e6, 1, 1, 1, 0, selfHostedOps),
                new CloudManaged(30, 0, 1_000));
    }

    @Test
    void horizonTotalsWithinHalfACentAreATieThatGoesToTheOptionWithLessOps() {
        Evaluation e = CostEngine.evaluate(oneMonthAgainstThirtyDollars(29.996));

        assertThat(e.cost(Option.API_INFERENCE).horizonTotal()).isEqualTo(30.0);
        assertThat(e.cost(Option.SELF_HOSTED).horizonTotal()).isLessThan(30.0);
        assertThat(e.recommendation().option()).isEqualTo(Option.API_INFERENCE);
        assertThat(e.recommendation().reasons()).anySatisfy(r -> assertThat(r)
                .contains("the same as self-hosting; the tie goes to the option with less ops work"));
    }

    @Test
    void totalsMoreThanHalfACentApartAreNoTieAndTheMarginIsNeverZeroDollars() {
        Evaluation e = CostEngine.evaluate(oneMonthAgainstThirtyDollars(29.994));

        assertThat(e.recommendation().option()).isEqualTo(Option.SELF_HOSTED);
        assertThat(e.recommendation().reasons())
                .anySatisfy(r -> assertThat(r).contains("$0.01 (< 0.1 %) less than API"));
        assertThat(allSentences(e)).noneMatch(r -> r.contains("$0.00 ("));
    }

    @Test
    void aHybridEqualToTheApiOnPaperButAnUlpCheaperInDoublesTiesAndTheApiIsRecommended() {
        // 7.2e8 tokens a month at $1.10/MTok is $792. Hybrid: 0.9 × $792 on the API plus one spot replica at
        // 90 % off $792 ($79.20) is $792 on paper too, but the doubles round it an ulp lower. Peak 5 needs two
        // on-demand replicas, so self-hosting ($1,584) is out of the running.
        Workload w = new Workload(24_000, 1_000, 0.5, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 5, 0,
                12, 0.1);
        Scenario s = new Scenario("ulp", "", w, new ApiPricing(1.1, 1.1, 300),
                new SelfHosting(1.1, 4e6, 1, 1, 1, 0, 0, 90), new CloudManaged(30, 0, 0));

        Evaluation e = CostEngine.evaluate(s);

        double api = e.cost(Option.API_INFERENCE).horizonTotal();
        double hybrid = e.cost(Option.HYBRID).horizonTotal();
        assertThat(hybrid).isLessThan(api).isCloseTo(api, within(1e-9));
        assertThat(e.cost(Option.SELF_HOSTED).horizonTotal()).isGreaterThan(api + 1);
        assertThat(e.recommendation().option()).isEqualTo(Option.API_INFERENCE);
        assertThat(e.recommendation().reasons()).anySatisfy(r -> assertThat(r).contains("the same as hybrid"));
        assertThat(allSentences(e)).noneMatch(r -> r.contains("$0.00") || r.contains("< 0.1 %"));
    }

    // Item 12: the reasons name every constraint that excludes the API ------------------------------------------

    @Test
    void reasonsNameBothTheRegulatedDataAndTheLatencySlaWhenBothExcludeTheApi() {
        Workload w = new Workload(100_000, 1_500, 0.5, 200, DataSensitivity.REGULATED, OpsCapacity.DEDICATED, 1, 0,
                12);
        Scenario s = staircase().withWorkload(w);

        Evaluation e = CostEngine.evaluate(s);

        assertThat(e.recommendation().excluded()).contains(Option.API_INFERENCE);
        assertThat(e.recommendation().reasons()).contains("API inference is excluded: the data is regulated and "
                + "would leave your perimeter, and the latency SLA of 200 ms is below the provider's typical 300 ms "
                + "to first token.");
    }

    @Test
    void eachConstraintAloneIsNamedAlone() {
        Workload regulated = new Workload(100_000, 1_500, 0.5, 1000, DataSensitivity.REGULATED,
                OpsCapacity.DEDICATED, 1, 0, 12);
        Workload fast = new Workload(100_000, 1_500, 0.5, 200, DataSensitivity.INTERNAL, OpsCapacity.DEDICATED, 1,
                0, 12);

        assertThat(CostEngine.evaluate(staircase().withWorkload(regulated)).recommendation().reasons())
                .contains("API inference is excluded: the data is regulated and would leave your perimeter.");
        assertThat(CostEngine.evaluate(staircase().withWorkload(fast)).recommendation().reasons())
                .contains("API inference is excluded: the latency SLA of 200 ms is below the provider's typical "
                        + "300 ms to first token.");
    }
}
