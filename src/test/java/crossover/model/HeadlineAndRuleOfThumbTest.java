package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whose break-even the headline shows, whether the rule of thumb's sentence agrees with itself, and what the
 * uncertainty summary says when the ranges change nothing.
 */
class HeadlineAndRuleOfThumbTest {

    private static Scenario sample(String name) throws Exception {
        return new ScenarioReader().read(Path.of("assets", "scenarios", name + ".crossover")).scenario();
    }

    @Test
    void withCloudManagedRecommendedTheHeadlineIsCloudManagedsBreakEven() throws Exception {
        Evaluation e = CostEngine.evaluate(sample("1-small-internal-assistant"));
        assertThat(e.recommendation().option()).isEqualTo(Option.CLOUD_MANAGED);

        assertThat(e.headlineOption()).isEqualTo(Option.CLOUD_MANAGED);
        assertThat(Sentences.breakEven(e, e.headlineOption())).startsWith("Break-even for cloud-managed: 694 M");
        assertThat(Sentences.status(e)).contains("Cloud-managed: ");
    }

    @Test
    void withTheHybridRecommendedTheStatusLineNamesItsSpotGpusAndWhoseFloorItGives() throws Exception {
        Evaluation e = CostEngine.evaluate(sample("5-hybrid-batch-and-growth"));
        assertThat(e.recommendation().option()).isEqualTo(Option.HYBRID);
        OptionCost hybrid = e.cost(Option.HYBRID);

        // The hybrid's own batch GPUs and their utilisation, not self-hosting's fleet.
        assertThat(Sentences.status(e)).contains("Hybrid: " + (int) hybrid.gpus() + " spot GPUs for the batch at "
                + Units.percent(hybrid.utilization()) + " utilisation")
                .contains("Self-hosting's floor $2.894/MTok vs API $6.60/MTok blended")
                .doesNotContain("Self-hosted: ");
    }

    @Test
    void withSelfHostingExcludedTheHeadlineIsNeverSelfHostings() {
        // Below the break-even the API wins; self-hosting (no markup) would be its nearest competitor.
        Scenario limited = TestScenarios.oneGpu(1.00, 30_000, 1_500);
        Evaluation e = CostEngine.evaluate(limited);
        assertThat(e.recommendation().option()).isEqualTo(Option.API_INFERENCE);
        assertThat(e.headlineOption()).isEqualTo(Option.SELF_HOSTED);

        Evaluation none = CostEngine.evaluate(withOps(limited, OpsCapacity.NONE));

        assertThat(none.recommendation().excluded()).contains(Option.SELF_HOSTED);
        assertThat(none.headlineOption()).isEqualTo(Option.CLOUD_MANAGED);
        assertThat(Sentences.breakEven(none, none.headlineOption())).contains("cloud-managed")
                .doesNotContain("self-hosting");
        assertThat(none.recommendation().reasons()).anyMatch(r -> r.startsWith("Cloud-managed breaks even"))
                .noneMatch(r -> r.startsWith("Self-hosting breaks even"));
    }

    @Test
    void withTheApiRecommendedTheHeadlineIsTheCheaperGpuOption() throws Exception {
        Evaluation e = CostEngine.evaluate(sample("3-no-break-even"));
        assertThat(e.recommendation().option()).isEqualTo(Option.API_INFERENCE);
        Option cheaper = e.cost(Option.SELF_HOSTED).horizonTotal() <= e.cost(Option.CLOUD_MANAGED).horizonTotal()
                ? Option.SELF_HOSTED : Option.CLOUD_MANAGED;

        assertThat(e.headlineOption()).isEqualTo(cheaper);
    }

    @ParameterizedTest
    @EnumSource(OpsCapacity.class)
    void theRuleOfThumbsReasonNamesTheOptionItPicks(OpsCapacity ops) {
        Map<Option, String> says = Map.of(Option.API_INFERENCE, "API", Option.SELF_HOSTED, "run it yourself",
                Option.CLOUD_MANAGED, "managed");
        for (DataSensitivity sensitivity : DataSensitivity.values()) {
            for (double daily : List.of(2_000.0, 50_000.0, 500_000.0)) {
                Scenario s = withOps(TestScenarios.typical(), ops);
                Workload w = s.workload();
                s = s.withWorkload(new Workload(daily, w.tokensPerRequest(), w.outputShare(), w.latencySlaMs(),
                        sensitivity, ops, w.peakToAverage(), w.monthlyGrowthPercent(), w.horizonMonths(),
                        w.batchShare()));
                Evaluation e = CostEngine.evaluate(s);
                String basis = RuleOfThumb.basis(s.workload());
                String where = sensitivity + ", " + ops + ", " + daily + " requests/day: " + basis;

                assertThat(basis).as(where).contains(says.get(e.ruleOfThumb()));
                says.forEach((option, words) -> {
                    if (option != e.ruleOfThumb()) {
                        assertThat(basis).as(where).doesNotContain(words);
                    }
                });
                assertThat(Sentences.ruleOfThumbNote(e)).as(where).contains("(" + basis + ")");
            }
        }
    }

    @Test
    void drawsThatChangeNothingSaySoInsteadOfARangeFromAFigureToItself() {
        // Far below the break-even the API wins every draw, and a range on the GPU price cannot move its cost.
        Scenario s = TestScenarios.oneGpu(1.00, 3_000, 1_500).withUncertainty(new Uncertainty(500, 7,
                Map.of(Input.GPU_HOURLY_PRICE, new Uncertainty.Range(2, 3))));
        MonteCarlo.Result r = MonteCarlo.run(s);
        assertThat(r.cheapestProbability().get(Option.API_INFERENCE)).isEqualTo(1.0);

        String summary = Sentences.uncertainty(r);

        assertThat(summary).startsWith("API inference is cheapest in all 500 draws, at "
                + Units.dollars(CostEngine.evaluate(s).cost(Option.API_INFERENCE).horizonTotal()))
                .contains("the ranges do not change the answer").doesNotContain("(P10) to");
    }

    @Test
    void drawsWithSpreadGiveTheRange() {
        Scenario s = TestScenarios.typical().withUncertainty(new Uncertainty(500, 7,
                Map.of(Input.DAILY_REQUESTS, new Uncertainty.Range(20_000, 120_000))));

        String summary = Sentences.uncertainty(MonteCarlo.run(s));

        assertThat(summary).contains(" (P10) to ").contains(" (P90). ")
                .doesNotContain("the ranges do not change the answer");
    }

    private static Scenario withOps(Scenario s, OpsCapacity ops) {
        Workload w = s.workload();
        return s.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(), w.outputShare(),
                w.latencySlaMs(), w.dataSensitivity(), ops, w.peakToAverage(), w.monthlyGrowthPercent(),
                w.horizonMonths(), w.batchShare()));
    }
}
