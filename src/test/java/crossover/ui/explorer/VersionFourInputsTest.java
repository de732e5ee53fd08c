package crossover.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.io.LoadedScenario;
import crossover.io.ScenarioReader;
import crossover.io.ScenarioWriter;
import crossover.model.Input;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Section;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.Precision;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's version-4 inputs without a toolkit: the API pick's cached price and batch discount, the commitment
 * discount, owned hardware added and removed, each as one undo step. Re-evaluation is queued and run by
 * {@link #pulse}, as the window's {@code Platform.runLater} would.
 */
class VersionFourInputsTest {

    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final ScenarioViewModel vm = new ScenarioViewModel(TestScenarios.oneGpu(1.00, 30_000, 1_500), pending::add);
    private final Catalog catalog = CatalogReader.bundled();
    private final CatalogViewModel picks = new CatalogViewModel(vm, catalog);

    private void pulse() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    private double value(Input input) {
        return vm.number(input).get();
    }

    private Scenario onScreen() {
        return vm.scenarioProperty().get();
    }

    @Test
    void anApiPickFillsCachedPriceAndBatchDiscountWithThePricesAsOneUndoStep() {
        ApiModel m = catalog.api("openai/gpt-5").orElseThrow();
        assertThat(m.cachedInputPricePerMTok()).isNotNull();
        assertThat(m.batchDiscountPercent()).isNotNull();
        Map<Input, Double> before = Input.valuesOf(onScreen());

        picks.apiProperty().set(m);
        pulse();

        assertThat(value(Input.API_INPUT_PRICE)).isEqualTo(m.inputPricePerMTok());
        assertThat(value(Input.API_CACHED_INPUT_PRICE)).isEqualTo(m.cachedInputPricePerMTok());
        assertThat(value(Input.API_BATCH_DISCOUNT_PERCENT)).isEqualTo(m.batchDiscountPercent().value());
        assertThat(onScreen().api().batchDiscountPercent()).isEqualTo(m.batchDiscountPercent().value());
        assertThat(picks.provenanceProperty(Input.API_CACHED_INPUT_PRICE).get()).startsWith("from catalog");
        assertThat(picks.provenanceProperty(Input.API_BATCH_DISCOUNT_PERCENT).get()).contains("OpenAI");
        assertThat(picks.provenanceDetailProperty(Input.API_BATCH_DISCOUNT_PERCENT).get())
                .isEqualTo(m.batchDiscountPercent().source());

        vm.undo();

        for (Input i : new Input[] {Input.API_INPUT_PRICE, Input.API_OUTPUT_PRICE, Input.API_CACHED_INPUT_PRICE,
                Input.API_BATCH_DISCOUNT_PERCENT}) {
            assertThat(value(i)).as(i.path()).isEqualTo(before.get(i));
        }
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void aModelWithoutACachedPriceOrBatchTierLeavesNoStaleDiscountBehind() {
        picks.apiProperty().set(catalog.api("openai/gpt-5").orElseThrow());
        pulse();
        ApiModel plain = catalog.api().stream().filter(a -> a.priced() && a.cachedInputPricePerMTok() == null
                && a.batchDiscountPercent() == null).findFirst().orElseThrow();

        picks.apiProperty().set(plain);
        pulse();

        assertThat(value(Input.API_CACHED_INPUT_PRICE)).isEqualTo(plain.inputPricePerMTok());
        assertThat(value(Input.API_BATCH_DISCOUNT_PERCENT)).isZero();
        assertThat(picks.provenanceProperty(Input.API_BATCH_DISCOUNT_PERCENT).get()).isEmpty();
        assertThat(onScreen().api().cachedInputPricePerMTok()).isEmpty();
    }

    @Test
    void theCachedPriceFollowsTheInputPriceUntilItIsGivenOneOfItsOwn() {
        vm.number(Input.API_INPUT_PRICE).set(4);
        pulse();
        assertThat(value(Input.API_CACHED_INPUT_PRICE)).isEqualTo(4);

        vm.number(Input.API_CACHED_INPUT_PRICE).set(0.4);
        pulse();
        vm.number(Input.API_INPUT_PRICE).set(5);
        pulse();

        assertThat(value(Input.API_CACHED_INPUT_PRICE)).isEqualTo(0.4);
        assertThat(onScreen().api().cachedInputPricePerMTok()).hasValue(0.4);
    }

    @Test
    void committingGpusWithAGpuPickedFillsItsCommitmentDiscountInTheSameStep() {
        GpuSpec h100 = catalog.gpu("h100-sxm").orElseThrow();
        picks.gpuProperty().set(h100);
        pulse();
        // Nothing committed yet: the discount is not filled (it would change nothing but the file's version).
        assertThat(value(Input.COMMITMENT_DISCOUNT_PERCENT)).isZero();

        vm.number(Input.COMMITTED_GPUS).set(4);
        pulse();

        assertThat(value(Input.COMMITMENT_DISCOUNT_PERCENT)).isEqualTo(h100.committedDiscountPercent().value());
        assertThat(picks.provenanceProperty(Input.COMMITMENT_DISCOUNT_PERCENT).get()).startsWith("from catalog");

        vm.undo();

        assertThat(value(Input.COMMITTED_GPUS)).isZero();
        assertThat(value(Input.COMMITMENT_DISCOUNT_PERCENT)).isZero();
    }

    @Test
    void addingOwnedHardwareIsOneUndoStepAndBringsTheOnPremOption() {
        assertThat(vm.evaluationProperty().get().options()).doesNotContain(Option.ON_PREM);

        picks.addOwnedHardware();
        pulse();

        assertThat(vm.sectionProperty(Section.ON_PREM).get()).isTrue();
        assertThat(vm.evaluationProperty().get().options()).contains(Option.ON_PREM);
        assertThat(onScreen().onPrem().orElseThrow().gpuPurchasePrice())
                .isEqualTo(Input.ON_PREM_GPU_PURCHASE_PRICE.defaultValue());
        assertThat(onScreen().onPrem().orElseThrow().pue()).isEqualTo(1.3);

        vm.undo();
        assertThat(vm.sectionProperty(Section.ON_PREM).get()).isFalse();
        assertThat(onScreen().onPrem()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();

        vm.redo();
        assertThat(onScreen().onPrem()).isPresent();
    }

    @Test
    void withAGpuPickedOwnedHardwareTakesItsCatalogPurchasePriceAndPowerAndSaysItIsTheGpuAlone() {
        GpuSpec h100 = catalog.gpu("h100-sxm").orElseThrow();
        picks.gpuProperty().set(h100);
        pulse();

        picks.addOwnedHardware();
        pulse();

        assertThat(value(Input.ON_PREM_GPU_PURCHASE_PRICE)).isEqualTo(h100.purchasePrice().value());
        assertThat(value(Input.ON_PREM_POWER_KW_PER_GPU)).isEqualTo(h100.boardPowerW().value() / 1000);
        assertThat(picks.provenanceProperty(Input.ON_PREM_GPU_PURCHASE_PRICE).get()).contains("alone");
        assertThat(picks.sources()).containsKey(Input.ON_PREM_GPU_PURCHASE_PRICE);

        vm.exclude(Section.ON_PREM);
        pulse();

        assertThat(picks.sources()).doesNotContainKey(Input.ON_PREM_GPU_PURCHASE_PRICE);
    }

    @Test
    void ownedHardwareStartsWithSelfHostingsSetUpAndOpsCostsSaidWhereTheyCameFromNotFree() {
        double setUp = 30_000;
        double ops = 4_000;
        vm.apply(Map.of(Input.SELF_HOSTED_SETUP_COST, setUp, Input.SELF_HOSTED_OPS_COST, ops), Map.of(),
                Change.Origin.EDIT);
        pulse();

        picks.addOwnedHardware();
        pulse();

        assertThat(onScreen().onPrem().orElseThrow().setupCost()).isEqualTo(setUp);
        assertThat(onScreen().onPrem().orElseThrow().monthlyOpsCost()).isEqualTo(ops);
        assertThat(picks.provenanceProperty(Input.ON_PREM_SETUP_COST).get()).startsWith("as self-hosting's set-up cost");
        assertThat(picks.provenanceProperty(Input.ON_PREM_OPS_COST).get()).startsWith("as self-hosting's ops cost");
        // The person's own figure replaces the assumption and its line.
        vm.apply(Map.of(Input.ON_PREM_OPS_COST, 9_000.0), Map.of(), Change.Origin.EDIT);
        pulse();
        assertThat(picks.provenanceProperty(Input.ON_PREM_OPS_COST).get()).isEmpty();
    }

    @Test
    void aSavedAndReopenedFileShowsWhereTheOwnedGpusPurchasePriceAndPowerCameFrom(@TempDir Path dir) throws Exception {
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        pulse();
        picks.addOwnedHardware();
        pulse();
        Path file = dir.resolve("owned.crossover");
        new ScenarioWriter().write(file, onScreen(), picks.sources());

        LoadedScenario loaded = new ScenarioReader().read(file);
        ScenarioViewModel reopened = new ScenarioViewModel(loaded.scenario(), Runnable::run);
        CatalogViewModel again = new CatalogViewModel(reopened, catalog);
        again.restore(loaded.sources());

        for (Input owned : new Input[] {Input.ON_PREM_GPU_PURCHASE_PRICE, Input.ON_PREM_POWER_KW_PER_GPU}) {
            assertThat(again.provenanceProperty(owned).get()).as(owned.path())
                    .isEqualTo(picks.provenanceProperty(owned).get()).isNotEmpty();
            assertThat(again.sources()).as(owned.path()).containsEntry(owned, picks.sources().get(owned));
        }
    }

    @Test
    void removingOwnedHardwareDropsItsRangesInTheSameStepAndUndoBringsBothBack() {
        picks.addOwnedHardware();
        pulse();
        vm.apply(Map.of(), Map.of(Input.ON_PREM_PUE, new Uncertainty.Range(1.2, 1.6)), Change.Origin.EDIT);
        pulse();
        assertThat(onScreen().uncertainty().ranges()).containsKey(Input.ON_PREM_PUE);

        vm.exclude(Section.ON_PREM);
        pulse();

        assertThat(vm.firstErrorProperty().get()).isEmpty();
        assertThat(onScreen().onPrem()).isEmpty();
        assertThat(onScreen().uncertainty().ranges()).doesNotContainKey(Input.ON_PREM_PUE);
        assertThat(vm.evaluationProperty().get().options()).doesNotContain(Option.ON_PREM);

        vm.undo();

        assertThat(onScreen().onPrem()).isPresent();
        assertThat(onScreen().uncertainty().ranges().get(Input.ON_PREM_PUE)).isEqualTo(new Uncertainty.Range(1.2, 1.6));
    }

    @Test
    void aFileWithOwnedHardwareKeepsItOnScreen() throws Exception {
        Scenario seven = new ScenarioReader().read(Path.of("assets/scenarios/7-buying-beats-renting.crossover"))
                .scenario();
        assertThat(seven.onPrem()).isPresent();

        vm.replace(seven);
        pulse();

        assertThat(vm.sectionProperty(Section.ON_PREM).get()).isTrue();
        assertThat(onScreen()).isEqualTo(seven);
        assertThat(vm.evaluationProperty().get().options()).contains(Option.ON_PREM);
    }

    @Test
    void aReopenedEstimateShowsThePrecisionAndEngineItAssumed() {
        picks.modelProperty().set(catalog.model("llama-3.1-70b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        picks.engineProperty().set(Engine.SGLANG);
        picks.precisionProperty().set(Precision.FP8);
        pulse();
        var saved = picks.sources();
        Scenario s = onScreen();

        // Open the file again: another scenario first, then it with its sources.
        vm.replace(TestScenarios.oneGpu(2, 10, 100));
        vm.replace(s);
        pulse();
        assertThat(picks.precisionProperty().get()).isEqualTo(Precision.FP16);
        picks.restore(saved);
        pulse();

        assertThat(picks.precisionProperty().get()).isEqualTo(Precision.FP8);
        assertThat(picks.engineProperty().get()).isEqualTo(Engine.SGLANG);
        // Showing them estimated nothing: the file's values stay and nothing is left to undo.
        assertThat(onScreen()).isEqualTo(s);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void anEstimateWhoseFirstTokenComesAfterTheSlaSaysSo() {
        picks.modelProperty().set(catalog.model("llama-3.1-70b").orElseThrow());
        picks.gpuProperty().set(catalog.gpu("h100-sxm").orElseThrow());
        pulse();
        assertThat(picks.basisProperty().get()).doesNotContain("above the latency SLA");

        vm.number(Input.LATENCY_SLA_MS).set(1);
        pulse();

        assertThat(picks.basisProperty().get()).contains("above the latency SLA of 1 ms");
    }
}
