package crossover.ui.explorer;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.model.TestScenarios;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.Engine;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import crossover.ui.task.SameThreadTaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog picks and the throughput estimate without a toolkit. Re-evaluation is queued and run by {@link #pulse},
 * as the window's {@code Platform.runLater} would, so what one pick changes lands as one step.
 */
class CatalogViewModelTest {

    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final ScenarioViewModel vm = new ScenarioViewModel(TestScenarios.oneGpu(1.00, 30_000, 1_500), pending::add);
    private final Catalog catalog = CatalogReader.bundled();
    private final CatalogViewModel picks = new CatalogViewModel(vm, catalog);

    @TempDir
    Path dir;

    private void pulse() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    private double value(Input path) {
        return vm.number(path).get();
    }

    @Test
    void pickingAnApiModelFillsBothPricesAndSaysWhereTheyCameFrom() {
        ApiModel mini = catalog.api("openai/gpt-4o-mini").orElseThrow();

        picks.apiProperty().set(mini);
        pulse();

        assertThat(value(Input.API_INPUT_PRICE)).isEqualTo(mini.inputPricePerMTok());
        assertThat(value(Input.API_OUTPUT_PRICE)).isEqualTo(mini.outputPricePerMTok());
        assertThat(vm.evaluationProperty().get().scenario().api().outputPricePerMTok())
                .isEqualTo(mini.outputPricePerMTok());
        assertThat(picks.provenanceProperty(Input.API_INPUT_PRICE).get())
                .isEqualTo("from catalog, as of " + mini.asOf());
        assertThat(picks.provenanceDetailProperty(Input.API_INPUT_PRICE).get()).contains(mini.source());
    }

    @Test
    void editingAFilledValueDetachesItAndOnlyIt() {
        picks.apiProperty().set(catalog.api("openai/gpt-4o-mini").orElseThrow());
        pulse();

        vm.number(Input.API_OUTPUT_PRICE).set(0.5);
        pulse();

        assertThat(picks.provenanceProperty(Input.API_OUTPUT_PRICE).get()).isEmpty();
        assertThat(picks.provenanceProperty(Input.API_INPUT_PRICE).get()).startsWith("from catalog");
    }

    @Test
    void editingBothPricesAwayLetsTheSameModelBePickedAgainToRestoreThem() {
        ApiModel mini = catalog.api("openai/gpt-4o-mini").orElseThrow();
        picks.apiProperty().set(mini);
        pulse();

        vm.number(Input.API_INPUT_PRICE).set(9);
        pulse();
        assertThat(picks.apiProperty().get()).isSameAs(mini);
        vm.number(Input.API_OUTPUT_PRICE).set(9);
        pulse();
        assertThat(picks.apiProperty().get()).isNull();

        picks.apiProperty().set(mini);
        pulse();

        assertThat(value(Input.API_INPUT_PRICE)).isEqualTo(mini.inputPricePerMTok());
        assertThat(value(Input.API_OUTPUT_PRICE)).isEqualTo(mini.outputPricePerMTok());
    }

    @Test
    void aGpuAndAModelFillThroughputGpusAndTheThroughputRangeAsOneUndoStep() {
        double priceBefore = value(Input.GPU_HOURLY_PRICE);
        double throughputBefore = value(Input.TOKENS_PER_HOUR_PER_GPU);
        var gpu = catalog.gpu("h100-sxm").orElseThrow();
        var model = catalog.model("llama-3.1-70b").orElseThrow();

        picks.modelProperty().set(model);
        picks.gpuProperty().set(gpu);
        pulse();

        ThroughputEstimate expected = ThroughputEstimator.estimate(EstimateRequest.of(gpu, model, Precision.FP16,
                1_500, vm.evaluationProperty().get().scenario().workload().outputShare()));
        assertThat(value(Input.GPU_HOURLY_PRICE)).isEqualTo(gpu.hourlyPrice());
        assertThat(value(Input.GPUS_PER_REPLICA)).isEqualTo(expected.gpusPerReplica()).isGreaterThan(1);
        // Three significant figures of the point estimate, inside the estimate's range.
        double filled = value(Input.TOKENS_PER_HOUR_PER_GPU);
        assertThat(filled).isCloseTo(expected.tokensPerHourPerGpu(), org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(vm.rangeOnProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).isTrue();
        assertThat(vm.rangeLowProperty(Input.TOKENS_PER_HOUR_PER_GPU).get())
                .isLessThanOrEqualTo(expected.lowTokensPerHourPerGpu()).isGreaterThan(expected.lowTokensPerHourPerGpu() * 0.99);
        assertThat(vm.rangeHighProperty(Input.TOKENS_PER_HOUR_PER_GPU).get())
                .isGreaterThanOrEqualTo(expected.highTokensPerHourPerGpu());
        assertThat(picks.basisProperty().get()).contains("Llama 3.1 70B").contains("H100");
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).startsWith("from estimate (vLLM), range");

        vm.undo();

        assertThat(value(Input.GPU_HOURLY_PRICE)).isEqualTo(priceBefore);
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isEqualTo(throughputBefore);
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).isEmpty();
    }

    @Test
    void choosingAnEngineReEstimatesUnderItAndTheSourceLineNamesIt() {
        var gpu = catalog.gpu("h100-sxm").orElseThrow();
        var model = catalog.model("llama-3.1-8b").orElseThrow();
        picks.modelProperty().set(model);
        picks.gpuProperty().set(gpu);
        pulse();

        picks.engineProperty().set(Engine.TRTLLM);
        pulse();

        ThroughputEstimate expected = ThroughputEstimator.estimate(EstimateRequest.of(gpu, model, Precision.FP16,
                1_500, vm.evaluationProperty().get().scenario().workload().outputShare()).withEngine(Engine.TRTLLM));
        assertThat(picks.estimateProperty().get().request().engine()).isEqualTo(Engine.TRTLLM);
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isCloseTo(expected.tokensPerHourPerGpu(),
                org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get())
                .startsWith("from estimate (TensorRT-LLM), range");
        assertThat(picks.provenanceProperty(Input.GPUS_PER_REPLICA).get()).endsWith("on TensorRT-LLM");
        assertThat(picks.basisProperty().get()).contains("TensorRT-LLM");

        picks.reset();

        assertThat(picks.engineProperty().get()).isEqualTo(Engine.VLLM);
    }

    @Test
    void fp8PutsTheSeventyBillionModelOnOneGpuAndTheEstimateFollowsTheRequestLength() {
        picks.modelProperty().set(catalog.model("llama-3.1-70b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        picks.precisionProperty().set(Precision.FP8);
        pulse();
        assertThat(value(Input.GPUS_PER_REPLICA)).isEqualTo(1);
        double shortRequests = picks.estimateProperty().get().tokensPerHourPerGpu();

        vm.number(Input.TOKENS_PER_REQUEST).set(6_000);
        pulse();

        assertThat(picks.estimateProperty().get().request().tokensPerRequest()).isEqualTo(6_000);
        assertThat(picks.estimateProperty().get().tokensPerHourPerGpu()).isLessThan(shortRequests);
    }

    @Test
    void typingGpusPerReplicaAfterAnEstimateReEstimatesOnThatMany() {
        var gpu = catalog.gpu("h100-sxm").orElseThrow();
        var model = catalog.model("llama-3.1-70b").orElseThrow();
        picks.modelProperty().set(model);
        picks.precisionProperty().set(Precision.FP8);
        picks.gpuProperty().set(gpu);
        pulse();
        assertThat(value(Input.GPUS_PER_REPLICA)).isEqualTo(1);
        assertThat(picks.basisProperty().get()).contains("On 2 GPUs per replica");

        vm.number(Input.GPUS_PER_REPLICA).set(2);
        pulse();

        ThroughputEstimate onTwo = ThroughputEstimator.estimate(EstimateRequest.of(gpu, model, Precision.FP8, 1_500,
                0.5).withGpus(2));
        assertThat(picks.estimateProperty().get().gpusPerReplica()).isEqualTo(2);
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU))
                .isCloseTo(onTwo.tokensPerHourPerGpu(), org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(value(Input.GPUS_PER_REPLICA)).isEqualTo(2);
        assertThat(picks.provenanceProperty(Input.GPUS_PER_REPLICA).get()).isEmpty();
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).startsWith("from estimate");
    }

    @Test
    void aRequestLengthEditAndTheReEstimateItCausesAreOneUndoStep() {
        picks.modelProperty().set(catalog.model("llama-3.1-8b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        pulse();
        double at1500 = value(Input.TOKENS_PER_HOUR_PER_GPU);

        vm.number(Input.TOKENS_PER_REQUEST).set(6_000);
        pulse();
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isNotEqualTo(at1500);

        vm.undo();

        assertThat(value(Input.TOKENS_PER_REQUEST)).isEqualTo(1_500);
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isEqualTo(at1500);
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).isEmpty();

        vm.redo();

        assertThat(value(Input.TOKENS_PER_REQUEST)).isEqualTo(6_000);
        // Back to the value the estimate filled in: its line shows again.
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).startsWith("from estimate");
    }

    @Test
    void anotherScenarioOnScreenClearsThePicksAndTheirLines() {
        picks.apiProperty().set(catalog.api("openai/gpt-4o-mini").orElseThrow());
        picks.modelProperty().set(catalog.model("llama-3.1-8b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        pulse();
        double price = value(Input.GPU_HOURLY_PRICE);

        // The same GPU price in the new file: the line must still go, the value came from the file.
        vm.replace(TestScenarios.oneGpu(1.00, 30_000, 1_500).withSelfHosted(
                vm.evaluationProperty().get().scenario().selfHosted()));
        pulse();

        assertThat(value(Input.GPU_HOURLY_PRICE)).isEqualTo(price);
        assertThat(picks.apiProperty().get()).isNull();
        assertThat(picks.gpuProperty().get()).isNull();
        assertThat(picks.estimateProperty().get()).isNull();
        assertThat(picks.basisProperty().get()).isEmpty();
        for (Input path : CatalogViewModel.FILLED) {
            assertThat(picks.provenanceProperty(path).get()).as(path.path()).isEmpty();
        }
    }

    @Test
    void sourcesGoToTheFileAndComeBackOnlyWhereTheValueStillMatches() {
        picks.apiProperty().set(catalog.api("openai/gpt-4o-mini").orElseThrow());
        picks.modelProperty().set(catalog.model("llama-3.1-8b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        pulse();
        var saved = picks.sources();
        // Everything these picks fill: no GPUs are committed and no hardware is owned.
        assertThat(saved).containsOnlyKeys(Input.API_INPUT_PRICE, Input.API_OUTPUT_PRICE, Input.API_CACHED_INPUT_PRICE,
                Input.API_BATCH_DISCOUNT_PERCENT, Input.GPU_HOURLY_PRICE, Input.TOKENS_PER_HOUR_PER_GPU,
                Input.GPUS_PER_REPLICA);
        assertThat(saved.get(Input.API_INPUT_PRICE).value()).isEqualTo(0.15);
        crossover.model.Scenario onScreen = vm.scenarioProperty().get();

        // Open the saved file again: the same values, and a price someone edited by hand since.
        vm.replace(onScreen.withApi(new crossover.model.ApiPricing(0.15, 9, onScreen.api().typicalTtftMs())));
        pulse();
        assertThat(picks.provenanceProperty(Input.API_INPUT_PRICE).get()).isEmpty();
        picks.restore(saved);

        assertThat(picks.provenanceProperty(Input.API_INPUT_PRICE).get()).isEqualTo("from catalog, as of "
                + catalog.api("openai/gpt-4o-mini").orElseThrow().asOf());
        assertThat(picks.provenanceProperty(Input.TOKENS_PER_HOUR_PER_GPU).get()).startsWith("from estimate");
        assertThat(picks.provenanceProperty(Input.API_OUTPUT_PRICE).get()).isEmpty();
        assertThat(picks.sources()).doesNotContainKey(Input.API_OUTPUT_PRICE).containsKey(Input.API_INPUT_PRICE);
    }

    @Test
    void aLongerInterTokenTargetAllowsALargerBatchAndMoreTokensAnHour() {
        picks.modelProperty().set(catalog.model("llama-3.1-8b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        picks.itlTargetMsProperty().set(25.0);
        pulse();
        ThroughputEstimate at25 = picks.estimateProperty().get();
        assertThat(at25.request().itlTargetMs()).isEqualTo(25);

        picks.itlTargetMsProperty().set(50.0);
        pulse();

        ThroughputEstimate at50 = picks.estimateProperty().get();
        assertThat(at50.request().itlTargetMs()).isEqualTo(50);
        assertThat(at50.batch()).isGreaterThan(at25.batch());
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isGreaterThan(at25.tokensPerHourPerGpu() * 1.005);
    }

    @Test
    void aRequestNoReplicaCanServeLeavesTheInputsAndSaysWhy() {
        double before = value(Input.TOKENS_PER_HOUR_PER_GPU);
        vm.number(Input.TOKENS_PER_REQUEST).set(4_000_000);
        pulse();

        picks.modelProperty().set(catalog.model("llama-3.1-70b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("l4").orElseThrow());
        pulse();

        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isEqualTo(before);
        // 4 M tokens is longer than the model's 131,072-token context: no replica serves such a request.
        assertThat(picks.messageProperty().get()).isEqualTo("tokens per request must be from 1 to 131,072 (Llama 3.1 "
                + "70B's context), not 4000000.");
    }

    @Test
    void anImportedModelWithoutAnOutputPriceKeepsTheOutputPriceAndSaysItIsUnpriced() throws IOException {
        Path file = dir.resolve("prices.json");
        try (InputStream in = getClass().getResourceAsStream("/crossover/ui/litellm-small.json")) {
            Files.write(file, in.readAllBytes());
        }
        int bundled = picks.apiModels().size();

        String summary = assertNoThrow(file);

        assertThat(summary).contains("Imported 2 chat models").contains("skipped 0").contains("ignored 2");
        assertThat(picks.apiModels()).hasSize(bundled + 2);
        ApiModel preview = picks.apiModels().stream().filter(m -> m.id().equals("litellm/acme-chat-preview"))
                .findFirst().orElseThrow();
        double outputBefore = value(Input.API_OUTPUT_PRICE);

        picks.apiProperty().set(preview);
        pulse();

        assertThat(value(Input.API_INPUT_PRICE)).isEqualTo(0.7);
        assertThat(value(Input.API_OUTPUT_PRICE)).isEqualTo(outputBefore);
        assertThat(picks.messageProperty().get()).contains("no published output price").contains("unpriced");
        assertThat(picks.provenanceProperty(Input.API_OUTPUT_PRICE).get()).isEmpty();
    }

    private String assertNoThrow(Path file) {
        picks.importLiteLlm(file).onFailure(sentence -> {
            throw new AssertionError(sentence);
        }).executeWith(new SameThreadTaskExecutor((what, failure) -> {
            throw new AssertionError(what, failure);
        }));
        return picks.messageProperty().get();
    }
}
