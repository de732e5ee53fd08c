package crossover.ui.explorer;

import crossover.io.CatalogReader;
import crossover.io.LiteLlmImporter;
import crossover.io.ScenarioFileException;
import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.Uncertainty;
import crossover.model.InvalidInputException;
import crossover.model.Units;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.catalog.Sourced;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import crossover.ui.task.BackgroundTask;
import java.nio.file.Path;
import java.util.EnumMap;
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
    public static final List<Input> FILLED = List.of(Input.API_INPUT_PRICE, Input.API_OUTPUT_PRICE,
            Input.API_CACHED_INPUT_PRICE, Input.API_BATCH_DISCOUNT_PERCENT, Input.GPU_HOURLY_PRICE,
            Input.TOKENS_PER_HOUR_PER_GPU, Input.GPUS_PER_REPLICA, Input.COMMITMENT_DISCOUNT_PERCENT,
            Input.ON_PREM_GPU_PURCHASE_PRICE, Input.ON_PREM_POWER_KW_PER_GPU, Input.ON_PREM_SETUP_COST,
            Input.ON_PREM_OPS_COST);
    /** How the estimator's basis names the engine and precision it assumed (see {@code EstimateBasis}). */
    private static final java.util.regex.Pattern BASIS = java.util.regex.Pattern.compile(
            "^Roofline of decoding on (.+?) \\S.*?: .+? at (\\w+) is ");
    private static final Input THROUGHPUT = Input.TOKENS_PER_HOUR_PER_GPU;
    private static final Input GPUS = Input.GPUS_PER_REPLICA;

    private final ScenarioViewModel scenario;
    private final ObservableList<ApiModel> apiModels;
    private final ObservableList<GpuSpec> gpus;
    private final ObservableList<OpenModel> models;
    private final ObjectProperty<ApiModel> api = new SimpleObjectProperty<>(this, "api");
    private final ObjectProperty<GpuSpec> gpu = new SimpleObjectProperty<>(this, "gpu");
    private final ObjectProperty<OpenModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.FP16);
    private final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(this, "engine", Engine.VLLM);
    private final ObjectProperty<Double> itlTargetMs = new SimpleObjectProperty<>(this, "itlTargetMs",
            EstimateRequest.DEFAULT_ITL_MS);
    private final ReadOnlyObjectWrapper<ThroughputEstimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Map<Input, ReadOnlyStringWrapper> provenance = new EnumMap<>(Input.class);
    private final Map<Input, ReadOnlyStringWrapper> provenanceDetail = new EnumMap<>(Input.class);
    /** What each filled input was filled with; its line shows while the input still holds that value. */
    private final Map<Input, FieldSource> filled = new EnumMap<>(Input.class);
    /** Whether throughput follows the estimate (after a pick, until the user types a throughput of their own). */
    private boolean following;
    /** GPUs per replica the user typed after an estimate (0: the estimate sizes the replica). */
    private int chosenGpus;
    /** True while a file's choices are shown: showing them estimates nothing. */
    private boolean restoring;


    /** Starts with empty lists; {@link #useCatalog} fills them (the window reads the catalogs off its FX thread). */
    public CatalogViewModel(ScenarioViewModel scenario) {
        this(scenario, new Catalog(List.of(), List.of(), List.of(), List.of()));
    }

    public CatalogViewModel(ScenarioViewModel scenario, Catalog catalog) {
        this.scenario = scenario;
        this.apiModels = FXCollections.observableArrayList(catalog.api());
        this.gpus = FXCollections.observableArrayList(catalog.gpus());
        this.models = FXCollections.observableArrayList(catalog.models());
        for (Input path : FILLED) {
            provenance.put(path, new ReadOnlyStringWrapper(this, path.path() + ".provenance", ""));
            provenanceDetail.put(path, new ReadOnlyStringWrapper(this, path.path() + ".provenanceDetail", ""));
        }
        api.addListener((obs, old, now) -> fillApi(now));
        gpu.addListener((obs, old, now) -> {
            if (!restoring) {
                fillGpuPrice(now);
                newEstimate();
            }
        });
        model.addListener((obs, old, now) -> {
            if (!restoring) {
                newEstimate();
            }
        });
        precision.addListener((obs, old, now) -> {
            if (!restoring) {
                newEstimate();
            }
        });
        engine.addListener((obs, old, now) -> {
            if (!restoring) {
                newEstimate();
            }
        });
        itlTargetMs.addListener((obs, old, now) -> {
            if (following) {
                fillEstimate();
            }
        });
        scenario.addChangeListener(this::scenarioChanged);
        summary.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> estimate.get() == null ? "" : estimate.get().summary(), estimate));
    }

    private void scenarioChanged(Change change) {
        switch (change.origin()) {
            // Another scenario on screen (New, Open, Revert): its values come from its file, not from these picks.
            case REPLACE -> reset();
            case HISTORY -> FILLED.forEach(this::show);
            case FILL -> FILLED.forEach(this::show);
            case EDIT -> edited(change);
        }
    }

    /** A person changed inputs: those that no longer hold their filled values are detached for good. */
    private void edited(Change change) {
        for (Input path : FILLED) {
            FieldSource f = filled.get(path);
            if (change.touches(path) && f != null && f.value() != scenario.number(path).get()) {
                filled.remove(path);
                if (path == THROUGHPUT) {
                    following = false;
                }
            }
        }
        boolean pricesEdited = change.touches(Input.API_INPUT_PRICE) || change.touches(Input.API_OUTPUT_PRICE);
        if (pricesEdited && api.get() != null && !filled.containsKey(Input.API_INPUT_PRICE)
                && !filled.containsKey(Input.API_OUTPUT_PRICE)) {
            // Neither price is the model's any more: the list no longer claims it (and picking it again restores
            // its prices).
            api.set(null);
        }
        if (change.touches(Input.COMMITTED_GPUS)) {
            fillCommitmentDiscount();
        }
        double gpus = scenario.number(GPUS).get();
        if (change.touches(GPUS) && following && gpus >= 1 && gpus <= ThroughputEstimator.MAX_GPUS
                && gpus == Math.rint(gpus)) {
            // Typing GPUs per replica after an estimate (as its basis may suggest) re-estimates on that many.
            chosenGpus = (int) gpus;
            fillEstimate();
        } else if (following && (change.touches(Input.TOKENS_PER_REQUEST) || change.touches(Input.OUTPUT_SHARE)
                || change.touches(Input.LATENCY_SLA_MS))) {
            // The estimate depends on the request's length and output share (and says whether its first token meets
            // the SLA): while throughput follows it, so does the estimate, in the same step as the edit.
            fillEstimate();
        }
        FILLED.forEach(this::show);
    }

    private void newEstimate() {
        chosenGpus = 0;
        following = true;
        fillEstimate();
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

    /** The serving engine the estimate assumes (vLLM to start). */
    public ObjectProperty<Engine> engineProperty() {
        return engine;
    }

    /** The inter-token latency target the estimate's batch must meet, in ms (50 to start). */
    public ObjectProperty<Double> itlTargetMsProperty() {
        return itlTargetMs;
    }

    /** The last estimate, or null before a GPU and a model are picked. */
    public ReadOnlyObjectProperty<ThroughputEstimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The estimate's basis in words (empty until there is one). */
    /** The estimate in a sentence or two (the basis has the rest); empty without one. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** The last thing a pick or an import has to tell: a model without a price, a model that does not fit, … */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "from catalog, as of DATE (…)" for an input filled from the catalogs, empty once it is edited. */
    public ReadOnlyStringProperty provenanceProperty(Input path) {
        ReadOnlyStringWrapper p = provenance.get(path);
        if (p == null) {
            throw new IllegalArgumentException("no catalog source for " + path);
        }
        return p.getReadOnlyProperty();
    }

    /** The entry and source behind {@link #provenanceProperty}, for a tooltip. */
    public ReadOnlyStringProperty provenanceDetailProperty(Input path) {
        provenanceProperty(path);
        return provenanceDetail.get(path).getReadOnlyProperty();
    }

    // ---- commands -----------------------------------------------------------------------------------------

    /**
     * The import of a LiteLLM price list, for a task executor: the file is read off the FX thread, its chat models
     * join the list and the message sums up what was taken. A list that cannot be read fails with the sentence
     * naming the file, the place and the field; the caller says where it shows.
     */
    public BackgroundTask<LiteLlmImporter.Result> importLiteLlm(Path file) {
        String name = String.valueOf(file.getFileName());
        return BackgroundTask.of("the import of " + name, c -> new LiteLlmImporter().read(file))
                .explain(ScenarioFileException.class, ScenarioFileException::describe)
                .onSuccess(r -> addImported(r, name));
    }

    private void addImported(LiteLlmImporter.Result r, String fileName) {
        Catalog merged = new Catalog(apiModels, gpus, models, List.of()).withApi(r.models());
        apiModels.setAll(merged.api());
        message.set(r.summary(fileName));
    }

    /** Reading the bundled catalogs, for a task executor: the first read takes a tenth of a second. */
    public BackgroundTask<Catalog> loadBundled() {
        return BackgroundTask.of("reading the bundled catalogs", c -> CatalogReader.bundled())
                .onSuccess(this::useCatalog)
                .onFailure(this::catalogFailed);
    }

    /** Where the inputs that still hold their filled values came from, to save beside the scenario. */
    public Map<Input, FieldSource> sources() {
        Map<Input, FieldSource> out = new EnumMap<>(Input.class);
        filled.forEach((path, f) -> {
            // Owned hardware removed takes its sources along: a file names none for a section it lacks.
            boolean inScenario = !path.section().optional() || scenario.sectionProperty(path.section()).get();
            if (inScenario && scenario.number(path).get() == f.value()) {
                out.put(path, f);
            }
        });
        return out;
    }

    /**
     * Shows what a file says about where its inputs came from (after the file's scenario is on screen). A source
     * whose value the input no longer holds is dropped; the pickers stay empty (the file names no entries).
     */
    public void restore(Map<Input, FieldSource> saved) {
        saved.forEach((path, source) -> {
            if (provenance.containsKey(path) && scenario.number(path).get() == source.value()) {
                filled.put(path, source);
                show(path);
            }
        });
        Optional.ofNullable(filled.get(THROUGHPUT)).ifPresent(this::showEstimateChoices);
    }

    /**
     * Shows the precision and engine a file's estimate assumed, as its basis (the estimator's words, which the file
     * keeps as the throughput's source) names them; the file stores no picks, so without a GPU and a model they
     * estimate nothing until picked again.
     */
    private void showEstimateChoices(FieldSource throughput) {
        java.util.regex.Matcher m = BASIS.matcher(throughput.detail());
        if (!m.find()) {
            return;
        }
        restoring = true;
        try {
            java.util.Arrays.stream(Engine.values()).filter(e -> e.label().equals(m.group(1))).findFirst()
                    .ifPresent(engine::set);
            java.util.Arrays.stream(Precision.values()).filter(p -> p.id().equals(m.group(2))).findFirst()
                    .ifPresent(precision::set);
        } finally {
            restoring = false;
        }
    }

    /**
     * Fills inputs with values found elsewhere (the cheapest-setup search), each with its source, and their ranges,
     * as one undo step. The GPU pick is cleared: these values are no longer its price and estimate.
     */
    public void fill(Map<Input, FieldSource> sources, Map<Input, Uncertainty.Range> ranges) {
        gpu.set(null);
        following = false;
        Map<Input, Double> values = new EnumMap<>(Input.class);
        sources.forEach((input, source) -> values.put(input, source.value()));
        filled.putAll(sources);
        scenario.apply(values, ranges, Change.Origin.FILL);
        FILLED.forEach(this::show);
    }

    /**
     * Shows the picks a setup was found with (its GPU, the model, precision, engine, inter-token target and GPUs per
     * replica) and its estimate's basis, without estimating or filling anything: {@link #fill} wrote its values. The
     * pickers then say where the figures came from, and a later pick starts from them (a precision left showing
     * another value would re-estimate at that one).
     */
    public void showPicks(GpuSpec g, OpenModel m, Engine e, double itlMs, Precision p, ThroughputEstimate found,
                          int gpusPerReplica) {
        showPicks(g, m, e, itlMs, p, found, gpusPerReplica, "");
    }

    /** {@link #showPicks} with a sentence about the values written (what they could not set), under the pickers. */
    public void showPicks(GpuSpec g, OpenModel m, Engine e, double itlMs, Precision p, ThroughputEstimate found,
                          int gpusPerReplica, String note) {
        restoring = true;
        try {
            gpu.set(g);
            model.set(m);
            precision.set(p);
            engine.set(e);
            itlTargetMs.set(itlMs);
        } finally {
            restoring = false;
        }
        chosenGpus = gpusPerReplica;
        estimate.set(found);
        basis.set(found.basis());
        message.set(note);
    }

    /** Shows a catalog's entries in the lists (imported API entries stay). */
    public void useCatalog(Catalog catalog) {
        List<ApiModel> imported = apiModels.stream().filter(m -> m.id().startsWith("litellm/")).toList();
        apiModels.setAll(catalog.withApi(imported).api());
        gpus.setAll(catalog.gpus());
        models.setAll(catalog.models());
    }

    /** Says why the catalogs could not be read; the lists stay empty and every input stays editable. */
    public void catalogFailed(String why) {
        message.set(why + " The catalog lists are empty: type the prices and throughput in.");
    }

    /** Forgets the picks and where the inputs came from (another scenario is on screen). */
    public void reset() {
        // The GPU first: without it no other pick fills anything.
        gpu.set(null);
        model.set(null);
        api.set(null);
        precision.set(Precision.FP16);
        engine.set(Engine.VLLM);
        itlTargetMs.set(EstimateRequest.DEFAULT_ITL_MS);
        filled.clear();
        following = false;
        chosenGpus = 0;
        estimate.set(null);
        basis.set("");
        message.set("");
        FILLED.forEach(this::show);
    }

    // ---- filling ------------------------------------------------------------------------------------------

    /**
     * Fills the prices of an API model, its cached-input price and its provider's batch discount as one change. A
     * price the catalog does not publish keeps its value, except the cached-input price, which then follows the
     * input price (no caching discount), and the batch discount, which is then 0 (no batch tier).
     */
    private void fillApi(ApiModel m) {
        if (m == null) {
            return;
        }
        String source = m.asOf() != null ? "from catalog, as of " + m.asOf()
                : "from an imported price list (undated)";
        String detail = m.label() + ". Source: " + m.source() + (m.note() == null ? "" : ". " + m.note());
        Map<Input, FieldSource> fills = new EnumMap<>(Input.class);
        StringBuilder missing = new StringBuilder();
        if (m.inputPricePerMTok() != null) {
            fills.put(Input.API_INPUT_PRICE, new FieldSource(m.inputPricePerMTok(), source, detail));
        } else {
            missing.append("input");
        }
        if (m.outputPricePerMTok() != null) {
            fills.put(Input.API_OUTPUT_PRICE, new FieldSource(m.outputPricePerMTok(), source, detail));
        } else {
            missing.append(missing.length() > 0 ? " and output" : "output");
        }
        Map<Input, Double> values = new EnumMap<>(Input.class);
        if (m.cachedInputPricePerMTok() != null) {
            fills.put(Input.API_CACHED_INPUT_PRICE, new FieldSource(m.cachedInputPricePerMTok(),
                    source + ", cache-read price", detail));
        } else if (m.inputPricePerMTok() != null) {
            values.put(Input.API_CACHED_INPUT_PRICE, m.inputPricePerMTok());
        }
        Sourced batch = m.batchDiscountPercent();
        if (batch != null) {
            fills.put(Input.API_BATCH_DISCOUNT_PERCENT, new FieldSource(batch.value(), "from catalog, "
                    + m.provider() + "'s batch tier" + asOf(batch), batch.source()));
        } else {
            values.put(Input.API_BATCH_DISCOUNT_PERCENT, 0.0);
        }
        fillAll(fills, values, List.of(Input.API_INPUT_PRICE, Input.API_OUTPUT_PRICE, Input.API_CACHED_INPUT_PRICE,
                Input.API_BATCH_DISCOUNT_PERCENT));
        message.set(missing.length() == 0 ? "" : m.label() + " has no published " + missing
                + " price (unpriced): that input keeps its value.");
    }

    /**
     * Adds owned hardware (the {@code onPrem} section) as one change: its inputs at their defaults, the purchase
     * price and power from the picked GPU's catalog entry where it has them (the GPU alone, as its source says).
     */
    public void addOwnedHardware() {
        if (scenario.sectionProperty(crossover.model.Section.ON_PREM).get()) {
            return;
        }
        Map<Input, FieldSource> fills = new EnumMap<>(Input.class);
        GpuSpec g = gpu.get();
        if (g != null && g.purchasePrice() != null) {
            fills.put(Input.ON_PREM_GPU_PURCHASE_PRICE, new FieldSource(g.purchasePrice().value(), "from catalog"
                    + asOf(g.purchasePrice()) + ": the " + g.name() + " alone; add its share of server, network and "
                    + "installation", g.purchasePrice().source()));
        }
        if (g != null && g.boardPowerW() != null) {
            double kw = g.boardPowerW().value() / 1000;
            fills.put(Input.ON_PREM_POWER_KW_PER_GPU, new FieldSource(kw, "from catalog" + asOf(g.boardPowerW())
                    + ": the " + g.name() + "'s board power; add its share of the server", g.boardPowerW().source()));
        }
        // Owning the GPUs takes at least the serving work of renting them: set-up and ops start at self-hosting's
        // (a file without them reads 0, as the cost model says; the window does not start an owned option free).
        for (Input[] pair : new Input[][] {{Input.SELF_HOSTED_SETUP_COST, Input.ON_PREM_SETUP_COST},
                {Input.SELF_HOSTED_OPS_COST, Input.ON_PREM_OPS_COST}}) {
            double rented = scenario.number(pair[0]).get();
            if (pair[0].bounds().contains(rented) && rented > 0) {
                fills.put(pair[1], new FieldSource(rented, "as self-hosting's " + pair[0].label().toLowerCase()
                        + ": owning the GPUs is at least the work of renting them; add the hardware's upkeep",
                        "Added with the owned hardware from the self-hosted input of the same name."));
            }
        }
        Map<Input, Double> values = new EnumMap<>(Input.class);
        fills.forEach((path, f) -> values.put(path, f.value()));
        List.of(Input.ON_PREM_GPU_PURCHASE_PRICE, Input.ON_PREM_POWER_KW_PER_GPU, Input.ON_PREM_SETUP_COST,
                Input.ON_PREM_OPS_COST).forEach(filled::remove);
        filled.putAll(fills);
        scenario.include(crossover.model.Section.ON_PREM, values, Change.Origin.FILL);
        FILLED.forEach(this::show);
    }

    /** With GPUs committed and a GPU picked, the commitment discount its catalog entry gives, unless one is set. */
    private void fillCommitmentDiscount() {
        GpuSpec g = gpu.get();
        Input discount = Input.COMMITMENT_DISCOUNT_PERCENT;
        if (g == null || g.committedDiscountPercent() == null || scenario.number(Input.COMMITTED_GPUS).get() <= 0
                || scenario.number(discount).get() != discount.defaultValue() && !filled.containsKey(discount)) {
            return;
        }
        Sourced d = g.committedDiscountPercent();
        fillAll(Map.of(discount, new FieldSource(d.value(), "from catalog" + asOf(d) + ": a typical one-year "
                + "commitment for the " + g.name(), d.source())), Map.of(), List.of(discount));
    }

    /**
     * Fills inputs with their sources, and sets others to values without one, as one change; the inputs in
     * {@code covers} without a source lose theirs.
     */
    private void fillAll(Map<Input, FieldSource> fills, Map<Input, Double> plain, List<Input> covers) {
        Map<Input, Double> values = new EnumMap<>(Input.class);
        values.putAll(plain);
        covers.forEach(filled::remove);
        fills.forEach((path, f) -> {
            filled.put(path, f);
            values.put(path, f.value());
        });
        scenario.apply(values, Change.Origin.FILL);
        FILLED.forEach(this::show);
    }

    private static String asOf(Sourced figure) {
        return figure.asOf() == null ? "" : ", as of " + figure.asOf();
    }

    private void fillGpuPrice(GpuSpec g) {
        if (g != null) {
            fill(Input.GPU_HOURLY_PRICE, g.hourlyPrice(), "from catalog, as of " + date(g.asOf()),
                    g.name() + ", typical on-demand price. Source: " + g.priceSource()
                            + (g.note() == null ? "" : ". " + g.note()));
            fillCommitmentDiscount();
        }
    }

    private void fillEstimate() {
        GpuSpec g = gpu.get();
        OpenModel m = model.get();
        if (g == null || m == null) {
            return;
        }
        double tokens = scenario.number(Input.TOKENS_PER_REQUEST).get();
        double share = scenario.number(Input.OUTPUT_SHARE).get();
        ThroughputEstimate e;
        try {
            e = ThroughputEstimator.estimate(EstimateRequest.of(g, m, precision.get(), tokens, share)
                    .withEngine(engine.get()).withItlTarget(itlTargetMs.get()).withGpus(chosenGpus)
                    .withLatencySla(validSla()));
        } catch (InvalidInputException x) {
            estimate.set(null);
            basis.set("");
            message.set(x.getMessage());
            // Throughput no longer matches an estimate: its line goes (a later pick or GPU count may bring it back).
            forget(THROUGHPUT);
            return;
        }
        estimate.set(e);
        basis.set(e.basis());
        message.set("");
        String source = "from estimate (" + engine.get().label() + "), range "
                + Units.compact(e.lowTokensPerHourPerGpu()) + "–"
                + Units.compact(e.highTokensPerHourPerGpu()) + " (in the ± range)";
        double point = e.roundedTokensPerHourPerGpu();
        Map<Input, Double> values = new EnumMap<>(Input.class);
        values.put(THROUGHPUT, point);
        filled.put(THROUGHPUT, new FieldSource(point, source, e.basis()));
        if (chosenGpus == 0) {
            values.put(GPUS, (double) e.gpusPerReplica());
            filled.put(GPUS, new FieldSource(e.gpusPerReplica(), "from estimate: " + e.gpusPerReplica() + " × "
                    + g.name() + " for " + m.name() + " at " + precision.get().id() + " on " + engine.get().label(),
                    e.basis()));
        }
        double[] range = e.roundedRange(point);
        scenario.apply(values, Map.of(THROUGHPUT, new Uncertainty.Range(range[0], range[1])), Change.Origin.FILL);
        FILLED.forEach(this::show);
    }

    /** The scenario's latency SLA for the estimate to meet, 0 (none) while the field holds no valid value. */
    private double validSla() {
        double sla = scenario.number(Input.LATENCY_SLA_MS).get();
        return Input.LATENCY_SLA_MS.bounds().contains(sla) && Double.isFinite(sla) ? sla : 0;
    }

    private void fill(Input path, double value, String source, String detail) {
        filled.put(path, new FieldSource(value, source, detail));
        scenario.apply(Map.of(path, value), Change.Origin.FILL);
        show(path);
    }

    private void forget(Input path) {
        filled.remove(path);
        show(path);
    }

    /** Shows an input's line while it holds the value it was filled with (an undo may take it away and back). */
    private void show(Input path) {
        FieldSource f = filled.get(path);
        boolean holds = f != null && scenario.number(path).get() == f.value();
        provenance.get(path).set(holds ? f.label() : "");
        provenanceDetail.get(path).set(holds ? f.detail() : "");
    }

    private static String date(String asOf) {
        return Optional.ofNullable(asOf).orElse("an unknown date");
    }
}
