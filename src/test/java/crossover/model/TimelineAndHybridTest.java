package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** COST-MODEL.md version 2: the cash timeline, payback months and the hybrid option, against hand computations. */
class TimelineAndHybridTest {

    /**
     * One GPU at $2.50/h serving 4 M tokens/hour (R = $1,800, C = 2.88 B), API at $1.00/MTok, 1.5 B tokens in
     * month 1 (50,000 requests/day × 1,000 tokens), $2,000 set-up, 4 months.
     */
    private static Scenario growing(double growthPercent) {
        Workload w = new Workload(50_000, 1_000, 0.5, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1,
                growthPercent, 4);
        return new Scenario("Growing", "", w, new ApiPricing(1, 1, 300), new SelfHosting(2.5, 4e6, 1, 1, 1, 2_000, 0),
                new CloudManaged(30, 0, 0));
    }

    @Test
    void withoutGrowthSelfHostingNeverPaysBack() {
        // API: 1,500 a month → 1,500, 3,000, 4,500, 6,000. Self-hosted: 1 replica, 1,800 a month plus 2,000 in
        // month 1 → 3,800, 5,600, 7,400, 9,200: above the API at the end, so no payback.
        Evaluation e = CostEngine.evaluate(growing(0));

        assertThat(cumulative(e, Option.API_INFERENCE)).containsExactly(1_500.0, 3_000.0, 4_500.0, 6_000.0);
        assertThat(cumulative(e, Option.SELF_HOSTED)).containsExactly(3_800.0, 5_600.0, 7_400.0, 9_200.0);
        assertThat(e.paybackMonth().get(Option.SELF_HOSTED)).isEmpty();
    }

    @Test
    void selfHostingPaysBackInMonthFourOnlyBecauseOfGrowth() {
        // Doubling each month: 1.5 B, 3 B, 6 B, 12 B tokens. API 1,500, 3,000, 6,000, 12,000 → cumulative 1,500,
        // 4,500, 10,500, 22,500. Replicas ceil(V / 2.88 B) = 1, 2, 3, 5 → 1,800 + 2,000, 3,600, 5,400, 9,000 →
        // cumulative 3,800, 7,400, 12,800, 21,800: at or below the API from month 4 to the end.
        Evaluation e = CostEngine.evaluate(growing(100));

        assertThat(e.timeline()).extracting(TimelineMonth::monthlyTokens).containsExactly(1.5e9, 3e9, 6e9, 12e9);
        assertThat(e.timeline()).extracting(m -> m.costs().get(Option.SELF_HOSTED))
                .containsExactly(3_800.0, 3_600.0, 5_400.0, 9_000.0);
        assertThat(cumulative(e, Option.API_INFERENCE)).containsExactly(1_500.0, 4_500.0, 10_500.0, 22_500.0);
        assertThat(cumulative(e, Option.SELF_HOSTED)).containsExactly(3_800.0, 7_400.0, 12_800.0, 21_800.0);
        assertThat(e.paybackMonth().get(Option.SELF_HOSTED)).hasValue(4);
    }

    @Test
    void theLastCumulativeEqualsTheHorizonTotal() {
        Evaluation e = CostEngine.evaluate(TestScenarios.typical());
        TimelineMonth last = e.timeline().get(e.timeline().size() - 1);

        assertThat(last.month()).isEqualTo(24);
        for (Option o : e.options()) {
            // Two different sums of the same money (set-up whole in month 1, or spread over the months): equal up
            // to floating-point rounding.
            assertThat(last.cumulative().get(o)).as(o.id())
                    .isCloseTo(e.cost(o).horizonTotal(), within(1e-9 * e.cost(o).horizonTotal()));
        }
    }

    /** API at $2/MTok, 3 B tokens/month, peak 4× (self-hosting needs 5 replicas), half of it batch at 50 % off. */
    private static Scenario batchHeavy(DataSensitivity sensitivity) {
        Workload w = new Workload(100_000, 1_000, 0.5, 1000, sensitivity, OpsCapacity.DEDICATED, 4, 0, 12, 0.5);
        return new Scenario("Batch heavy", "", w, new ApiPricing(2, 2, 300),
                new SelfHosting(2.5, 4e6, 1, 1, 1, 0, 0, 50), new CloudManaged(30, 0, 0));
    }

    @Test
    void hybridWinsWhenBatchWorkRunsOnSpotGpusAndRealTimeStaysOnTheApi() {
        // API 3 B × $2 = 6,000. Self-hosted: C = 4 M × 720 / 4 = 720 M → 5 replicas = 9,000. Cloud 11,700.
        // Hybrid: 0.5 × 3 B × $2 = 3,000 on the API + 1 spot replica (1.5 B ≤ 2.88 B) × 1,800 × 0.5 = 900.
        Evaluation e = CostEngine.evaluate(batchHeavy(DataSensitivity.INTERNAL));

        assertThat(e.options()).containsExactly(Option.API_INFERENCE, Option.SELF_HOSTED, Option.CLOUD_MANAGED,
                Option.HYBRID);
        assertThat(e.cost(Option.API_INFERENCE).monthly()).isEqualTo(6_000);
        assertThat(e.cost(Option.SELF_HOSTED).monthly()).isEqualTo(9_000);
        assertThat(e.cost(Option.HYBRID).monthly()).isEqualTo(3_900);
        assertThat(e.cost(Option.HYBRID).gpus()).isEqualTo(1);
        assertThat(e.cost(Option.HYBRID).horizonTotal()).isEqualTo(12 * 3_900.0);
        assertThat(e.recommendation().option()).isEqualTo(Option.HYBRID);
        assertThat(e.recommendation().reasons()).anySatisfy(r -> assertThat(r).startsWith("Hybrid keeps the real-time 50 %"));
        assertThat(e.paybackMonth().get(Option.HYBRID)).hasValue(1);
    }

    @Test
    void hybridIsExcludedWithTheApiWhenTheDataIsRegulated() {
        Evaluation e = CostEngine.evaluate(batchHeavy(DataSensitivity.REGULATED));

        assertThat(e.recommendation().excluded()).containsExactly(Option.API_INFERENCE, Option.HYBRID);
        assertThat(e.recommendation().option()).isEqualTo(Option.SELF_HOSTED);
        assertThat(e.recommendation().exclusions().get(Option.HYBRID)).contains("real-time tier runs on the API");
    }

    @Test
    void withoutABatchShareThereIsNoHybrid() {
        Evaluation e = CostEngine.evaluate(TestScenarios.typical());

        assertThat(e.options()).doesNotContain(Option.HYBRID);
        assertThat(e.costs()).doesNotContainKey(Option.HYBRID);
        assertThat(e.paybackMonth()).containsOnlyKeys(Option.SELF_HOSTED, Option.CLOUD_MANAGED);
    }

    private static List<Double> cumulative(Evaluation e, Option o) {
        return e.timeline().stream().map(m -> m.cumulative().get(o)).toList();
    }
}
