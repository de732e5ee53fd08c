package crossover.cli;

import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.model.InvalidInputException;
import crossover.model.Scenario;
import crossover.model.Units;
import crossover.model.setup.SetupRow;
import crossover.model.setup.SetupSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossover optimize FILE [--model ID] [--engine E] [--top N] [--json]}: the cheapest setup for a scenario. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Finds the cheapest setup for a scenario: every catalog GPU, every precision it runs and 1, 2, "
                + "4 or 8 GPUs per replica that hold the model, each estimated on the engine and costed as the "
                + "scenario with that GPU's price and throughput (self-hosted, cloud-managed, the hybrid with a "
                + "batch share, and on-prem when the scenario owns GPUs and the catalog prices that one). Rows meeting the latency SLA and the "
                + "inter-token target are ranked by horizon total; Pareto marks those no other such row beats on both "
                + "horizon cost and inter-token latency.")
final class OptimizeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a *.crossover scenario file")
    Path file;

    @CommandLine.Mixin
    SearchOptions search;

    @Option(names = "--top", paramLabel = "N", description = "show the N best rows only (default: all)")
    Integer top;

    @Option(names = "--json", description = "print JSON: an object with rows, best first, at full precision")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioFileException {
        if (top != null && top < 1) {
            throw bad("--top must be a whole number ≥ 1, not " + top + ".");
        }
        Function<Scenario, SetupSearch.Request> request = search.request(spec);
        SetupSearch.Result r;
        try {
            r = SetupSearch.search(request.apply(new ScenarioReader().read(file).scenario()));
        } catch (InvalidInputException x) {
            throw bad(x.getMessage());
        }
        if (!r.problem().isEmpty()) {
            throw bad(r.sentence());
        }
        List<SetupRow> rows = top == null ? r.rows() : r.rows().subList(0, Math.min(top, r.rows().size()));
        spec.commandLine().getOut().print(json ? toJson(r, rows) : text(r, rows));
        return Cli.OK;
    }

    private CommandLine.ParameterException bad(String message) {
        return SearchOptions.bad(spec, message);
    }

    static String text(SetupSearch.Result r, List<SetupRow> rows) {
        StringBuilder b = new StringBuilder(r.sentence()).append("\n\n");
        b.append(String.format(Locale.ROOT, "%s on %s, inter-token target %s ms, latency SLA %s ms; %d setups hold "
                        + "the model, %d rows (throughput in tokens an hour per GPU; replicas today)%n%n",
                r.request().model().name(), r.request().engine().label(), Units.plain(r.request().itlTargetMs()),
                Units.plain(r.current().scenario().workload().latencySlaMs()), r.setups(), r.rows().size()));
        b.append(String.format(Locale.ROOT, "%4s  %-13s %-10s %-5s %4s %10s %8s %8s %8s %14s  %-11s %s%n", "rank",
                "option", "GPU", "prec", "GPUs", "throughput", "ITL ms", "TTFT ms", "replicas", "horizon total",
                "meets", "Pareto"));
        for (SetupRow x : rows) {
            b.append(String.format(Locale.ROOT, "%4s  %-13s %-10s %-5s %4d %10s %8s %8s %8s %14s  %-11s %s%n",
                    x.rank() == 0 ? "–" : String.valueOf(x.rank()), x.option().id(), x.setup().gpu().id(),
                    x.setup().precision().id(), x.setup().gpusPerReplica(),
                    Units.compact(x.setup().tokensPerHourPerGpu()), Units.plain(Math.round(x.itlMs() * 10) / 10.0),
                    Units.plain(Math.round(x.ttftMs())), Units.compact(x.replicas()), Units.dollars(x.horizonTotal()),
                    meets(x), x.pareto() ? "yes" : ""));
        }
        return b.toString();
    }

    private static String meets(SetupRow x) {
        if (x.meetsTargets()) {
            return "yes";
        }
        return x.meetsLatencySla() ? "no (ITL)" : x.meetsItlTarget() ? "no (SLA)" : "no (both)";
    }

    /** The JSON of {@code optimize --json}; the components' order is the keys' order. */
    record OptimizeJson(String model, String engine, double itlTargetMs, double latencySlaMs, int setups,
                        String sentence, List<RowJson> rows) {
    }

    /** One row: a setup as one option. */
    record RowJson(String option, String gpu, String precision, int gpusPerReplica, String engine,
                   double tokensPerHourPerGpu, int batch, double itlMs, double ttftMs, double replicas, double gpus,
                   double horizonReplicas, double horizonGpus, double monthly, double horizonTotal,
                   Double sustainedBreakEven, boolean meetsTargets, boolean meetsLatencySla, boolean meetsItlTarget,
                   Integer rank, boolean pareto) {
    }

    static String toJson(SetupSearch.Result r, List<SetupRow> rows) {
        return CliJson.document(new OptimizeJson(r.request().model().id(), r.request().engine().id(),
                r.request().itlTargetMs(), r.current().scenario().workload().latencySlaMs(), r.setups(), r.sentence(),
                rows.stream().map(x -> new RowJson(x.option().id(), x.setup().gpu().id(), x.setup().precision().id(),
                        x.setup().gpusPerReplica(), r.request().engine().id(), x.setup().tokensPerHourPerGpu(),
                        x.setup().estimate().batch(), x.itlMs(), x.ttftMs(), x.replicas(), x.gpus(),
                        x.horizonReplicas(), x.horizonGpus(), x.monthly(), x.horizonTotal(),
                        x.sustainedBreakEven().isPresent() ? x.sustainedBreakEven().getAsDouble() : null,
                        x.meetsTargets(), x.meetsLatencySla(), x.meetsItlTarget(), x.rank() == 0 ? null : x.rank(),
                        x.pareto())).toList()));
    }
}
