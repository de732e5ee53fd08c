package crossover.ui.setup;

import crossover.chart.SetupChartSpec;
import crossover.model.Scenario;
import crossover.model.Units;
import crossover.model.catalog.Engine;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.setup.SetupRow;
import crossover.model.setup.SetupSearch;
import crossover.ui.explorer.CatalogViewModel;
import crossover.ui.explorer.ScenarioViewModel;
import java.util.EnumSet;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The cheapest-setup tab's state: the model, engine and inter-token target searched (following the catalog picks
 * until changed here), the search's rows, sentence and scatter for the scenario on screen, and "Use this setup". The
 * search takes about a millisecond, so it runs on the FX thread, once per evaluation, while the tab is shown.
 * Knows no {@code Node}.
 */
public final class SetupViewModel {

    private final ScenarioViewModel scenario;
    private final CatalogViewModel catalog;
    private final ObjectProperty<OpenModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(this, "engine", Engine.VLLM);
    private final ObjectProperty<Double> itlTargetMs = new SimpleObjectProperty<>(this, "itlTargetMs",
            EstimateRequest.DEFAULT_ITL_MS);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final ReadOnlyObjectWrapper<SetupSearch.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<SetupChartSpec> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ObservableList<SetupRow> rows = FXCollections.observableArrayList();
    /** Whether the figures changed while the tab was hidden. */
    private boolean stale = true;

    public SetupViewModel(ScenarioViewModel scenario, CatalogViewModel catalog) {
        this.scenario = scenario;
        this.catalog = catalog;
        catalog.modelProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.set(now);
            }
        });
        catalog.engineProperty().addListener((obs, old, now) -> engine.set(now));
        catalog.itlTargetMsProperty().addListener((obs, old, now) -> itlTargetMs.set(now));
        catalog.models().addListener((ListChangeListener<OpenModel>) c -> {
            if (model.get() == null) {
                model.set(catalog.models().stream().filter(m -> m.id().equals(SetupSearch.DEFAULT_MODEL_ID))
                        .findFirst().orElse(catalog.models().isEmpty() ? null : catalog.models().get(0)));
            }
        });
        catalog.gpus().addListener((ListChangeListener<Object>) c -> changed());
        scenario.scenarioProperty().addListener((obs, old, now) -> changed());
        model.addListener((obs, old, now) -> changed());
        engine.addListener((obs, old, now) -> changed());
        itlTargetMs.addListener((obs, old, now) -> changed());
        shown.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        if (!catalog.models().isEmpty()) {
            model.set(catalog.models().stream().filter(m -> m.id().equals(SetupSearch.DEFAULT_MODEL_ID))
                    .findFirst().orElse(catalog.models().get(0)));
        }
        refresh();
    }

    private void changed() {
        stale = true;
        if (shown.get()) {
            refresh();
        }
    }

    /** Searches again for the scenario on screen (nothing until the catalogs are read and a model is chosen). */
    private void refresh() {
        Scenario s = scenario.scenarioProperty().get();
        Double target = itlTargetMs.get();
        if (s == null || model.get() == null || engine.get() == null || catalog.gpus().isEmpty() || target == null
                || !(target > 0) || !Double.isFinite(target)) {
            return;
        }
        stale = false;
        SetupSearch.Result r = SetupSearch.search(new SetupSearch.Request(s, catalog.gpus(), model.get(),
                engine.get(), target, EnumSet.allOf(Precision.class)));
        result.set(r);
        rows.setAll(r.rows());
        sentence.set(r.sentence());
        chart.set(SetupChartSpec.of(r));
    }

    /**
     * The search for the scenario on screen, searching first if it changed while the tab was hidden (an export of
     * the setup scatter from another tab); empty until the catalogs are read and a model is chosen.
     */
    public Optional<SetupSearch.Result> current() {
        if (stale) {
            refresh();
        }
        return Optional.ofNullable(result.get());
    }

    /**
     * Writes a row's GPU price, throughput and GPUs per replica (and, when the scenario owns GPUs, the purchase
     * price) into the scenario with their sources and ranges, as one undo step.
     */
    public void use(SetupRow row) {
        Scenario s = scenario.scenarioProperty().get();
        SetupSearch.Request searched = result.get() == null ? null : result.get().request();
        catalog.fill(row.setup().sources(s), row.setup().ranges(s));
        if (searched != null) {
            // Owned GPUs keep their purchase price when the catalog has none for this GPU: said, not hidden.
            String note = s.onPrem().isPresent() && !row.setup().hasPurchasePrice()
                    ? "The catalog has no purchase price for the " + row.setup().gpu().name() + ": owned hardware "
                    + "keeps " + Units.dollars(s.onPrem().get().gpuPurchasePrice()) + " a GPU; enter its price."
                    : "";
            catalog.showPicks(row.setup().gpu(), searched.model(), searched.engine(), searched.itlTargetMs(),
                    row.setup().precision(), row.setup().estimate(), row.setup().gpusPerReplica(), note);
        }
    }

    /** The open model searched: the one picked in the inputs, or the default until one is. */
    public ObjectProperty<OpenModel> modelProperty() {
        return model;
    }

    public ObjectProperty<Engine> engineProperty() {
        return engine;
    }

    /** The inter-token latency target, ms: the batch stops growing there and each row meets it or not. */
    public ObjectProperty<Double> itlTargetMsProperty() {
        return itlTargetMs;
    }

    /** Whether the tab is on screen; hidden, it searches only when shown again. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObservableList<OpenModel> models() {
        return catalog.models();
    }

    /** The rows, best first. */
    public ObservableList<SetupRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<SetupSearch.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SetupChartSpec> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** How the best setup compares with the API and the scenario as it is. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }
}
