package crossover.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.Sensitivity;
import crossover.model.TimelineMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * The JSON of {@code evaluate --json}: the keys COST-MODEL.md lists, in the order of the records below, plain
 * numbers at full double precision.
 */
final class EvaluationJson {

    private EvaluationJson() {
    }

    /** The whole document; the components' order is the keys' order. */
    record Document(String name, double monthlyTokens, double horizonMonthlyTokens, int horizonMonths,
                    double blendedApiPricePerMTok, double realtimeApiPricePerMTok, double selfHostedFloorPerMTok,
                    double cloudManagedFloorPerMTok, @JsonInclude(Include.NON_NULL) Double onPremFloorPerMTok,
                    Map<String, Cost> costs, Map<String, BreakEvenVolumes> breakEven,
                    RecommendationOut recommendation, Map<String, Integer> paybackMonth, List<Month> timeline,
                    List<SensitivityRow> sensitivity, @JsonInclude(Include.NON_NULL) UncertaintyOut uncertainty,
                    String ruleOfThumb, boolean ruleOfThumbAgrees, String ruleOfThumbNote,
                    List<String> defaultsUsed) {
    }

    /**
     * One option's costs; replicas, GPUs and utilisation only for options that run GPUs, GPUs paid for (committed
     * ones included) only for self-hosting.
     */
    record Cost(double monthly, double horizonTotal, @JsonInclude(Include.NON_NULL) Double replicas,
                @JsonInclude(Include.NON_NULL) Double gpus, @JsonInclude(Include.NON_NULL) Double utilization,
                @JsonInclude(Include.NON_NULL) Double paidGpus) {
    }

    /** Break-even volumes, null where there is none. */
    record BreakEvenVolumes(Double first, Double sustained, Double sustainedDailyRequests) {
    }

    record RecommendationOut(String option, List<String> excluded, List<String> reasons) {
    }

    record Month(int month, double monthlyTokens, Map<String, Double> costs, Map<String, Double> cumulative) {
    }

    /** A tornado row; a row without values has null numbers and says why in {@code reason}. */
    record SensitivityRow(String input, Double low, Double high, Double swing,
                          @JsonInclude(Include.NON_NULL) String reason) {
        static SensitivityRow of(Sensitivity.Row r) {
            return r.hasValues() ? new SensitivityRow(r.input().path(), r.low(), r.high(), r.swing(), null)
                    : new SensitivityRow(r.input().path(), null, null, null, r.reason().orElseThrow());
        }
    }

    /** The draws; {@code invalidDraws} were left out, the figures are over the others. */
    record UncertaintyOut(int samples, int invalidDraws, long seed, Map<String, Percentiles> horizonTotal,
                          Map<String, Double> cheapestProbability, Map<String, SustainedBreakEven> sustainedBreakEven) {
    }

    record Percentiles(Double p10, Double p50, Double p90) {
        static final Percentiles NONE = new Percentiles(null, null, null);

        static Percentiles of(MonteCarlo.Percentiles p) {
            return new Percentiles(p.p10(), p.p50(), p.p90());
        }
    }

    /** The percentiles of the sustained break-even over the draws that have one (null when none has). */
    record SustainedBreakEven(Double p10, Double p50, Double p90, Double neverProbability) {
    }

    /** The document; {@code drawsProgress} hears the share of the Monte Carlo draws done. */
    static String toJson(Evaluation e, List<String> defaultsUsed, DoubleConsumer drawsProgress) {
        return CliJson.document(document(e, defaultsUsed, drawsProgress));
    }

    static Document document(Evaluation e, List<String> defaultsUsed, DoubleConsumer drawsProgress) {
        Map<String, Cost> costs = byOption(e.options(), o -> cost(e.cost(o)));
        Map<String, BreakEvenVolumes> breakEven = byOption(e.breakEvenOptions(), o -> breakEven(e.breakEven(o)));
        Map<String, Integer> payback = byOption(e.options().stream().filter(o -> o != Option.API_INFERENCE).toList(),
                o -> boxed(e.paybackMonth().get(o)));
        List<Month> timeline = e.timeline().stream().map(m -> month(e.options(), m)).toList();
        List<SensitivityRow> sensitivity = Sensitivity.of(e.scenario()).stream().map(SensitivityRow::of).toList();
        UncertaintyOut uncertainty = e.scenario().uncertainty().hasRanges()
                ? uncertainty(MonteCarlo.run(e.scenario(), () -> false, drawsProgress).orElseThrow(), e.options())
                : null;
        return new Document(e.scenario().name(), e.monthlyTokens(), e.horizonMonthlyTokens(),
                e.scenario().workload().horizonMonths(), e.blendedApiPricePerMTok(), e.realtimeApiPricePerMTok(),
                e.selfHostedFloorPerMTok(), e.cloudManagedFloorPerMTok(), boxed(e.onPremFloorPerMTok()), costs,
                breakEven,
                new RecommendationOut(e.recommendation().option().id(),
                        e.recommendation().excluded().stream().map(Option::id).toList(), e.recommendation().reasons()),
                payback, timeline, sensitivity, uncertainty, e.ruleOfThumb().id(), e.ruleOfThumbAgrees(),
                e.ruleOfThumbNote(), defaultsUsed);
    }

    private static Cost cost(OptionCost c) {
        return c.usesGpus()
                ? new Cost(c.monthly(), c.horizonTotal(), c.replicas(), c.gpus(), c.utilization(),
                        c.option() == Option.SELF_HOSTED ? c.paidGpus() : null)
                : new Cost(c.monthly(), c.horizonTotal(), null, null, null, null);
    }

    private static BreakEvenVolumes breakEven(BreakEven b) {
        return new BreakEvenVolumes(boxed(b.first()), boxed(b.sustained()), boxed(b.sustainedDailyRequests()));
    }

    private static Month month(List<Option> options, TimelineMonth m) {
        return new Month(m.month(), m.monthlyTokens(), byOption(options, m.costs()::get),
                byOption(options, m.cumulative()::get));
    }

    private static UncertaintyOut uncertainty(MonteCarlo.Result r, List<Option> options) {
        Map<String, Percentiles> horizonTotal = new LinkedHashMap<>();
        // Every option keeps its key; with no valid draw its percentiles are null.
        options.forEach(o -> horizonTotal.put(o.id(), r.horizonTotal().containsKey(o)
                ? Percentiles.of(r.horizonTotal().get(o)) : Percentiles.NONE));
        Map<String, Double> cheapest = new LinkedHashMap<>();
        r.cheapestProbability().forEach((o, p) -> cheapest.put(o.id(), p));
        Percentiles sustained = r.sustainedBreakEven().map(Percentiles::of).orElse(Percentiles.NONE);
        Double never = r.validDraws() == 0 ? null : r.neverBreakEvenProbability();
        return new UncertaintyOut(r.samples(), r.invalidDraws(), r.seed(), horizonTotal, cheapest,
                Map.of(Option.SELF_HOSTED.id(), new SustainedBreakEven(sustained.p10(), sustained.p50(),
                        sustained.p90(), never)));
    }

    /** A map keyed by option id, in the order of {@code options}. */
    private static <T> Map<String, T> byOption(List<Option> options, Function<Option, T> value) {
        Map<String, T> map = new LinkedHashMap<>();
        for (Option o : options) {
            map.put(o.id(), value.apply(o));
        }
        return map;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
