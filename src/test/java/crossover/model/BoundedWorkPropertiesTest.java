package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * COST-MODEL.md, Clarifications, "Bounded work" and "Tornado clamps" (issue 16): over the whole valid domain, ends
 * of every range included, an evaluation with its sensitivity returns within {@link #BOUND}, a scenario is either
 * refused with the user-facing {@link InvalidInputException} or evaluated with its whole tornado (a variant that
 * cannot be computed is a row without values and a sentence), and every figure is a finite number or explicitly
 * absent.
 *
 * <p>The bound is generous on purpose (an evaluation takes milliseconds): it fails on a hang, never on a slow
 * machine. Values are drawn from each field's edges (0, the smallest double, 1e-300, 1e-12, the largest finite
 * values a field allows) as often as from the ordinary middle.
 */
class BoundedWorkPropertiesTest {

    /** What one evaluation with sensitivity may take, at most. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    private static final double TINY = Double.MIN_VALUE;

    /** The raw inputs, built into a scenario inside the property so that a refusal is part of what it checks. */
    record Inputs(double dailyRequests, double tokensPerRequest, double outputShare, double latencySlaMs,
                  DataSensitivity data, OpsCapacity ops, double peakToAverage, double growth, int horizon,
                  double batchShare, double inputPrice, double outputPrice, double ttft, double gpuHourlyPrice,
                  double tokensPerHourPerGpu, int gpusPerReplica, int minReplicas, double maxUtilization,
                  double setupCost, double monthlyOpsCost, double spotDiscount, double overhead,
                  double cloudSetupCost, double cloudOpsCost, double priceAtFloorTimes) {

        Scenario scenario() {
            Workload w = new Workload(dailyRequests, tokensPerRequest, outputShare, latencySlaMs, data, ops,
                    peakToAverage, growth, horizon, batchShare);
            SelfHosting sh = new SelfHosting(gpuHourlyPrice, tokensPerHourPerGpu, gpusPerReplica, minReplicas,
                    maxUtilization, setupCost, monthlyOpsCost, spotDiscount);
            CloudManaged cm = new CloudManaged(overhead, cloudSetupCost, cloudOpsCost);
            ApiPricing api = new ApiPricing(inputPrice, outputPrice, ttft);
            if (priceAtFloorTimes > 0) {
                // The API priced at (a hair off) the self-hosted floor: break-evens far out, where solvers stall.
                Scenario draft = new Scenario("draft", "", w, new ApiPricing(0, 0, ttft), sh, cm);
                double price = StairCase.selfHosted(draft).floorPricePerMTok() * priceAtFloorTimes;
                api = new ApiPricing(price, price, ttft);
            }
            return new Scenario("extreme", "", w, api, sh, cm);
        }
    }

