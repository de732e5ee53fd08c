package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The four hand-checked examples of COST-MODEL.md, version 4 (5 to 8), pinned to the cent and the token. Every
 * expected figure is worked out from the page by hand, in the comments; none comes from the engine.
 */
class WorkedExamplesVersionFourTest {

    private static final Offset<Double> CENT = within(0.005);
    private static final Offset<Double> TOKEN = within(1.0);
    private static final Offset<Double> PRICE = within(1e-9);

    /**
     * The base of examples 5 to 8: 100,000 requests/day × 1,500 tokens (V = 4.5 B tokens/month), output share 0.2,
     * API $3 in / $15 out, one GPU at $2.50/h serving 4 M tokens/hour, utilisation 1, peak 1, no set-up or ops,
     * 12 months.
     */
    private static Workload workload(double dailyRequests, double batchShare, double cachedInputShare, int months) {
        return new Workload(dailyRequests, 1_500, 0.2, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1, 0,
                months, batchShare, cachedInputShare);
    }

    private static Scenario base(Workload w, ApiPricing api, SelfHosting sh) {
        return new Scenario("Worked example", "", w, api, sh, new CloudManaged(30, 0, 0));
    }

    private static SelfHosting oneGpu(int committedGpus, double commitmentDiscountPercent) {
        return new SelfHosting(2.5, 4e6, 1, 1, 1, 0, 0, 0, committedGpus, commitmentDiscountPercent);
    }

    private static ApiPricing api(double input, double output, OptionalDouble cached, double batchDiscount) {
        return new ApiPricing(input, output, 400, cached, batchDiscount);
    }

