package crossover.cli;

import crossover.io.Printable;
import crossover.model.Scenario;
import crossover.model.Units;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.OpenModel;
import crossover.model.setup.SetupSearch;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The cheapest-setup search's flags, shared by {@code optimize} and {@code export --chart setup}: the model, the
 * engine and the inter-token target, each with one meaning and one message wherever it is given.
 */
final class SearchOptions {

    static final String DEFAULT_ENGINE = "vllm";
    static final double DEFAULT_ITL_MS = 50;

    @Option(names = "--model", paramLabel = "ID",
            description = "the open-weight model to serve, an id of `crossover catalog` (default: "
                    + SetupSearch.DEFAULT_MODEL_ID + ", the 70B class the default throughput assumes)")
    String model;

    @Option(names = "--engine", paramLabel = "E",
            description = "serving engine: vllm, sglang or trtllm (default: " + DEFAULT_ENGINE + ")")
    String engine;

    @Option(names = "--itl-ms", paramLabel = "MS",
            description = "inter-token latency target in ms: the batch stops growing there (default: 50)")
    Double itlMs;

    /** Whether any of the flags was given. */
    boolean given() {
        return model != null || engine != null || itlMs != null;
    }

    /**
     * Checks the flags (a refusal is one sentence naming the flag and what is valid) and returns the search to run
     * on a scenario; the scenario is read only after the flags are accepted.
     */
    Function<Scenario, SetupSearch.Request> request(CommandLine.Model.CommandSpec spec) {
        double itl = itlMs == null ? DEFAULT_ITL_MS : itlMs;
        if (!Double.isFinite(itl) || itl <= 0) {
            throw bad(spec, "--itl-ms must be a number of milliseconds > 0, not " + Units.plain(itl) + ".");
        }
        String modelId = model == null ? SetupSearch.DEFAULT_MODEL_ID : model;
        Catalog catalog = crossover.io.CatalogReader.bundled();
        OpenModel m = catalog.model(modelId).orElseThrow(() -> bad(spec, "--model: no model \""
                + Printable.escape(modelId) + "\" in the catalog; the ids are " + catalog.modelIds() + "."));
        String engineId = engine == null ? DEFAULT_ENGINE : engine;
        Engine en = Engine.byId(engineId);
        if (en == null) {
            throw bad(spec, "--engine must be " + Engine.validIds() + ", not \"" + Printable.escape(engineId) + "\".");
        }
        return scenario -> SetupSearch.Request.of(scenario, catalog, m, en, itl);
    }

    static CommandLine.ParameterException bad(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
