package crossover.model.setup;

import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.InvalidInputException;
import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.Scenario;
import crossover.model.Sentences;
import crossover.model.StairCase;
import crossover.model.Uncertainty;
import crossover.model.Units;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The cheapest way to serve one open model for a scenario: every catalog GPU × every precision it runs × 1, 2, 4 or 8
 * GPUs per replica that hold the model, each estimated on one engine and evaluated by {@link CostEngine} as the
 * scenario with that GPU's price and that throughput (self-hosted, cloud-managed and, when the scenario owns GPUs and
 * the catalog prices that one, on-prem). Rows are ranked by horizon total among those meeting the latency SLA and
 * the inter-token target, and the Pareto front of horizon cost against inter-token latency is marked.
 */
public final class SetupSearch {

    /** The replica sizes tried. */
    public static final List<Integer> REPLICA_SIZES = List.of(1, 2, 4, 8);
    /** The model searched when none is picked or given: the 70B class the default throughput assumes. */
    public static final String DEFAULT_MODEL_ID = "llama-3.3-70b";
    /** The options a setup is evaluated as (the API has no GPUs; the hybrid's spot tier is not a setup). */
    static final List<Option> OPTIONS = List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED, Option.HYBRID,
            Option.ON_PREM);

    /**
     * What to search.
     *
     * @param scenario    the workload, prices and constraints
     * @param gpus        the GPUs to try (the catalog's)
     * @param model       the open model to serve
     * @param engine      the serving engine
     * @param itlTargetMs the inter-token latency target, ms: the batch stops growing there, and a setup meets it or not
     * @param precisions  the precisions to try (each GPU runs those it supports)
     */
    public record Request(Scenario scenario, List<GpuSpec> gpus, OpenModel model, Engine engine, double itlTargetMs,
                          Set<Precision> precisions) {

        public Request {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(engine, "engine");
            gpus = List.copyOf(gpus);
            precisions = precisions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(precisions));
            if (!Double.isFinite(itlTargetMs) || itlTargetMs <= 0) {
                throw new InvalidInputException("itlTargetMs", "a number of milliseconds > 0",
                        "the inter-token latency target must be a number of milliseconds > 0, not "
                                + Units.plain(itlTargetMs) + ".");
            }
        }

        /** Every catalog GPU at every precision. */
        public static Request of(Scenario scenario, Catalog catalog, OpenModel model, Engine engine,
                                 double itlTargetMs) {
            return new Request(scenario, catalog.gpus(), model, engine, itlTargetMs, EnumSet.allOf(Precision.class));
        }

        public Request withItlTarget(double ms) {
            return new Request(scenario, gpus, model, engine, ms, precisions);
        }

        public Request withScenario(Scenario s) {
            return new Request(s, gpus, model, engine, itlTargetMs, precisions);
        }
    }

    /**
     * What the search found.
     *
     * @param request  what was searched
     * @param rows     one per setup and option, best first: those meeting both targets by horizon total, then the
     *                 others by horizon total
     * @param current  the scenario as it is, evaluated
     * @param options  the options the rows are of (those the scenario's constraints allow)
     * @param setups   the setups that hold the model (each gives a row per option)
     * @param problem  why there are no rows at all (the requests are longer than the model's context, say), or empty
     * @param sentence how the best setup compares with the API and with the scenario as it is
     */
    public record Result(Request request, List<SetupRow> rows, Evaluation current, List<Option> options, int setups,
                         String problem, String sentence) {

        public Result {
            rows = List.copyOf(rows);
            options = List.copyOf(options);
        }

        /** The cheapest row that meets both targets. */
        public Optional<SetupRow> best() {
            return rows.isEmpty() || rows.get(0).rank() != 1 ? Optional.empty() : Optional.of(rows.get(0));
        }

        /** The rows on the Pareto front, cheapest first. */
        public List<SetupRow> pareto() {
            return rows.stream().filter(SetupRow::pareto).toList();
        }

        /**
         * The rows whose setup the scenario already has (its GPU price, throughput and GPUs per replica are the
         * setup's): after "Use this setup", that setup's rows.
         */
        public List<SetupRow> currentRows() {
            Scenario s = current.scenario();
            return rows.stream().filter(r -> r.setup().values(s).entrySet().stream()
                    .allMatch(v -> v.getKey().of(s) == v.getValue())).toList();
        }

        /**
         * The scenario's own horizon total as the cheapest of the options the rows are of, or empty when it has none
         * of them.
         */
        public Optional<OptionCost> currentCheapest() {
            return options.stream().map(current::cost)
                    .min(Comparator.comparingDouble(OptionCost::horizonTotal).thenComparing(c -> c.option().opsRank()));
        }
    }

    private SetupSearch() {
    }

    /** Estimates and evaluates every setup of the request; never throws for a valid scenario. */
    public static Result search(Request r) {
        Scenario scenario = r.scenario();
        Evaluation current = CostEngine.evaluate(scenario);
        List<Option> options = OPTIONS.stream()
                .filter(o -> current.costs().containsKey(o) && !current.excluded(o)).toList();
        // Ranges belong to the scenario's own values; a setup's price or throughput may lie outside them.
        Scenario base = scenario.withUncertainty(Uncertainty.NONE);
        double sla = scenario.workload().latencySlaMs();
        List<SetupRow> rows = new ArrayList<>();
        int setups = 0;
        String problem = "";
        search:
        for (GpuSpec gpu : r.gpus()) {
            for (Precision p : Precision.values()) {
                if (!r.precisions().contains(p) || (p == Precision.FP4 && !gpu.hasFp4())) {
                    continue;
                }
                for (int g : REPLICA_SIZES) {
                    ThroughputEstimate estimate;
                    try {
                        estimate = estimate(new EstimateRequest(gpu, r.model(), p, r.engine(),
                                scenario.workload().tokensPerRequest(), scenario.workload().outputShare(),
                                r.itlTargetMs(), 0, g, sla));
                    } catch (InvalidInputException e) {
                        if (e.field().equals("gpus")) {
                            continue; // does not fit in memory: no row
                        }
                        problem = e.getMessage();
                        break search;
                    }
                    Setup setup = Setup.of(gpu, p, estimate);
                    CostEngine.GpuOptions e;
                    try {
                        e = CostEngine.gpuOptions(setup.applyTo(base));
                    } catch (InvalidInputException overflow) {
                        continue; // figures too large to compute: a setup nobody would run
                    }
                    setups++;
                    for (Option o : options) {
                        if (o == Option.ON_PREM && !setup.hasPurchasePrice()) {
                            continue;
                        }
                        rows.add(row(setup, o, e, sla, r.itlTargetMs()));
                    }
                }
            }
        }
        List<SetupRow> ranked = rank(rows);
        Result unsentenced = new Result(r, ranked, current, options, setups, problem, "");
        return new Result(r, ranked, current, options, setups, problem, sentence(unsentenced));
    }

    /**
     * The estimate at the largest batch that meets both targets: the inter-token target and, the first token coming
     * after the prompt's prefill and one decoding step, the latency SLA. Prefill does not depend on the batch, so
     * when the target's batch makes the first token late, the batch whose step fits the SLA's remainder meets both
     * if any does. A looser target thus never serves less or meets fewer targets (the search's best cost never
     * falls as the target tightens); a setup that meets the SLA at no batch keeps the target's estimate.
     */
    static ThroughputEstimate estimate(EstimateRequest request) {
        ThroughputEstimate e = ThroughputEstimator.estimate(request);
        double remainderMs = request.latencySlaMs() - e.prefillSeconds() * 1000;
        if (!e.ttftAboveSla() || remainderMs <= 0 || remainderMs >= request.itlTargetMs()) {
            return e;
        }
        ThroughputEstimate within = ThroughputEstimator.estimate(request.withItlTarget(remainderMs));
        return within.ttftAboveSla() ? e : within;
    }

    private static SetupRow row(Setup setup, Option o, CostEngine.GpuOptions e, double sla, double itlTarget) {
        OptionCost c = e.costs().get(o);
        double horizonReplicas;
        OptionalDouble breakEven;
        if (o == Option.HYBRID) {
            // The batch share's spot replicas; the hybrid has no break-even with the API (COST-MODEL.md).
            horizonReplicas = e.hybrid().orElseThrow().batchReplicasAt(e.horizonMonthlyTokens());
            breakEven = OptionalDouble.empty();
        } else {
            horizonReplicas = e.stairs().get(o).replicasAt(e.horizonMonthlyTokens());
            breakEven = e.breakEven().get(o).sustained();
        }
        return new SetupRow(setup, o, c.replicas(), c.gpus(), horizonReplicas,
                horizonReplicas * setup.gpusPerReplica(), c.monthly(), c.horizonTotal(), breakEven,
                setup.ttftMs() <= sla, setup.itlMs() <= itlTarget, 0, false);
    }

    /** Best first, ranks for the rows meeting both targets, and the Pareto front among those. */
    static List<SetupRow> rank(List<SetupRow> rows) {
        List<SetupRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((SetupRow x) -> !x.meetsTargets())
                .thenComparingDouble(SetupRow::horizonTotal)
                .thenComparingDouble(SetupRow::itlMs)
                .thenComparingInt(x -> x.option().opsRank()));
        List<SetupRow> out = new ArrayList<>(sorted.size());
        // Sorted by cost, a row is dominated exactly when some strictly cheaper row is strictly faster: the fastest
        // of the strictly cheaper rows decides.
        double fastestCheaper = Double.POSITIVE_INFINITY;
        double groupFastest = Double.POSITIVE_INFINITY;
        double groupCost = Double.NaN;
        int rank = 0;
        for (SetupRow x : sorted) {
            if (!x.meetsTargets()) {
                out.add(x);
                continue;
            }
            if (x.horizonTotal() != groupCost) {
                fastestCheaper = Math.min(fastestCheaper, groupFastest);
                groupFastest = Double.POSITIVE_INFINITY;
                groupCost = x.horizonTotal();
            }
            groupFastest = Math.min(groupFastest, x.itlMs());
            out.add(x.ranked(++rank, !(fastestCheaper < x.itlMs())));
        }
        return out;
    }

    private static String sentence(Result r) {
        OpenModel m = r.request().model();
        String engine = r.request().engine().label();
        if (!r.problem().isEmpty()) {
            return Sentences.noSetup(m.name(), engine, r.problem());
        }
        if (r.options().isEmpty()) {
            return Sentences.noSetup(m.name(), engine, "the scenario's constraints rule out every way of running GPUs.");
        }
        if (r.rows().isEmpty()) {
            return Sentences.noSetup(m.name(), engine, "it fits on no catalog GPU with up to "
                    + REPLICA_SIZES.get(REPLICA_SIZES.size() - 1) + " GPUs per replica.");
        }
        Evaluation now = r.current();
        OptionCost api = now.cost(Option.API_INFERENCE);
        String apiExclusion = now.recommendation().exclusions().getOrDefault(Option.API_INFERENCE, "");
        Optional<SetupRow> best = r.best();
        if (best.isEmpty()) {
            SetupRow fastest = r.rows().stream().min(Comparator.comparingDouble(SetupRow::itlMs)).orElseThrow();
            SetupRow soonest = r.rows().stream().min(Comparator.comparingDouble(SetupRow::ttftMs)).orElseThrow();
            return Sentences.noSetupMeetsTargets(m.name(), engine, now.scenario().workload().latencySlaMs(),
                    r.request().itlTargetMs(), soonest.ttftMs(), fastest.itlMs());
        }
        SetupRow b = best.get();
        OptionCost mine = r.currentCheapest().orElseThrow();
        return Sentences.cheapestSetup(b.option(), m.name() + " at " + b.setup().precision().id() + " on "
                        + b.setup().gpusPerReplica() + " × " + b.setup().gpu().name() + " (" + engine + ")",
                b.horizonTotal(), now.scenario().workload().horizonMonths(), api.horizonTotal(), apiExclusion,
                mine.option(), mine.horizonTotal());
    }
}
