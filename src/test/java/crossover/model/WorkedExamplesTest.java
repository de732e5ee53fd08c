package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The four hand-checked examples of COST-MODEL.md, pinned. */
class WorkedExamplesTest {

    @Test
    void example1SmallInternalWorkloadIs600MillionTokensAndTheRuleOfThumbSaysApi() {
        Scenario s = TestScenarios.typical().withWorkload(new Workload(10_000, 2_000, 0.3, 1000,
                DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1, 0, 12));

        Evaluation e = CostEngine.evaluate(s);

        assertThat(e.monthlyTokens()).isEqualTo(600e6);
        assertThat(e.ruleOfThumb()).isEqualTo(Option.API_INFERENCE);
    }

    @Test
    void example2RegulatedLargeWorkloadExcludesTheApiAndTheRuleOfThumbSaysSelfHosted() {
        Scenario s = TestScenarios.typical().withWorkload(new Workload(500_000, 3_000, 0.3, 1000,
                DataSensitivity.REGULATED, OpsCapacity.DEDICATED, 1, 0, 12));

        Evaluation e = CostEngine.evaluate(s);

        assertThat(e.monthlyTokens()).isEqualTo(45e9);
        assertThat(e.ruleOfThumb()).isEqualTo(Option.SELF_HOSTED);
        assertThat(e.recommendation().excluded()).containsExactly(Option.API_INFERENCE);
        assertThat(e.recommendation().option()).isNotEqualTo(Option.API_INFERENCE);
    }

    @Test
    void example3SelfHostingNeverBreaksEvenWhenItsFloorExceedsTheApiPrice() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(0.30, 10_000, 1_500));

        assertThat(e.selfHostedStairs().replicaMonthlyCost()).isEqualTo(1_800);
        assertThat(e.selfHostedStairs().replicaCapacity()).isEqualTo(2.88e9);
        assertThat(e.selfHostedFloorPerMTok()).isEqualTo(0.625);
        assertThat(e.blendedApiPricePerMTok()).isEqualTo(0.30);
        BreakEven be = e.breakEven(Option.SELF_HOSTED);
        assertThat(be.first()).isEmpty();
        assertThat(be.sustained()).isEmpty();
        assertThat(be.sustainedDailyRequests()).isEmpty();
        assertThat(e.recommendation().reasons())
                .anySatisfy(r -> assertThat(r).contains("never breaks even").contains("$0.625/MTok")
                        .contains("$0.30/MTok"));
    }

    @Test
    void example4SelfHostingZigZagsFrom1point8BillionAndBreaksEvenFor80kRequestsADay() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 10_000, 1_500));

        BreakEven be = e.breakEven(Option.SELF_HOSTED);
        assertThat(be.first()).hasValue(1.8e9);
        assertThat(be.sustained()).hasValue(3.6e9);
        assertThat(be.sustainedDailyRequests()).hasValue(80_000);
        assertThat(be.zigZags()).isTrue();
        StairCase sh = e.selfHostedStairs();
        assertThat(sh.costAt(2.88e9)).isEqualTo(1_800);
        assertThat(sh.costAt(Math.nextUp(2.88e9))).isEqualTo(3_600);
        assertThat(sh.costAt(3.0e9)).isGreaterThan(e.apiLine().costAt(3.0e9));
        assertThat(sh.costAt(3.6e9)).isEqualTo(e.apiLine().costAt(3.6e9));
    }

    @Test
    void example4CloudManagedBreaksEvenLaterBecauseOfItsMarkup() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 10_000, 1_500));

        // One replica at 1.3 × $1,800 = $2,340 ≤ API from 2.34 B; stair n costs 2,340·n and holds n·2.88 B,
        // so stair n is cheap from its lower edge once 2,340·n ≤ 2,880·(n − 1), i.e. n ≥ 5.33: the run starts
        // on stair 5 at 5 × 2,340 / $1.00 per MTok = 11.7 B tokens/month.
        BreakEven be = e.breakEven(Option.CLOUD_MANAGED);
        assertThat(be.first().getAsDouble()).isCloseTo(2.34e9, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(be.sustained().getAsDouble()).isCloseTo(11.7e9, org.assertj.core.data.Offset.offset(1e-2));
    }
}
