package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Two cases an independent implementation of COST-MODEL.md found: an option cheaper than the API over many stairs
 * but never for good (its committed GPUs spread thin), and a scenario whose figures are all finite though the
 * product of its largest price and its volume is not. Expected figures are worked out by hand below.
 */
class CheapStretchesAndLargeFiguresTest {

    /**
     * One $2.50/h GPU serving 4 M tokens/hour (utilisation 1, peak 1), so one replica serves C = 4e6 × 720 =
     * 2.88e9 tokens a month for R = 2.5 × 720 = $1,800; ten GPUs committed at 90 % off cost 10 × 1,800 × 0.1 =
     * $1,800 a month flat up to 10 replicas, and each replica beyond them $1,800 more. The API costs $0.60/MTok,
     * so the floor ($0.625/MTok) lies above it: no sustained break-even.
     */
    private static Scenario committedAtNinetyPercentOff() {
        Scenario s = TestScenarios.oneGpu(0.6, 100_000, 1_500);
        return s.withSelfHosted(new SelfHosting(2.5, 4e6, 1, 1, 1, 0, 0, 0, 10, 90));
    }

    @Test
    void committedGpusCheaperOverManyStairsAreReportedFromTheFirstCheapVolumeToTheTopOfTheLast() {
        Evaluation e = CostEngine.evaluate(committedAtNinetyPercentOff());
        BreakEven be = e.breakEven(Option.SELF_HOSTED);

        // First: the flat $1,800 meets the API's V × 0.6 / 1e6 at V = 3e9 tokens a month.
        assertThat(be.first().orElseThrow()).isCloseTo(3e9, within(1e-3));
        assertThat(be.sustained()).isEmpty();
        // Stair n > 10 costs (n − 9) × 1,800; the API at its top n × 2.88e9 costs 1,728 n: cheap while
        // 72 n ≤ 16,200, n ≤ 225, whose top is 225 × 2.88e9 = 6.48e11.
        assertThat(be.cheapUntil().orElseThrow()).isEqualTo(6.48e11);
        // At the lower edge of stair n > 10 the API has served (n − 1) stairs: cheap while 72 n ≤ 14,472,
        // n ≤ 201; stairs 202 … 225 are dearer at their start, so the cheap volumes come in stretches.
        assertThat(be.cheapThroughout()).isFalse();

        String reasons = String.join("\n", e.recommendation().reasons());
        assertThat(reasons).contains("in stretches from 3 B tokens/month to 648 B tokens/month")
                .doesNotContain("first stair");
        assertThat(Sentences.breakEven(e, Option.SELF_HOSTED))
                .endsWith("(cheaper in stretches from 3 B tokens/month to 648 B tokens/month).");
    }

    /**
     * The same GPU against an API at $0.30/MTok (one replica's capacity costs a = 2.88e9 × 0.3e-6 = $864 there),
     * ten GPUs committed at {@code discount} % off: flat F = 18,000 × (1 − discount/100) to the top of stair 10,
     * 2.88e10 tokens, where the API costs $8,640; each stair beyond adds $1,800 and the API $864, so the margin at
     * the stairs' tops falls by $936 a stair.
     */
    private static Evaluation committedAgainstThirtyCents(double discountPercent) {
        Scenario s = TestScenarios.oneGpu(0.3, 100_000, 1_500);
        return CostEngine.evaluate(s.withSelfHosted(new SelfHosting(2.5, 4e6, 1, 1, 1, 0, 0, 0, 10, discountPercent)));
    }

    @Test
    void cheapOnlyWhileTheCommittedGpusServeTheVolumeIsCheapThroughout() {
        // 55 % off: F = $8,100, met by the API at 8,100 / 0.3e-6 = 2.7e10; margin at the top of stair 10
        // 8,640 − 8,100 = $540, at stair 11 540 − 936 < 0: cheap from 27 B to 28.8 B tokens a month, in one piece.
        Evaluation e = committedAgainstThirtyCents(55);
        BreakEven be = e.breakEven(Option.SELF_HOSTED);

        assertThat(be.first().orElseThrow()).isCloseTo(2.7e10, within(1e-3));
        assertThat(be.cheapUntil().orElseThrow()).isEqualTo(2.88e10);
        assertThat(be.cheapThroughout()).isTrue();
        assertThat(Sentences.breakEven(e, Option.SELF_HOSTED))
                .endsWith("(cheaper from 27 B tokens/month to 28.8 B tokens/month).");
    }

    @Test
    void cheapOnTheStairJustBeyondTheCommitmentToo() {
        // 60 % off: F = $7,200, met at 2.4e10; margins at the tops of stairs 10, 11, 12: $1,440, $504, −$432.
        // Stair 11 starts just above 2.88e10, where the API ($8,640) is below its $9,000: in stretches.
        BreakEven be = committedAgainstThirtyCents(60).breakEven(Option.SELF_HOSTED);

        assertThat(be.first().orElseThrow()).isCloseTo(2.4e10, within(1e-3));
        assertThat(be.cheapUntil().orElseThrow()).isEqualTo(11 * 2.88e9);
        assertThat(be.cheapThroughout()).isFalse();
    }

    /**
     * 1e302 requests a day of 10,000 tokens, all input: V = 3e307 tokens a month. The API's $1/MTok input costs
     * 3e307 / 1e6 = 3e301 a month; its $100/MTok output price does not apply (output share 0). Every figure is
     * finite, so the scenario is computable although 3e307 × 100 is not.
     */
    @Test
    void aScenarioIsRefusedOnlyWhenAFigureItComputesOverflowsNotWhenItsLargestPriceTimesItsVolumeWould() {
        Workload w = new Workload(1e302, 1e4, 0, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1, 0, 1);
        Scenario s = new Scenario("Large", "", w, new ApiPricing(1, 100, 300),
                new SelfHosting(2.5, 1e300, 1, 1, 1, 0, 0), new CloudManaged(30, 0, 0));

        Evaluation e = CostEngine.evaluate(s);

        assertThat(e.cost(Option.API_INFERENCE).monthly()).isEqualTo(3e307 / 1e6);
        assertThat(e.cost(Option.API_INFERENCE).horizonTotal()).isEqualTo(3e307 / 1e6);
    }
}