    @Test
    void example5WithoutCachingTheApiCosts24300AndSelfHostingBreaksEvenAt333MillionTokens() {
        Evaluation e = CostEngine.evaluate(base(workload(100_000, 0, 0, 12),
                api(3, 15, OptionalDouble.empty(), 0), oneGpu(0, 0)));

        assertThat(e.monthlyTokens()).isEqualTo(4.5e9);
        // p = 0.8 × 3 + 0.2 × 15 = 5.40
        assertThat(e.blendedApiPricePerMTok()).isCloseTo(5.40, PRICE);
        assertThat(e.realtimeApiPricePerMTok()).isEqualTo(e.blendedApiPricePerMTok());
        // 4.5e9 × 5.40 / 1e6 = 24,300
        assertThat(e.cost(Option.API_INFERENCE).monthly()).isCloseTo(24_300, CENT);
        // one replica, $1,800: 1,800 / 5.4e-6 = 333,333,333.33 tokens/month
        assertThat(e.breakEven(Option.SELF_HOSTED).first().getAsDouble()).isCloseTo(333_333_333.33, TOKEN);
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained().getAsDouble()).isCloseTo(333_333_333.33, TOKEN);
    }

    @Test
    void example5CachingEightyPercentOfInputAtThirtyCentsMovesTheBreakEvenTo490MillionTokens() {
        Evaluation e = CostEngine.evaluate(base(workload(100_000, 0, 0.8, 12),
                api(3, 15, OptionalDouble.of(0.3), 0), oneGpu(0, 0)));

        // p = 0.8 × (0.2 × 3 + 0.8 × 0.3) + 0.2 × 15 = 0.8 × 0.84 + 3 = 3.672
        assertThat(e.blendedApiPricePerMTok()).isCloseTo(3.672, PRICE);
        assertThat(e.realtimeApiPricePerMTok()).isCloseTo(3.672, PRICE);
        // 4.5e9 × 3.672 / 1e6 = 16,524
        assertThat(e.cost(Option.API_INFERENCE).monthly()).isCloseTo(16_524, CENT);
        assertThat(e.cost(Option.API_INFERENCE).horizonTotal()).isCloseTo(12 * 16_524, CENT);
        // 1,800 / 3.672e-6 = 490,196,078.43 tokens/month
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained().getAsDouble()).isCloseTo(490_196_078.43, TOKEN);
        // ≈ 490,196,078.43 / (1,500 × 30) = 10,893.25 requests/day
        assertThat(e.breakEven(Option.SELF_HOSTED).sustainedDailyRequests().getAsDouble())
                .isCloseTo(10_893.25, within(0.01));
    }

    @Test
    void example6TheBatchTierAtHalfPriceForHalfTheTokensBringsTheBreakEvenTo654MillionTokens() {
        Evaluation e = CostEngine.evaluate(base(workload(100_000, 0.5, 0.8, 12),
                api(3, 15, OptionalDouble.of(0.3), 50), oneGpu(0, 0)));

        // p = 3.672 × (1 − 0.5 × 0.5) = 2.754; the real-time price stays 3.672
        assertThat(e.blendedApiPricePerMTok()).isCloseTo(2.754, PRICE);
        assertThat(e.realtimeApiPricePerMTok()).isCloseTo(3.672, PRICE);
        // 4.5e9 × 2.754 / 1e6 = 12,393
        assertThat(e.cost(Option.API_INFERENCE).monthly()).isCloseTo(12_393, CENT);
        // 1,800 / 2.754e-6 = 653,594,771.24 tokens/month
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained().getAsDouble()).isCloseTo(653_594_771.24, TOKEN);
    }

    @Test
    void example6TheHybridsRealTimeTierPaysTheRealTimePrice() {
        Evaluation e = CostEngine.evaluate(base(workload(100_000, 0.5, 0.8, 12),
                api(3, 15, OptionalDouble.of(0.3), 50), oneGpu(0, 0)));

        // (1 − 0.5) × 4.5e9 × 3.672 / 1e6 = 8,262 on the API; batch 2.25e9 tokens on one spot replica (capacity
        // 4e6 × 720 = 2.88e9) at $1,800 with no spot discount: 8,262 + 1,800 = 10,062
        assertThat(e.cost(Option.HYBRID).monthly()).isCloseTo(10_062, CENT);
    }

    @Test
    void example7TwoGpusCommittedAtFortyPercentOffCost2160WhateverTheVolumeAndMoreGpusOnDemand() {
        SelfHosting committed = oneGpu(2, 40);
        ApiPricing api = api(3, 15, OptionalDouble.empty(), 0);
        // 900 M tokens/month = 20,000 requests/day × 1,500 × 30; 9 B = 200,000 requests/day
        Evaluation oneNeeded = CostEngine.evaluate(base(workload(20_000, 0, 0, 12), api, committed));
        Evaluation twoNeeded = CostEngine.evaluate(base(workload(100_000, 0, 0, 12), api, committed));
        Evaluation fourNeeded = CostEngine.evaluate(base(workload(200_000, 0, 0, 12), api, committed));

        // 2 × 1,800 × 0.6 = 2,160 instead of 1,800 (one GPU needed)
        assertThat(oneNeeded.cost(Option.SELF_HOSTED).monthly()).isCloseTo(2_160, CENT);
        assertThat(oneNeeded.cost(Option.SELF_HOSTED).gpus()).isEqualTo(1);
        assertThat(oneNeeded.cost(Option.SELF_HOSTED).paidGpus()).isEqualTo(2);
        // 2,160 instead of 3,600 (two GPUs)
        assertThat(twoNeeded.cost(Option.SELF_HOSTED).monthly()).isCloseTo(2_160, CENT);
        assertThat(twoNeeded.cost(Option.SELF_HOSTED).paidGpus()).isEqualTo(2);
        // 2,160 + 2 × 1,800 = 5,760 instead of 7,200 (four GPUs)
        assertThat(fourNeeded.cost(Option.SELF_HOSTED).monthly()).isCloseTo(5_760, CENT);
        assertThat(fourNeeded.cost(Option.SELF_HOSTED).paidGpus()).isEqualTo(4);
        // Cloud-managed rents on demand whatever self-hosting commits: 2 × 1,800 × 1.3 = 4,680 at 4.5 B.
        assertThat(twoNeeded.cost(Option.CLOUD_MANAGED).monthly()).isCloseTo(4_680, CENT);
    }

    @Test
    void example7TheCommittedStairsAreOneFlatFirstStairSoTheBreakEvenIsItsLevelOverThePrice() {
        Evaluation e = CostEngine.evaluate(base(workload(100_000, 0, 0, 12), api(3, 15, OptionalDouble.empty(), 0),
                oneGpu(2, 40)));

        // Up to 2 replicas (5.76 B tokens/month) self-hosting costs $2,160: cheaper from 2,160 / 5.4e-6 = 400 M.
        assertThat(e.breakEven(Option.SELF_HOSTED).first().getAsDouble()).isCloseTo(400_000_000, TOKEN);
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained().getAsDouble()).isCloseTo(400_000_000, TOKEN);
        // The floor stays on demand: 1,800 / 2.88e9 × 1e6 = 0.625.
        assertThat(e.selfHostedFloorPerMTok()).isCloseTo(0.625, PRICE);
        // Committed GPUs are paid from month 1 whatever the volume: 12 × 2,160.
        assertThat(e.cash().cumulative(Option.SELF_HOSTED, 12)).isCloseTo(25_920, CENT);
    }

    @Test
    void example8OwningTwoGpusBeatsTheApiAndRentingWhileRentingLosesToTheApi() {
        Scenario s = base(workload(100_000, 0, 0, 24), api(0.5, 1.5, OptionalDouble.empty(), 0), oneGpu(0, 0))
                .withOnPrem(Optional.of(new OnPrem(30_000, 36, 1.2, 1.3, 0.10, 100, 0, 0)));

        Evaluation e = CostEngine.evaluate(s);

        // p = 0.8 × 0.5 + 0.2 × 1.5 = 0.70; the API costs 4.5e9 × 0.7 / 1e6 = 3,150 a month, 75,600 over 24
        assertThat(e.blendedApiPricePerMTok()).isCloseTo(0.70, PRICE);
        assertThat(e.cost(Option.API_INFERENCE).horizonTotal()).isCloseTo(75_600, CENT);
        // M = 30,000 / 36 + 1.2 × 1.3 × 720 × 0.10 + 100 = 833.33 + 112.32 + 100 = 1,045.6533 a GPU-month
        // floor = 1,045.6533 / 2.88e9 × 1e6 = 0.3630741
        assertThat(e.onPremFloorPerMTok().getAsDouble()).isCloseTo(0.3630741, within(1e-7));
        // two GPUs at 4.5 B: 2 × 1,045.6533 = 2,091.31 a month, 50,191.36 over 24 months
        assertThat(e.cost(Option.ON_PREM).monthly()).isCloseTo(2_091.31, CENT);
        assertThat(e.cost(Option.ON_PREM).horizonTotal()).isCloseTo(50_191.36, CENT);
        assertThat(e.cost(Option.ON_PREM).gpus()).isEqualTo(2);
        // renting them: 2 × 1,800 = 3,600, more than the API's 3,150
        assertThat(e.cost(Option.SELF_HOSTED).monthly()).isCloseTo(3_600, CENT);
        assertThat(e.recommendation().option()).isEqualTo(Option.ON_PREM);
        // break-evens: 1,045.6533 / 0.7e-6 = 1,493,790,476.19 (first), 2,091.3067 / 0.7e-6 = 2,987,580,952.38
        assertThat(e.breakEven(Option.ON_PREM).first().getAsDouble()).isCloseTo(1_493_790_476.19, TOKEN);
        assertThat(e.breakEven(Option.ON_PREM).sustained().getAsDouble()).isCloseTo(2_987_580_952.38, TOKEN);
        // renting breaks even only from stair 9: 9 × 1,800 / 0.7e-6 = 23,142,857,142.86 ("23.1 B")
        assertThat(e.breakEven(Option.SELF_HOSTED).sustained().getAsDouble()).isCloseTo(23_142_857_142.86, TOKEN);
    }

    @Test
    void example8InCashTheTwoGpusArePaidInMonthOneAndPayBackAgainstTheApiInMonth23() {
        Scenario s = base(workload(100_000, 0, 0, 24), api(0.5, 1.5, OptionalDouble.empty(), 0), oneGpu(0, 0))
                .withOnPrem(Optional.of(new OnPrem(30_000, 36, 1.2, 1.3, 0.10, 100, 0, 0)));

        Evaluation e = CostEngine.evaluate(s);

        // month 1: 2 × 30,000 + 2 × (112.32 + 100) = 60,424.64; then 424.64 a month
        assertThat(e.cash().cash(Option.ON_PREM, 1)).isCloseTo(60_424.64, CENT);
        assertThat(e.cash().cash(Option.ON_PREM, 2)).isCloseTo(424.64, CENT);
        // 60,000 + 424.64·m ≤ 3,150·m from m = 60,000 / 2,725.36 = 22.02 on: month 23
        assertThat(e.paybackMonth().get(Option.ON_PREM)).hasValue(23);
        // the last cumulative cash, 60,000 + 24 × 424.64 = 70,191.36, is the purchases (60,000) less the
        // depreciation charged (24 × 2 × 833.33 = 40,000) more than the amortised 50,191.36
        assertThat(e.cash().cumulative(Option.ON_PREM, 24)).isCloseTo(70_191.36, CENT);
    }

    @Test
    void withoutOpsCapacityOwningTheGpusIsExcludedButRegulatedDataKeepsIt() {
        Scenario owned = base(workload(100_000, 0, 0, 24), api(0.5, 1.5, OptionalDouble.empty(), 0), oneGpu(0, 0))
                .withOnPrem(Optional.of(new OnPrem(30_000, 36, 1.2, 1.3, 0.10, 100, 0, 0)));
        Workload w = owned.workload();
        Scenario noOps = owned.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(), w.outputShare(),
                w.latencySlaMs(), DataSensitivity.INTERNAL, OpsCapacity.NONE, 1, 0, 24));
        Scenario regulated = owned.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(),
                w.outputShare(), w.latencySlaMs(), DataSensitivity.REGULATED, OpsCapacity.LIMITED, 1, 0, 24));

        assertThat(CostEngine.evaluate(noOps).recommendation().excluded())
                .containsExactly(Option.SELF_HOSTED, Option.ON_PREM);
        assertThat(CostEngine.evaluate(regulated).recommendation().excluded()).containsExactly(Option.API_INFERENCE);
        assertThat(CostEngine.evaluate(regulated).recommendation().option()).isEqualTo(Option.ON_PREM);
    }
}
