package crossover.model.setup;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.io.ScenarioReader;
import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.Input;
import crossover.model.OpsCapacity;
import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The setup search on cases checked by hand and against the engine it reuses. */
class SetupSearchTest {

    private static final Catalog CATALOG = CatalogReader.bundled();

    /** An H100's figures at a price of our own (the same chip, so only the price tells two of them apart). */
    private static GpuSpec h100At(String id, double hourlyPrice) {
        GpuSpec h = CATALOG.gpu("h100-sxm").orElseThrow();
        return new GpuSpec(id, id, "test", h.memoryGb(), h.memoryBandwidthGBs(), h.bf16Tflops(), h.fp8Tflops(),
                h.fp4Tflops(), "test", hourlyPrice, "test", "2026-01", null);
    }

    @Test
    void theBestRowOfAHandCheckedCase() {
        // 1,000 requests a day × 1,000 tokens × 30 = 30 M tokens a month, flat for 12 months, peak 1, utilisation 1,
        // two replicas always on, no set-up or ops cost. Any GPU serving more than 30 M / (2 × 720) ≈ 20,834 tokens an
        // hour (an H100 serves millions of Llama 3.1 8B's) leaves the fleet at its minimum of two replicas, so cost
        // follows price and replica size alone:
        //   cheap ($1/h), 1 GPU a replica, self-hosted: 2 × 1 × $1 × 720 = $1,440 a month, 12 × = $17,280  <- best
        //   cheap, 1 GPU, cloud-managed (+30 %):                              $1,872 a month, $22,464
        //   cheap, 2 GPUs, self-hosted, and dear ($2/h), 1 GPU, self-hosted:  $2,880 a month, $34,560
        // The API: blended 0.7 × $3 + 0.3 × $15 = $6.60/MTok × 30 MTok = $198 a month, $2,376 over 12 months.
        // The scenario as it is: $2.50/h on 1 GPU a replica, self-hosted: 2 × 2.5 × 720 = $3,600 a month, $43,200
        // (cloud-managed $4,680 a month).
        Scenario s = new Scenario("hand", "", new Workload(1000, 1000, 0.3, 60_000, DataSensitivity.INTERNAL,
                OpsCapacity.LIMITED, 1, 0, 12), new ApiPricing(3, 15, 400),
                new SelfHosting(2.5, 1_000_000, 1, 2, 1, 0, 0), new CloudManaged(30, 0, 0));
        OpenModel m = CATALOG.model("llama-3.1-8b").orElseThrow();
        SetupSearch.Result r = SetupSearch.search(new SetupSearch.Request(s,
                List.of(h100At("dear", 2), h100At("cheap", 1)), m, Engine.VLLM, 1000, EnumSet.of(Precision.FP16)));

        SetupRow best = r.best().orElseThrow();
        assertThat(best.setup().gpu().id()).isEqualTo("cheap");
        assertThat(best.setup().gpusPerReplica()).isEqualTo(1);
        assertThat(best.option()).isEqualTo(Option.SELF_HOSTED);
        assertThat(best.replicas()).isEqualTo(2);
        assertThat(best.gpus()).isEqualTo(2);
        assertThat(best.horizonReplicas()).isEqualTo(2);
        assertThat(best.monthly()).isEqualTo(1_440);
        assertThat(best.horizonTotal()).isEqualTo(17_280);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.meetsTargets()).isTrue();
        assertThat(r.rows().get(1).option()).isEqualTo(Option.CLOUD_MANAGED);
        assertThat(r.rows().get(1).horizonTotal()).isEqualTo(22_464);
        assertThat(r.rows().get(2).horizonTotal()).isEqualTo(34_560);
        assertThat(r.sentence()).isEqualTo("Cheapest setup meeting the targets: Llama 3.1 8B at fp16 on 1 × cheap "
                + "(vLLM), self-hosted, $17,280 over 12 months: $14,904 more than the API ($2,376) and $25,920 less "
                + "than the scenario as it is ($43,200, self-hosting).");
    }

    @Test
    void aSetupThatDoesNotFitInMemoryNeverAppears() {
        // Llama 3.1 70B: 70.55 B weights; KV cache per token 80 layers × 8 heads × 128 × 2 (K and V) values. A
        // replica of g GPUs holds it when weights + one 1,500-token sequence's KV fit in 90 % of their memory.
        // E.g. fp16 (141.1 GB) fits on 2 × H100 (144 GB usable) but not on 1 (72 GB); on L4s (21.6 GB usable each)
        // it takes 8; int4 (36.4 GB) fits on 2 × L4 but never on one.
        Scenario s = Input.defaults();
        OpenModel m = CATALOG.model("llama-3.1-70b").orElseThrow();
        SetupSearch.Result r = SetupSearch.search(SetupSearch.Request.of(s, CATALOG, m, Engine.VLLM, 50));
        double tokens = s.workload().tokensPerRequest();
        Set<String> expected = new HashSet<>();
        for (GpuSpec g : CATALOG.gpus()) {
            for (Precision p : Precision.values()) {
                if (p == Precision.FP4 && g.fp4Tflops() == null) {
                    continue;
                }
                double weights = 70.55e9 * p.bytesPerWeight();
                double kv = 80 * 8 * 128 * 2 * p.kvBytesPerValue() * tokens;
                for (int n : new int[] {1, 2, 4, 8}) {
                    if (weights + kv <= n * g.memoryGb() * 1e9 * 0.9) {
                        expected.add(g.id() + "/" + p.id() + "/" + n);
                    }
                }
            }
        }
        Set<String> found = new HashSet<>();
        for (SetupRow x : r.rows()) {
            found.add(x.setup().gpu().id() + "/" + x.setup().precision().id() + "/" + x.setup().gpusPerReplica());
        }
        assertThat(found).isEqualTo(expected);
        assertThat(found).contains("h100-sxm/fp16/2", "l4/fp16/8", "l4/int4/2")
                .doesNotContain("h100-sxm/fp16/1", "l4/fp16/4", "l4/int4/1", "l4/fp8/1");
        assertThat(r.setups()).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-small-internal-assistant", "2-regulated-at-scale", "5-hybrid-batch-and-growth",
            "7-buying-beats-renting"})
    void usingARowsSetupThenEvaluatingGivesTheRowsFiguresExactly(String sample) throws Exception {
        Scenario s = new ScenarioReader().read(Path.of("assets", "scenarios", sample + ".crossover")).scenario();
        SetupSearch.Result r = SetupSearch.search(SetupSearch.Request.of(s, CATALOG,
                CATALOG.model("qwen3-32b").orElseThrow(), Engine.SGLANG, 40));
        assertThat(r.rows()).isNotEmpty();
        for (SetupRow x : r.rows()) {
            // What "Use this setup" writes: the inputs by value, with their ranges, through the registry.
            Scenario used = x.setup().use(s);
            // The window writes the sources' values: they must be the values the search costed.
            java.util.Map<Input, Double> fromSources = new java.util.EnumMap<>(Input.class);
            x.setup().sources(s).forEach((input, source) -> fromSources.put(input, source.value()));
            assertThat(fromSources).isEqualTo(x.setup().values(s));
            assertThat(used.uncertainty().ranges()).containsKey(Input.TOKENS_PER_HOUR_PER_GPU);
            Evaluation e = CostEngine.evaluate(used);
            OptionCost c = e.cost(x.option());
            assertThat(c.monthly()).as("%s %s", x.setup().words(), x.option()).isEqualTo(x.monthly());
            assertThat(c.horizonTotal()).isEqualTo(x.horizonTotal());
            assertThat(c.replicas()).isEqualTo(x.replicas());
            assertThat(c.gpus()).isEqualTo(x.gpus());
            if (x.option() == Option.HYBRID) {
                // The hybrid has no break-even; its replicas are the batch share's spot replicas.
                assertThat(x.sustainedBreakEven()).isEmpty();
                assertThat(e.hybridCurve().orElseThrow().batchReplicasAt(e.horizonMonthlyTokens()))
                        .isEqualTo(x.horizonReplicas());
            } else {
                assertThat(e.breakEven(x.option()).sustained()).isEqualTo(x.sustainedBreakEven());
                assertThat(e.stairs(x.option()).replicasAt(e.horizonMonthlyTokens())).isEqualTo(x.horizonReplicas());
            }
        }
        // The hybrid sample's rows include the hybrid, which its recommendation picks as it is.
        if (sample.startsWith("5-")) {
            assertThat(r.rows()).anyMatch(x -> x.option() == Option.HYBRID);
            assertThat(r.currentCheapest().orElseThrow().option()).isEqualTo(Option.HYBRID);
        }
    }

    @Test
    void onPremRowsOnlyForGpusTheCatalogPricesAndOnlyWhenTheScenarioOwnsGpus() throws Exception {
        Scenario owned = new ScenarioReader().read(Path.of("assets", "scenarios",
                "7-buying-beats-renting.crossover")).scenario();
        OpenModel m = CATALOG.model("llama-3.1-8b").orElseThrow();
        SetupSearch.Result r = SetupSearch.search(SetupSearch.Request.of(owned, CATALOG, m, Engine.VLLM, 50));
        assertThat(r.rows()).filteredOn(x -> x.option() == Option.ON_PREM).isNotEmpty()
                .allSatisfy(x -> assertThat(x.setup().gpu().purchasePrice()).isNotNull());
        SetupSearch.Result rented = SetupSearch.search(SetupSearch.Request.of(Input.defaults(), CATALOG, m,
                Engine.VLLM, 50));
        assertThat(rented.rows()).noneMatch(x -> x.option() == Option.ON_PREM);
    }

    @Test
    void requestsLongerThanTheModelsContextAreAProblemNotAnError() {
        Scenario s = Input.defaults().with(Input.TOKENS_PER_REQUEST, 200_000);
        SetupSearch.Result r = SetupSearch.search(SetupSearch.Request.of(s, CATALOG,
                CATALOG.model("llama-3.1-8b").orElseThrow(), Engine.VLLM, 50));
        assertThat(r.rows()).isEmpty();
        assertThat(r.problem()).contains("131,072");
        assertThat(r.sentence()).startsWith("No setup of Llama 3.1 8B on vLLM: tokens per request");
    }
}
