package crossover.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.model.Input;
import crossover.model.TestScenarios;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimator;
import crossover.model.setup.SetupRow;
import crossover.ui.explorer.CatalogViewModel;
import crossover.ui.explorer.ScenarioViewModel;
import org.junit.jupiter.api.Test;

/**
 * "Use this setup" leaves the pickers showing the setup it wrote (GPU, model, precision, engine, target), so the
 * inputs, their source lines and the pickers agree, and a later pick starts from the setup's precision, not from
 * whatever the precision switch showed before. Without a toolkit: evaluations run at once.
 */
class UseThisSetupPicksTest {

    private final Catalog catalog = CatalogReader.bundled();
    private final ScenarioViewModel vm = new ScenarioViewModel(TestScenarios.typical(), Runnable::run);
    private final CatalogViewModel picks = new CatalogViewModel(vm, catalog);
    private final SetupViewModel setups = new SetupViewModel(vm, picks);

    private double value(Input input) {
        return vm.number(input).get();
    }

    @Test
    void theRowsGpuModelPrecisionAndEngineShowInThePickersAndTheirEstimateIsNotRedone() {
        SetupRow int4 = setups.rows().stream().filter(r -> r.setup().precision() == Precision.INT4).findFirst()
                .orElseThrow();
        assertThat(picks.precisionProperty().get()).isEqualTo(Precision.FP16);

        setups.use(int4);

        assertThat(picks.gpuProperty().get()).isEqualTo(int4.setup().gpu());
        assertThat(picks.modelProperty().get()).isEqualTo(setups.modelProperty().get());
        assertThat(picks.precisionProperty().get()).isEqualTo(Precision.INT4);
        assertThat(picks.engineProperty().get()).isEqualTo(setups.engineProperty().get());
        assertThat(picks.basisProperty().get()).isEqualTo(int4.setup().estimate().basis());
        // The values are the row's, as written: showing the picks estimated nothing again.
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isEqualTo(int4.setup().tokensPerHourPerGpu());
        assertThat(value(Input.GPUS_PER_REPLICA)).isEqualTo(int4.setup().gpusPerReplica());
        assertThat(value(Input.GPU_HOURLY_PRICE)).isEqualTo(int4.setup().gpu().hourlyPrice());

        // Picking the same GPU again changes nothing; another precision estimates at that precision.
        picks.gpuProperty().set(int4.setup().gpu());
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isEqualTo(int4.setup().tokensPerHourPerGpu());
        picks.precisionProperty().set(Precision.FP8);
        double fp8 = ThroughputEstimator.estimate(EstimateRequest.of(int4.setup().gpu(),
                        setups.modelProperty().get(), Precision.FP8, value(Input.TOKENS_PER_REQUEST),
                        value(Input.OUTPUT_SHARE)).withEngine(setups.engineProperty().get())
                .withItlTarget(setups.itlTargetMsProperty().get()).withLatencySla(value(Input.LATENCY_SLA_MS)))
                .tokensPerHourPerGpu();
        assertThat(value(Input.TOKENS_PER_HOUR_PER_GPU)).isCloseTo(fp8, org.assertj.core.data.Percentage
                .withPercentage(0.5));
        assertThat(picks.basisProperty().get()).contains(" at fp8 ");
    }

    @Test
    void aGpuWithoutACatalogPurchasePriceUsedWhereGpusAreOwnedSaysThePriceItKeeps() throws Exception {
        ScenarioViewModel owned = new ScenarioViewModel(new crossover.io.ScenarioReader().read(java.nio.file.Path.of(
                "assets", "scenarios", "7-buying-beats-renting.crossover")).scenario(), Runnable::run);
        CatalogViewModel ownedPicks = new CatalogViewModel(owned, catalog);
        SetupViewModel ownedSetups = new SetupViewModel(owned, ownedPicks);
        double price = owned.number(Input.ON_PREM_GPU_PURCHASE_PRICE).get();
        SetupRow unpriced = ownedSetups.rows().stream().filter(r -> !r.setup().hasPurchasePrice()).findFirst()
                .orElseThrow();
        SetupRow priced = ownedSetups.rows().stream().filter(r -> r.setup().hasPurchasePrice()).findFirst()
                .orElseThrow();

        ownedSetups.use(unpriced);

        assertThat(owned.number(Input.ON_PREM_GPU_PURCHASE_PRICE).get()).isEqualTo(price);
        assertThat(ownedPicks.messageProperty().get()).isEqualTo("The catalog has no purchase price for the "
                + unpriced.setup().gpu().name() + ": owned hardware keeps $" + String.format("%,d", (long) price)
                + " a GPU; enter its price.");

        ownedSetups.use(priced);

        assertThat(owned.number(Input.ON_PREM_GPU_PURCHASE_PRICE).get())
                .isEqualTo(priced.setup().gpu().purchasePrice().value());
        assertThat(ownedPicks.messageProperty().get()).isEmpty();
    }
}