    @Property(tries = 1000)
    void everyValidScenarioEvaluatesWithSensitivityInBoundedTimeOnlyRefusesAndHasOnlyFiniteOrAbsentFigures(
            @ForAll("inputs") Inputs inputs) {
        String outcome = assertTimeoutPreemptively(BOUND, () -> {
            Scenario s;
            try {
                s = inputs.scenario();
            } catch (InvalidInputException refused) {
                return "refused as invalid: " + refused.field();
            }
            // A valid scenario is evaluated, tornado included: a variant (1.2× an input) that leaves the valid
            // domain or overflows is a row without values, never an exception (issue 16 item 2).
            Evaluation e = CostEngine.evaluate(s);
            List<Sensitivity.Row> rows = Sensitivity.of(s);
            figures(e).forEach((name, value) -> assertThat(Double.isFinite(value)).as("%s = %s", name, value).isTrue());
            for (Option o : List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED)) {
                // A floor too large for a double (a GPU price near 1e300 over a throughput near 1e-300) is above any
                // API price: it must mean no sustained break-even. The JSON's treatment of it is issue 16 item 4.
                double floor = e.floorPerMTok(o);
                assertThat(Double.isFinite(floor) || floor == Double.POSITIVE_INFINITY
                        && e.breakEven(o).sustained().isEmpty()).as("%s floor %s", o.id(), floor).isTrue();
            }
            assertThat(rows).extracting(Sensitivity.Row::input).containsExactlyInAnyOrderElementsOf(Sensitivity.INPUTS);
            List<String> sentences = sentences(e);
            for (Sensitivity.Row r : rows) {
                if (r.hasValues()) {
                    assertThat(List.of(r.low(), r.high(), r.swing())).as(r.input().path()).allMatch(Double::isFinite);
                } else {
                    assertThat(List.of(r.low(), r.high(), r.swing())).as(r.input().path()).allMatch(v -> Double.isNaN(v));
                    assertThat(r.reason()).as(r.input().path()).hasValueSatisfying(why ->
                            assertThat(why).startsWith("At ").contains("× ").endsWith("."));
                    sentences.add(r.reason().get());
                }
            }
            for (String sentence : sentences) {
                assertThat(sentence).doesNotContain("Infinity", "NaN", "∞", "-0", "−0", "$0.00 (", "so close");
            }
            String tornado = rows.stream().allMatch(Sensitivity.Row::hasValues) ? "" : ", a tornado row without values";
            return (e.breakEven(Option.SELF_HOSTED).sustained().isPresent() ? "evaluated, self-hosting breaks even"
                    : "evaluated, no self-hosted break-even") + tornado;
        }, () -> "evaluating " + inputs + " took longer than " + BOUND);
        Statistics.label("outcome").collect(outcome);
    }

    /** Every number an evaluation reports, by name; absent figures (empty optionals) are left out. */
    private static Map<String, Double> figures(Evaluation e) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("monthlyTokens", e.monthlyTokens());
        f.put("horizonMonthlyTokens", e.horizonMonthlyTokens());
        f.put("blendedApiPricePerMTok", e.blendedApiPricePerMTok());
        for (Option o : e.options()) {
            OptionCost c = e.cost(o);
            f.put(o.id() + ".monthly", c.monthly());
            f.put(o.id() + ".horizonTotal", c.horizonTotal());
            f.put(o.id() + ".replicas", c.replicas());
            f.put(o.id() + ".gpus", c.gpus());
            f.put(o.id() + ".utilization", c.utilization());
        }
        for (Option o : List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED)) {
            BreakEven be = e.breakEven(o);
            put(f, o.id() + ".first", be.first());
            put(f, o.id() + ".sustained", be.sustained());
            put(f, o.id() + ".sustainedDailyRequests", be.sustainedDailyRequests());
        }
        for (TimelineMonth m : e.timeline()) {
            f.put("month " + m.month() + " volume", m.monthlyTokens());
            m.costs().forEach((o, v) -> f.put("month " + m.month() + " " + o.id(), v));
            m.cumulative().forEach((o, v) -> f.put("month " + m.month() + " cumulative " + o.id(), v));
        }
        return f;
    }

    private static void put(Map<String, Double> f, String name, OptionalDouble value) {
        value.ifPresent(v -> f.put(name, v));
    }

    private static List<String> sentences(Evaluation e) {
        List<String> all = new java.util.ArrayList<>(e.recommendation().reasons());
        all.add(e.ruleOfThumbNote());
        all.add(e.noBreakEvenReason(Option.SELF_HOSTED));
        all.add(e.noBreakEvenReason(Option.CLOUD_MANAGED));
        return all;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generators: each field's edges as often as its middle
    // ---------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Inputs> inputs() {
        return Builders.withBuilder(Builder::new)
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.dailyRequests = v))
                .use(above(0, 1e300)).in((b, v) -> b.with(i -> i.tokensPerRequest = v))
                .use(fraction()).in((b, v) -> b.with(i -> i.outputShare = v))
                .use(above(0, 1e300)).in((b, v) -> b.with(i -> i.latencySlaMs = v))
                .use(Arbitraries.of(DataSensitivity.class)).in((b, v) -> b.with(i -> i.data = v))
                .use(Arbitraries.of(OpsCapacity.class)).in((b, v) -> b.with(i -> i.ops = v))
                .use(edgesOr(Arbitraries.of(1.0, Math.nextUp(1.0), 1e300), log(0, 3)))
                .in((b, v) -> b.with(i -> i.peakToAverage = v))
                .use(edgesOr(Arbitraries.of(Math.nextUp(-100.0), -99.99, -50.0, 0.0, 100.0, 1e4, 1e300),
                        Arbitraries.doubles().between(-99, 100)))
                .in((b, v) -> b.with(i -> i.growth = v))
                .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1, 2, 119, 120)),
                        Tuple.of(1, Arbitraries.integers().between(1, 120))))
                .in((b, v) -> b.with(i -> i.horizon = v))
                .use(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0.0)), Tuple.of(1, fraction())))
                .in((b, v) -> b.with(i -> i.batchShare = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.inputPrice = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.outputPrice = v))
                .use(above(0, 1e300)).in((b, v) -> b.with(i -> i.ttft = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.gpuHourlyPrice = v))
                .use(edgesOr(Arbitraries.of(TINY, 1e-300, 1e-12, 1.0, 4e6, 1e300), log(-12, 12)))
                .in((b, v) -> b.with(i -> i.tokensPerHourPerGpu = v))
                .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1, 8, 1_000_000, Integer.MAX_VALUE)),
                        Tuple.of(3, Arbitraries.integers().between(1, 8))))
                .in((b, v) -> b.with(i -> i.gpusPerReplica = v))
                .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1, 999_999, 1_000_000, 1_000_001,
                                Integer.MAX_VALUE)),
                        Tuple.of(3, Arbitraries.integers().between(1, 4))))
                .in((b, v) -> b.with(i -> i.minReplicas = v))
                .use(edgesOr(Arbitraries.of(TINY, 1e-300, 0.05, Math.nextDown(1.0), 1.0),
                        Arbitraries.doubles().between(0.05, 1)))
                .in((b, v) -> b.with(i -> i.maxUtilization = v))
                .use(edgesOr(Arbitraries.of(0.0, 1e-300, 1e19, 1e21, 1e22, 1e23, 1e24, 1e300), log(0, 7)))
                .in((b, v) -> b.with(i -> i.setupCost = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.monthlyOpsCost = v))
                .use(edgesOr(Arbitraries.of(0.0, 90.0), Arbitraries.doubles().between(0, 90)))
                .in((b, v) -> b.with(i -> i.spotDiscount = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.overhead = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.cloudSetupCost = v))
                .use(atLeastZero(1e300)).in((b, v) -> b.with(i -> i.cloudOpsCost = v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0.0)),
                        Tuple.of(1, Arbitraries.of(1.0, Math.nextUp(1.0), Math.nextDown(1.0), 1 + 1e-15, 1 - 1e-15,
                                1 + 1e-9, 1 - 1e-9, 1 + 1e-6, 1 - 1e-6, 2.0))))
                .in((b, v) -> b.with(i -> i.priceAtFloorTimes = v))
                .build(Builder::build);
    }

    /** A mutable holder for the builder; the property sees only the record. */
    static final class Builder {
        double dailyRequests;
        double tokensPerRequest = 1;
        double outputShare;
        double latencySlaMs = 1;
        DataSensitivity data = DataSensitivity.INTERNAL;
        OpsCapacity ops = OpsCapacity.LIMITED;
        double peakToAverage = 1;
        double growth;
        int horizon = 1;
        double batchShare;
        double inputPrice;
        double outputPrice;
        double ttft = 1;
        double gpuHourlyPrice;
        double tokensPerHourPerGpu = 1;
        int gpusPerReplica = 1;
        int minReplicas = 1;
        double maxUtilization = 1;
        double setupCost;
        double monthlyOpsCost;
        double spotDiscount;
        double overhead;
        double cloudSetupCost;
        double cloudOpsCost;
        double priceAtFloorTimes;

        Builder with(java.util.function.Consumer<Builder> set) {
            set.accept(this);
            return this;
        }

        Inputs build() {
            return new Inputs(dailyRequests, tokensPerRequest, outputShare, latencySlaMs, data, ops, peakToAverage,
                    growth, horizon, batchShare, inputPrice, outputPrice, ttft, gpuHourlyPrice, tokensPerHourPerGpu,
                    gpusPerReplica, minReplicas, maxUtilization, setupCost, monthlyOpsCost, spotDiscount, overhead,
                    cloudSetupCost, cloudOpsCost, priceAtFloorTimes);
        }
    }

    /** {@code ≥ 0} up to {@code max}: 0, −0, the smallest doubles, ordinary values, the largest. */
    private static Arbitrary<Double> atLeastZero(double max) {
        return edgesOr(Arbitraries.of(0.0, -0.0, TINY, 1e-300, 1e-12, 1.0, 1e24, max), log(-6, 7));
    }

    /** {@code > min} up to {@code max}. */
    private static Arbitrary<Double> above(double min, double max) {
        return edgesOr(Arbitraries.of(Math.nextUp(min), 1e-300, 1e-12, 1.0, max), log(-3, 5));
    }

    /** 0 … 1. */
    private static Arbitrary<Double> fraction() {
        return edgesOr(Arbitraries.of(0.0, TINY, 0.5, Math.nextDown(1.0), 1.0), Arbitraries.doubles().between(0, 1));
    }

    private static Arbitrary<Double> edgesOr(Arbitrary<Double> edges, Arbitrary<Double> middle) {
        return Arbitraries.frequencyOf(Tuple.of(1, edges), Tuple.of(2, middle));
    }

    /** {@code 10^e} for {@code e} uniform in [lo, hi]. */
    private static Arbitrary<Double> log(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).map(e -> Math.pow(10, e));
    }
}
