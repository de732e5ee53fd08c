package crossover.ui.explorer;

import crossover.io.LiteLlmImporter;
import crossover.io.ScenarioFileException;
import crossover.model.InvalidInputException;
import crossover.model.Scenario;
import crossover.model.Units;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where the inputs come from: the API model, GPU and open-weight model picked from the catalogs, the throughput
 * estimate they give, and for each input filled from them a line saying so ("from catalog, as of DATE"). Picking
 * fills the scenario's inputs as one undo step; editing a filled input detaches it (its line goes). No Node here.
 */
public final class CatalogViewModel {

    /** The inputs a catalog pick or an estimate can fill. */
    public static final List<String> FILLED = List.of("api.inputPricePerMTok", "api.outputPricePerMTok",
            "selfHosted.gpuHourlyPrice", "selfHosted.tokensPerHourPerGpu", "selfHosted.gpusPerReplica");
    private static final String THROUGHPUT = "selfHosted.tokensPerHourPerGpu";
    private static final String GPUS = "selfHosted.gpusPerReplica";

    private final ScenarioViewModel scenario;
    private final ObservableList<ApiModel> apiModels;
    private final ObservableList<GpuSpec> gpus;
    private final ObservableList<OpenModel> models;
    private final ObjectProperty<ApiModel> api = new SimpleObjectProperty<>(this, "api");
    private final ObjectProperty<GpuSpec> gpu = new SimpleObjectProperty<>(this, "gpu");
    private final ObjectProperty<OpenModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.FP16);
    private final ReadOnlyObjectWrapper<ThroughputEstimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Map<String, ReadOnlyStringWrapper> provenance = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> provenanceDetail = new LinkedHashMap<>();
    private final Map<String, Double> filledWith = new LinkedHashMap<>();
    private boolean filling;
    /** GPUs per replica the user typed after an estimate (0: the estimate picks the smallest that holds the model). */
    private int chosenGpus;

    /** Starts with empty lists; {@link #useCatalog} fills them (the window reads the catalogs off its FX thread). */
    public CatalogViewModel(ScenarioViewModel scenario) {
        this(scenario, new Catalog(List.of(), List.of(), List.of(), List.of()));
    }

    public CatalogViewModel(ScenarioViewModel scenario, Catalog catalog) {
        this.scenario = scenario;
        this.apiModels = FXCollections.observableArrayList(catalog.api());
        this.gpus = FXCollections.observableArrayList(catalog.gpus());
        this.models = FXCollections.observableArrayList(catalog.models());
        for (String path : FILLED) {
            provenance.put(path, new ReadOnlyStringWrapper(this, path + ".provenance", ""));
            provenanceDetail.put(path, new ReadOnlyStringWrapper(this, path + ".provenanceDetail", ""));
            scenario.number(path).addListener((obs, old, now) -> {
                Double filled = filledWith.get(path);
                if (!filling && filled != null && filled != now.doubleValue()) {
                    detach(path);
                }
            });
        }
        api.addListener((obs, old, now) -> fillApi(now));
        gpu.addListener((obs, old, now) -> {
            fillGpuPrice(now);
            chosenGpus = 0;
            fillEstimate();
        });
        model.addListener((obs, old, now) -> {
            chosenGpus = 0;
            fillEstimate();
        });
        precision.addListener((obs, old, now) -> {
            chosenGpus = 0;
            fillEstimate();
        });
        // Typing GPUs per replica after an estimate (say, as its basis suggests) re-estimates on that many.
        scenario.number(GPUS).addListener((obs, old, now) -> {
            double gpus = now.doubleValue();
            if (!filling && estimate.get() != null && filledWith.containsKey(THROUGHPUT) && gpus >= 1
                    && gpus <= ThroughputEstimator.MAX_GPUS && gpus == Math.rint(gpus)) {
                chosenGpus = (int) gpus;
                fillEstimate();
            }
        });
        // The estimate depends on the request's length and output share: while throughput still comes from it,
        // it follows them.
        scenario.scenarioProperty().addListener((obs, old, now) -> {
            ThroughputEstimate e = estimate.get();
            if (e != null && now != null && filledWith.containsKey(THROUGHPUT)
                    && (now.workload().tokensPerRequest() != e.request().tokensPerRequest()
                    || now.workload().outputShare() != e.request().outputShare())) {
                fillEstimate();
            }
        });
    }

    // ---- state --------------------------------------------------------------------------------------------

    public ObservableList<ApiModel> apiModels() {
        return apiModels;
    }

    public ObservableList<GpuSpec> gpus() {
        return gpus;
    }

    public ObservableList<OpenModel> models() {
        return models;
    }

    /** The API model picked; picking one fills the API prices. */
    public ObjectProperty<ApiModel> apiProperty() {
        return api;
    }

    /** The GPU picked; picking one fills the GPU price and, with a model, the throughput estimate. */
    public ObjectProperty<GpuSpec> gpuProperty() {
        return gpu;
    }

    /** The open-weight model picked; with a GPU it fills throughput and GPUs per replica. */
    public ObjectProperty<OpenModel> modelProperty() {
        return model;
    }

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    /** The last estimate, or null before a GPU and a model are picked. */
    public ReadOnlyObjectProperty<ThroughputEstimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The estimate's basis in words (empty until there is one). */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** The last thing a pick or an import has to tell: a model without a price, a model that does not fit, … */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "from catalog, as of DATE (…)" for an input filled from the catalogs, empty once it is edited. */
    public ReadOnlyStringProperty provenanceProperty(String path) {
        ReadOnlyStringWrapper p = provenance.get(path);
        if (p == null) {
            throw new IllegalArgumentException("no catalog source for " + path);
        }
        return p.getReadOnlyProperty();
    }

    /** The entry and source behind {@link #provenanceProperty}, for a tooltip. */
    public ReadOnlyStringProperty provenanceDetailProperty(String path) {
        provenanceProperty(path);
        return provenanceDetail.get(path).getReadOnlyProperty();
    }

    // ---- commands -----------------------------------------------------------------------------------------

    /** Re-estimates with the scenario's current request length and output share (after those change). */
    public void refreshEstimate() {
        fillEstimate();
    }

    /** Adds a LiteLLM price list's chat models to the API list; returns the summary, or throws with the sentence. */
    public String importLiteLlm(Path file) throws ScenarioFileException {
        LiteLlmImporter.Result r = new LiteLlmImporter().read(file);
        Catalog merged = new Catalog(apiModels, gpus, models, List.of()).withApi(r.models());
        apiModels.setAll(merged.api());
        String summary = r.summary(String.valueOf(file.getFileName()));
        message.set(summary);
        return summary;
    }

    /** Shows a catalog's entries in the lists (imported API entries stay). */
    public void useCatalog(Catalog catalog) {
        List<ApiModel> imported = apiModels.stream().filter(m -> m.id().startsWith("litellm/")).toList();
        apiModels.setAll(catalog.withApi(imported).api());
        gpus.setAll(catalog.gpus());
        models.setAll(catalog.models());
    }

    /** Says the catalogs could not be read; the lists stay empty and every input stays editable. */
    public void catalogFailed(String why) {
        message.set("The bundled catalogs could not be read (" + why + "); type the prices and throughput in.");
    }

    /** Forgets where the inputs came from (another scenario was opened). */
    public void forgetSources() {
        FILLED.forEach(this::detach);
    }

    // ---- filling ------------------------------------------------------------------------------------------

    private void fillApi(ApiModel m) {
        if (m == null) {
            return;
        }
        String source = "from catalog, as of " + date(m.asOf());
        String detail = m.label() + ". Source: " + m.source() + (m.note() == null ? "" : ". " + m.note());
        StringBuilder missing = new StringBuilder();
        if (m.inputPricePerMTok() != null) {
            fill("api.inputPricePerMTok", m.inputPricePerMTok(), source, detail);
        } else {
            missing.append("input");
        }
        if (m.outputPricePerMTok() != null) {
            fill("api.outputPricePerMTok", m.outputPricePerMTok(), source, detail);
        } else {
            missing.append(missing.length() > 0 ? " and output" : "output");
        }
        message.set(missing.length() == 0 ? "" : m.label() + " has no published " + missing
                + " price (unpriced): that input keeps its value.");
    }

    private void fillGpuPrice(GpuSpec g) {
        if (g != null) {
            fill("selfHosted.gpuHourlyPrice", g.hourlyPrice(), "from catalog, as of " + date(g.asOf()),
                    g.name() + ", typical on-demand price. Source: " + g.priceSource()
                            + (g.note() == null ? "" : ". " + g.note()));
        }
    }

    private void fillEstimate() {
        GpuSpec g = gpu.get();
        OpenModel m = model.get();
        if (g == null || m == null) {
            return;
        }
        Scenario s = scenario.scenarioProperty().get();
        double tokens = s == null ? scenario.number("workload.tokensPerRequest").get() : s.workload().tokensPerRequest();
        double share = s == null ? scenario.number("workload.outputShare").get() : s.workload().outputShare();
        ThroughputEstimate e;
        try {
            e = ThroughputEstimator.estimate(EstimateRequest.of(g, m, precision.get(), tokens, share)
                    .withGpus(chosenGpus));
        } catch (InvalidInputException x) {
            estimate.set(null);
            basis.set("");
            message.set(x.getMessage());
            return;
        }
        estimate.set(e);
        basis.set(e.basis());
        message.set("");
        String source = "from estimate, range " + Units.compact(e.lowTokensPerHourPerGpu()) + "–"
                + Units.compact(e.highTokensPerHourPerGpu()) + " (in the ± range)";
        double point = round(e.tokensPerHourPerGpu(), RoundingMode.HALF_EVEN);
        fill(THROUGHPUT, point, source, e.basis());
        if (chosenGpus == 0) {
            fill(GPUS, e.gpusPerReplica(), "from estimate: " + m.name() + " at " + precision.get().id()
                    + " fits on " + e.gpusPerReplica() + " × " + g.name(), e.basis());
        }
        filling = true;
        try {
            scenario.rangeOnProperty(THROUGHPUT).set(true);
            scenario.rangeLowProperty(THROUGHPUT).set(Math.min(point, round(e.lowTokensPerHourPerGpu(), RoundingMode.FLOOR)));
            scenario.rangeHighProperty(THROUGHPUT).set(Math.max(point, round(e.highTokensPerHourPerGpu(), RoundingMode.CEILING)));
        } finally {
            filling = false;
        }
    }

    private void fill(String path, double value, String source, String detail) {
        filling = true;
        try {
            scenario.number(path).set(value);
        } finally {
            filling = false;
        }
        filledWith.put(path, value);
        provenance.get(path).set(source);
        provenanceDetail.get(path).set(detail);
    }

    private void detach(String path) {
        filledWith.remove(path);
        provenance.get(path).set("");
        provenanceDetail.get(path).set("");
    }

    /** Three significant figures: an estimate is not more precise than that. */
    static double round(double value, RoundingMode mode) {
        return new BigDecimal(value).round(new MathContext(3, mode)).doubleValue();
    }

    private static String date(String asOf) {
        return Optional.ofNullable(asOf).orElse("an unknown date");
    }
}
