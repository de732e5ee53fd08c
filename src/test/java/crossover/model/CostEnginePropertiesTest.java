package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the version-1 cost model (COST-MODEL.md: "Formulas", "Break-even volumes", "Planning horizon",
 * "Recommendation") over generated scenarios. Comparisons are exact unless a property is about a floating-point
 * sum or product that the engine is free to round differently; those say why they use a tolerance.
 */
class CostEnginePropertiesTest {

    private static final List<Option> GPU_OPTIONS = List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED);

    /** How many stairs next to a break-even are checked edge by edge. */
    private static final int NEARBY_STAIRS = 20;

    // ---------------------------------------------------------------------------------------------------------
    // Formulas
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void apiCostIsLinearInVolume(@ForAll("scenarios") Scenario s, @ForAll("volumes") double v,
                                 @ForAll("factors") double k) {
        ApiLine api = CostEngine.evaluate(s).apiLine();

        assertThat(api.costAt(0)).isEqualTo(0.0);
        // (k·V)·p/1e6 and k·(V·p/1e6) are rounded at different points, so they may differ in the last few bits:
        // this is the one comparison of two differently rounded products, hence the relative tolerance 1e-12.
        assertThat(api.costAt(k * v)).isCloseTo(k * api.costAt(v), withinPercentage(1e-10));
    }

    @Property(tries = 300)
    void selfHostedAndCloudManagedCostsAreNonDecreasingInVolume(@ForAll("scenarios") Scenario s,
                                                               @ForAll("volumes") double a,
                                                               @ForAll("volumes") double b,
                                                               @ForAll PairKind kind) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : GPU_OPTIONS) {
            StairCase stairs = e.stairs(o);
            double v1 = Math.min(a, b);
            double v2 = switch (kind) {
                case ANY -> Math.max(a, b);
                case NEXT_DOUBLE -> Math.nextUp(v1);
                case ACROSS_STAIR_EDGE -> {
                    v1 = stairs.upperEdge(stairs.replicasAt(v1));
                    yield Math.nextUp(v1);
                }
            };

            assertThat(e.curve(o).costAt(v1)).as("%s at V1 = %s ≤ V2 = %s", o.id(), v1, v2)
                    .isLessThanOrEqualTo(e.curve(o).costAt(v2));
        }
    }

    @Property(tries = 300)
    void monthlyFiguresFollowTheFormulasOfTheCostModel(@ForAll("scenarios") Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        Workload w = s.workload();
        ApiPricing a = s.api();
        SelfHosting sh = s.selfHosted();
        CloudManaged cm = s.cloudManaged();
        // Each figure below is written in the order of operations of COST-MODEL.md, which is also the engine's,
        // so the results agree to the last bit.
        double v = w.dailyRequests() * w.tokensPerRequest() * 30;
        double p = (1 - w.outputShare()) * a.inputPricePerMTok() + w.outputShare() * a.outputPricePerMTok();
        double c = sh.tokensPerHourPerGpu() * sh.gpusPerReplica() * 720 * sh.maxUtilization() / w.peakToAverage();
        double replicas = Math.max(sh.minReplicas(), Math.ceil(v / c));
        double r = sh.gpuHourlyPrice() * sh.gpusPerReplica() * 720;
        double markup = 1 + cm.overheadPercent() / 100;

        assertThat(e.monthlyTokens()).isEqualTo(v);
        assertThat(e.blendedApiPricePerMTok()).isEqualTo(p);
        assertThat(e.cost(Option.API_INFERENCE).monthly()).isEqualTo(v * p / 1e6);
        assertThat(e.cost(Option.SELF_HOSTED).monthly())
                .isEqualTo(replicas * r + sh.monthlyOpsCost() + sh.setupCost() / w.horizonMonths());
        assertThat(e.cost(Option.CLOUD_MANAGED).monthly())
                .isEqualTo(replicas * r * markup + cm.monthlyOpsCost() + cm.setupCost() / w.horizonMonths());
        assertThat(e.selfHostedFloorPerMTok()).isEqualTo(r / c * 1e6);
        assertThat(e.cloudManagedFloorPerMTok()).isEqualTo(r * markup / c * 1e6);
        for (Option o : GPU_OPTIONS) {
            assertThat(e.cost(o).utilization()).as(o.id())
                    .isEqualTo(v / (replicas * (sh.tokensPerHourPerGpu() * sh.gpusPerReplica() * 720)));
        }
    }

    @Property(tries = 300)
    void evaluationIsConsistentWithItsCurvesAndFleet(@ForAll("scenarios") Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        Workload w = s.workload();
        SelfHosting sh = s.selfHosted();
        double v = e.monthlyTokens();

        for (Option o : e.options()) {
            assertThat(e.cost(o).option()).isEqualTo(o);
            assertThat(e.cost(o).monthly()).as(o.id()).isEqualTo(e.curve(o).costAt(v));
        }
        assertThat(e.cost(Option.API_INFERENCE).replicas()).isZero();
        assertThat(e.cost(Option.API_INFERENCE).gpus()).isZero();
        for (Option o : GPU_OPTIONS) {
            OptionCost cost = e.cost(o);
            StairCase stairs = e.stairs(o);
            double c = StairCase.replicaCapacity(w, sh);

            assertThat(stairs.replicaCapacity()).as(o.id()).isEqualTo(c);
            assertThat(cost.replicas()).as(o.id()).isEqualTo(Math.max(sh.minReplicas(), Math.ceil(v / c)));
            assertThat(cost.gpus()).as(o.id()).isEqualTo(cost.replicas() * sh.gpusPerReplica());
            assertThat(e.floorPerMTok(o)).as(o.id()).isEqualTo(o == Option.SELF_HOSTED
                    ? e.selfHostedFloorPerMTok() : e.cloudManagedFloorPerMTok());

            BreakEven be = e.breakEven(o);
            assertThat(be.sustainedDailyRequests().isPresent()).as(o.id()).isEqualTo(be.sustained().isPresent());
            if (be.sustained().isPresent()) {
                assertThat(be.sustainedDailyRequests().getAsDouble()).as(o.id())
                        .isEqualTo(be.sustained().getAsDouble() / (w.tokensPerRequest() * 30));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Staircases
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void stairStepsAreContiguousAndFlatAtTheirLevel(@ForAll("scenarios") Scenario s,
                                                    @ForAll("gpuOptions") Option o,
                                                    @ForAll @DoubleRange(min = 0, max = 10_000) double fromStairs,
                                                    @ForAll @DoubleRange(min = 0, max = 60) double widthStairs,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double where) {
        StairCase stairs = CostEngine.evaluate(s).stairs(o);
        double c = stairs.replicaCapacity();
        double from = fromStairs * c;
        double to = from + widthStairs * c;

        List<Step> steps = stairs.steps(from, to, 100);

        assertThat((double) steps.size()).isEqualTo(stairs.stepCount(from, to));
        assertThat(steps.get(0).replicas()).isEqualTo(stairs.replicasAt(from));
        assertThat(steps.get(steps.size() - 1).replicas()).isEqualTo(stairs.replicasAt(to));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String at = "step " + i + " " + step;
            assertThat(step.monthlyCost()).as(at).isEqualTo(stairs.costWithReplicas(step.replicas()));
            if (i == 0 && step.replicas() == stairs.minReplicas()) {
                assertThat(step.fromTokens()).as(at).isZero();
            }
            if (i > 0) {
                Step previous = steps.get(i - 1);
                assertThat(step.fromTokens()).as(at).isEqualTo(previous.toTokens());
                assertThat(step.replicas()).as(at).isEqualTo(previous.replicas() + 1);
            }
            boolean includesFrom = step.replicas() == stairs.minReplicas();
            double lowest = includesFrom ? step.fromTokens() : Math.nextUp(step.fromTokens());
            double inside = Math.min(step.toTokens(),
                    Math.max(lowest, step.fromTokens() + where * (step.toTokens() - step.fromTokens())));
            for (double v : new double[] {lowest, inside, step.toTokens()}) {
                assertThat(stairs.costAt(v)).as("%s at V = %s", at, v).isEqualTo(step.monthlyCost());
                assertThat(stairs.replicasAt(v)).as("%s at V = %s", at, v).isEqualTo(step.replicas());
            }
            // The step's top is exact: the next double up is already on the next stair.
            assertThat(stairs.replicasAt(Math.nextUp(step.toTokens()))).as(at).isEqualTo(step.replicas() + 1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Break-even volumes
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void atAndAboveTheSustainedBreakEvenTheOptionIsNeverDearerThanTheApi(
            @ForAll("scenarios") Scenario s,
            @ForAll("aboveFactors") List<Double> aboveFactors,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 1_000_000) Integer> farStairs,
            @ForAll("volumes") double anyVolume) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : GPU_OPTIONS) {
            BreakEven be = e.breakEven(o);
            Statistics.label(o.id() + " has a sustained break-even").collect(be.sustained().isPresent());
            if (be.sustained().isEmpty()) {
                continue;
            }
            double sustained = be.sustained().getAsDouble();
            StairCase stairs = e.stairs(o);

            List<Double> above = new ArrayList<>(List.of(sustained, Math.nextUp(sustained), anyVolume));
            for (double x : aboveFactors) {
                above.add(sustained + sustained * x);
            }
            double firstStair = stairs.replicasAt(sustained);
            double span = stairs.replicasAt(1000 * sustained) - firstStair;
            List<Double> edgeStairs = new ArrayList<>();
            for (int k = 0; k <= NEARBY_STAIRS; k++) {
                edgeStairs.add(firstStair + k);
            }
            for (int k : farStairs) {
                edgeStairs.add(firstStair + (span > 0 ? k % (span + 1) : 0));
            }
            for (double n : edgeStairs) {
                above.add(stairs.upperEdge(n));
                above.add(Math.nextUp(stairs.upperEdge(n)));
            }
            for (double v : above) {
                if (v >= sustained) {
                    assertThat(e.curve(o).costAt(v)).as("%s at V = %s, sustained = %s", o.id(), v, sustained)
                            .isLessThanOrEqualTo(e.apiLine().costAt(v));
                }
            }

            if (sustained > 0) {
                double justBelow = Math.nextDown(sustained);
                assertThat(dearerThanApi(e, o, justBelow)).as("%s dearer at V = nextDown(sustained) = %s",
                        o.id(), justBelow).isTrue();
                // Just below the break-even lies a dearer stretch, but it may be narrower than 1e-9·S when the
                // final run starts inside a stair whose predecessor is cheap at its top (the zig-zag). So the
                // point S·(1 − 1e-9) must be dearer only when it is on the same stair as nextDown(S).
                double nearBelow = sustained * (1 - 1e-9);
                if (stairs.replicasAt(nearBelow) == stairs.replicasAt(justBelow)) {
                    assertThat(dearerThanApi(e, o, nearBelow)).as("%s dearer at V = S·(1 − 1e-9) = %s",
                            o.id(), nearBelow).isTrue();
                }
            }
        }
    }

    @Property(tries = 300)
    void atTheFirstBreakEvenTheOptionIsNoDearerAndBelowItAlwaysDearer(
            @ForAll("scenarios") Scenario s,
            @ForAll @Size(max = 8) List<@DoubleRange(min = 0, max = 1, maxIncluded = false) Double> fractions,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 1_000_000) Integer> farStairs,
            @ForAll("volumes") double anyVolume) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : GPU_OPTIONS) {
            BreakEven be = e.breakEven(o);
            Statistics.label(o.id() + " zig-zags").collect(be.zigZags());
            if (be.first().isEmpty()) {
                assertThat(be.sustained()).as(o.id()).isEmpty();
                continue;
            }
            double first = be.first().getAsDouble();
            StairCase stairs = e.stairs(o);

            assertThat(first).as(o.id()).isGreaterThanOrEqualTo(0.0);
            assertThat(e.curve(o).costAt(first)).as("%s at first = %s", o.id(), first)
                    .isLessThanOrEqualTo(e.apiLine().costAt(first));
            if (be.sustained().isPresent()) {
                assertThat(first).as(o.id()).isLessThanOrEqualTo(be.sustained().getAsDouble());
            }

            // Below the first break-even the option is dearer everywhere, in particular at every stair's top.
            List<Double> below = new ArrayList<>(List.of(Math.nextDown(first), first * (1 - 1e-9), anyVolume));
            for (double f : fractions) {
                below.add(first * f);
            }
            double m = stairs.minReplicas();
            double lastStair = stairs.replicasAt(first);
            List<Double> edgeStairs = new ArrayList<>();
            for (int k = 0; k < NEARBY_STAIRS; k++) {
                edgeStairs.add(m + k);
                edgeStairs.add(lastStair - 1 - k);
            }
            for (int k : farStairs) {
                edgeStairs.add(m + k % Math.max(1, lastStair - m));
            }
            for (double n : edgeStairs) {
                if (n >= m && n < lastStair) {
                    below.add(stairs.upperEdge(n));
                    below.add(Math.nextUp(stairs.upperEdge(n)));
                }
            }
            for (double v : below) {
                if (v >= 0 && v < first) {
                    assertThat(dearerThanApi(e, o, v)).as("%s dearer at V = %s < first = %s", o.id(), v, first)
                            .isTrue();
                }
            }
        }
    }

    /*
     * Pinned from counterexamples the properties found: with the API priced a hair above the floor, the
     * break-even lies hundreds of thousands of stairs out and the closed-form stair estimate loses digits to
     * cancellation. The solver brackets and bisects from it, so the answers stay exact there too.
     */

    @Example
    void justBelowTheSustainedBreakEvenTheOptionIsDearerWhenTheApiIsBarelyAboveTheFloor() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(0.625 * (1 + 2e-6), 10_000, 1_500));
        double sustained = e.breakEven(Option.SELF_HOSTED).sustained().orElseThrow();

        assertThat(e.selfHostedFloorPerMTok()).isEqualTo(0.625);
        assertThat(e.selfHostedStairs().replicasAt(sustained)).isGreaterThan(400_000);
        assertThat(dearerThanApi(e, Option.SELF_HOSTED, sustained)).isFalse();
        assertThat(dearerThanApi(e, Option.SELF_HOSTED, Math.nextDown(sustained)))
                .as("dearer at nextDown(sustained) = %s", Math.nextDown(sustained)).isTrue();
    }

    @Example
    void theFirstBreakEvenIsTheLowestCheaperVolumeWhenTheApiIsBarelyAboveTheFloor() {
        Scenario s = TestScenarios.oneGpu(0.625 * (1 + 3e-6), 10_000, 1_500)
                .withSelfHosted(new SelfHosting(2.5, 4e6, 1, 1, 1, 0, 1_000));
        Evaluation e = CostEngine.evaluate(s);
        double first = e.breakEven(Option.SELF_HOSTED).first().orElseThrow();
        StairCase stairs = e.selfHostedStairs();
        double n = stairs.replicasAt(first);

        assertThat(dearerThanApi(e, Option.SELF_HOSTED, first)).isFalse();
        for (double k = Math.max(1, n - 1000); k < n; k++) {
            assertThat(dearerThanApi(e, Option.SELF_HOSTED, stairs.upperEdge(k))).as("top of stair %s", k).isTrue();
        }
    }

    /*
     * COST-MODEL.md, Clarifications, "Break-even too far away": this replaced a relative near-tie rule (a floor
     * within one part in a million of the price had no break-even), which this example used to pin.
     */
    @Example
    void aFloorABillionthBelowTheApiPriceBreaksEvenBeyondAMillionReplicasSoNoBreakEvenIsReportedAndTheReasonSaysSo() {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(0.625000001, 10_000, 1_500));

        assertThat(e.breakEven(Option.SELF_HOSTED).sustained()).isEmpty();
        assertThat(e.undercutsApi(Option.SELF_HOSTED)).isFalse();
        assertThat(e.noBreakEvenReason(Option.SELF_HOSTED)).contains("beyond a million replicas")
                .doesNotContain("so close");
    }

    @Property(tries = 300)
    void noSustainedBreakEvenExactlyWhenTheFloorIsNotBelowThePriceOrTheBreakEvenLiesBeyondAMillionReplicas(
            @ForAll("scenarios") Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        double p = e.blendedApiPricePerMTok();
        double million = 1_000_000;

        for (Option o : GPU_OPTIONS) {
            BreakEven be = e.breakEven(o);
            StairCase stairs = e.stairs(o);
            boolean never = be.sustained().isEmpty();
            Statistics.label(o.id() + " sustained").collect(never ? "none" : "reported");
            assertThat(e.undercutsApi(o)).as(o.id()).isEqualTo(!never);
            // The cost model's rule, exactly: a floor at or above the blended price never breaks even.
            if (e.floorPerMTok(o) >= p) {
                assertThat(never).as("%s: floor at or above the price", o.id()).isTrue();
            } else if (never) {
                // Beyond a million replicas: somewhere past the top of stair 1,000,000 the option is still dearer.
                double top = stairs.upperEdge(million);
                assertThat(dearerThanApi(e, o, top) || dearerThanApi(e, o, Math.nextUp(top)))
                        .as("%s: no sustained break-even, yet never dearer above the million-replica stair", o.id())
                        .isTrue();
            } else {
                assertThat(stairs.replicasAt(be.sustained().getAsDouble())).as(o.id()).isLessThanOrEqualTo(million);
            }
            if (be.first().isPresent()) {
                assertThat(stairs.replicasAt(be.first().getAsDouble())).as(o.id()).isLessThanOrEqualTo(million);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Planning horizon
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void withZeroGrowthTheHorizonTotalIsHorizonMonthsTimesTheMonthlyCost(@ForAll("scenarios") Scenario generated) {
        Workload g = generated.workload();
        Scenario s = generated.withWorkload(new Workload(g.dailyRequests(), g.tokensPerRequest(), g.outputShare(),
                g.latencySlaMs(), g.dataSensitivity(), g.opsCapacity(), g.peakToAverage(), 0, g.horizonMonths()));

        Evaluation e = CostEngine.evaluate(s);

        for (Option o : e.options()) {
            assertThat(e.cost(o).horizonTotal()).as(o.id())
                    .isEqualTo(s.workload().horizonMonths() * e.cost(o).monthly());
        }
    }

    @Property(tries = 300)
    void horizonTotalIsTheSumOfEachMonthsCostAtThatMonthsVolume(@ForAll("scenarios") Scenario s) {
        Workload w = s.workload();
        double[] volumes = new double[w.horizonMonths()];
        for (int m = 0; m < volumes.length; m++) {
            volumes[m] = w.monthlyTokens() * Math.pow(1 + w.monthlyGrowthPercent() / 100, m);
        }

        Evaluation e = CostEngine.evaluate(s);

        assertThat(CostEngine.monthlyVolumes(w)).containsExactly(volumes);
        for (Option o : e.options()) {
            BigDecimal exact = BigDecimal.ZERO;
            for (double v : volumes) {
                exact = exact.add(new BigDecimal(e.curve(o).costAt(v)));
            }
            // A sum of up to 120 doubles: the engine may round it differently from the exact sum (its compensated
            // sum is within a few ulps), so this compares with a relative tolerance of 1e-12.
            assertThat(e.cost(o).horizonTotal()).as(o.id())
                    .isCloseTo(exact.doubleValue(), withinPercentage(1e-10));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Recommendation
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void theRecommendationIsTheCheapestOptionWithinTheConstraints(@ForAll("scenarios") Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        Recommendation rec = e.recommendation();
        Workload w = s.workload();

        Set<Option> expectedExcluded = EnumSet.noneOf(Option.class);
        if (w.dataSensitivity() == DataSensitivity.REGULATED || w.latencySlaMs() < s.api().typicalTtftMs()) {
            expectedExcluded.add(Option.API_INFERENCE);
        }
        if (w.opsCapacity() == OpsCapacity.NONE) {
            expectedExcluded.add(Option.SELF_HOSTED);
        }
        // Version 2: the hybrid (present with a batch share) goes whenever the API or self-hosting does.
        if (w.batchShare() > 0 && !expectedExcluded.isEmpty()) {
            expectedExcluded.add(Option.HYBRID);
        }
        assertThat(e.options().contains(Option.HYBRID)).isEqualTo(w.batchShare() > 0);
        Statistics.label("excluded").collect(expectedExcluded);

        assertThat(rec.excluded()).containsExactlyInAnyOrderElementsOf(expectedExcluded);
        assertThat(rec.excluded()).doesNotContain(Option.CLOUD_MANAGED);
        assertThat(rec.excluded()).doesNotContain(rec.option());
        double cheapest = Double.POSITIVE_INFINITY;
        for (Option o : e.options()) {
            if (!expectedExcluded.contains(o)) {
                cheapest = Math.min(cheapest, e.cost(o).horizonTotal());
            }
        }
        // COST-MODEL.md, Clarifications, "Ties": totals within half a cent of the cheapest tie with it (this used to
        // require the exact cheapest total), and ties go to the option with less ops: api-inference, then
        // cloud-managed, then hybrid, then self-hosted.
        assertThat(e.cost(rec.option()).horizonTotal()).isLessThanOrEqualTo(cheapest + 0.005);
        for (Option o : e.options()) {
            if (!expectedExcluded.contains(o) && e.cost(o).horizonTotal() <= cheapest + 0.005) {
                assertThat(rec.option().opsRank()).as("tie with %s", o.id()).isLessThanOrEqualTo(o.opsRank());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    private static boolean dearerThanApi(Evaluation e, Option o, double v) {
        return e.curve(o).costAt(v) > e.apiLine().costAt(v);
    }

    enum PairKind { ANY, NEXT_DOUBLE, ACROSS_STAIR_EDGE }

    /**
     * How the API price is chosen: list prices drawn freely, or tuned to (nearly) tie with a GPU option, where the
     * break-even solver has the least room for rounding.
     */
    enum PriceMode {
        /** Input and output prices drawn independently. */
        LIST,
        /** The blended price at (a factor of) the option's floor price. */
        NEAR_FLOOR,
        /** The API line meeting stair n at its top: the first break-even right at a stair edge. */
        NEAR_STAIR_TOP,
        /** The API line meeting stair n at its lower edge: the sustained break-even right at a stair edge. */
        NEAR_STAIR_BOTTOM
    }

    record PriceSpec(PriceMode mode, double input, double output, double ttft, boolean cloud, int stair,
                     double factor) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generators
    // ---------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Scenario> versionOne = Combinators.combine(workloads(), selfHostings(), cloudManageds(), priceSpecs())
                .as(CostEnginePropertiesTest::scenario)
                .filter(Optional::isPresent)
                .map(Optional::get);
        // Half without a batch share (no hybrid), half with one and a spot discount (the hybrid competes).
        Arbitrary<Double> batchShares = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.doubles().between(0, 1).filter(b -> b > 0)));
        return Combinators.combine(versionOne, batchShares, Arbitraries.doubles().between(0, 90))
                .as(CostEnginePropertiesTest::withVersionTwoInputs);
    }

    private static Scenario withVersionTwoInputs(Scenario s, double batchShare, double spotDiscountPercent) {
        Workload w = s.workload();
        SelfHosting h = s.selfHosted();
        return s.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(), w.outputShare(), w.latencySlaMs(),
                        w.dataSensitivity(), w.opsCapacity(), w.peakToAverage(), w.monthlyGrowthPercent(),
                        w.horizonMonths(), batchShare))
                .withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(), h.gpusPerReplica(),
                        h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(), spotDiscountPercent));
    }

    @Provide
    Arbitrary<Option> gpuOptions() {
        return Arbitraries.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED);
    }

    /** Monthly volumes from 0 to 1e18 tokens, most of them spread over orders of magnitude. */
    @Provide
    Arbitrary<Double> volumes() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(6, logUniform(-3, 18)),
                Tuple.of(2, Arbitraries.doubles().between(0, 1e12).ofScale(3)));
    }

    /** Factors k for linearity: 0, 1 and 1e-6 … 1e6. */
    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0.0, 1.0)),
                Tuple.of(6, logUniform(-6, 6)));
    }

    /** Relative offsets x above a break-even S, giving volumes S·(1 + x) from just above S up to 1000·S. */
    @Provide
    Arbitrary<List<Double>> aboveFactors() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(1e-15, 1e-12, 1e-9, 999.0)),
                Tuple.of(4, logUniform(-15, 3).map(x -> Math.min(x, 999)))).list().ofMaxSize(8);
    }

    private static Optional<Scenario> scenario(Workload w, SelfHosting sh, CloudManaged cm, PriceSpec price) {
        try {
            ApiPricing api = new ApiPricing(price.input(), price.output(), price.ttft());
            if (price.mode() != PriceMode.LIST) {
                Scenario draft = new Scenario("draft", "", w, new ApiPricing(0, 0, price.ttft()), sh, cm);
                StairCase stairs = price.cloud() ? StairCase.cloudManaged(draft) : StairCase.selfHosted(draft);
                double n = stairs.minReplicas() + price.stair();
                double target = switch (price.mode()) {
                    case NEAR_FLOOR -> stairs.floorPricePerMTok();
                    case NEAR_STAIR_TOP -> stairs.costWithReplicas(n) / stairs.upperEdge(n) * 1e6;
                    case NEAR_STAIR_BOTTOM -> stairs.costWithReplicas(n + 1) / stairs.lowerEdge(n + 1) * 1e6;
                    case LIST -> throw new AssertionError();
                };
                double tuned = target * price.factor();
                api = new ApiPricing(tuned, tuned, price.ttft());
            }
            return Optional.of(new Scenario("generated", "", w, api, sh, cm));
        } catch (InvalidInputException e) {
            // A combination whose figures would overflow (or a tuned price that is not finite): not a scenario.
            return Optional.empty();
        }
    }

    private static Arbitrary<Workload> workloads() {
        Arbitrary<IntFunction<Workload>> allButHorizon = Combinators.combine(
                wide(0, 1e8),                                   // dailyRequests
                wide(1, 1e5),                                   // tokensPerRequest
                between(0, 1),                                  // outputShare
                latencies(),                                    // latencySlaMs
                Arbitraries.of(DataSensitivity.class),
                Arbitraries.of(OpsCapacity.class),
                between(1, 5),                                  // peakToAverage
                between(-20, 30)                                // monthlyGrowthPercent
        ).as((daily, tokens, output, sla, data, ops, peak, growth) -> horizon -> new Workload(daily, tokens,
                output, sla, data, ops, peak, growth, horizon));
        return Combinators.combine(allButHorizon, Arbitraries.integers().between(1, 120))
                .as(IntFunction::apply);
    }

    private static Arbitrary<SelfHosting> selfHostings() {
        return Combinators.combine(
                wide(0, 20),                                    // gpuHourlyPrice
                wide(1e4, 1e8),                                 // tokensPerHourPerGpu
                Arbitraries.integers().between(1, 8),           // gpusPerReplica
                Arbitraries.integers().between(1, 4),           // minReplicas
                between(0.05, 1),                               // maxUtilization
                wide(0, 1e6),                                   // setupCost
                wide(0, 1e5)                                    // monthlyOpsCost
        ).as(SelfHosting::new);
    }

    private static Arbitrary<CloudManaged> cloudManageds() {
        return Combinators.combine(between(0, 100), wide(0, 1e6), wide(0, 1e5)).as(CloudManaged::new);
    }

    private static Arbitrary<PriceSpec> priceSpecs() {
        Arbitrary<PriceMode> modes = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(PriceMode.LIST)),
                Tuple.of(2, Arbitraries.just(PriceMode.NEAR_FLOOR)),
                Tuple.of(1, Arbitraries.just(PriceMode.NEAR_STAIR_TOP)),
                Tuple.of(1, Arbitraries.just(PriceMode.NEAR_STAIR_BOTTOM)));
        Arbitrary<Double> tieFactors = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(1.0, Math.nextUp(1.0), Math.nextDown(1.0), 1 + 1e-15, 1 - 1e-15,
                        1 + 1e-12, 1 - 1e-12, 1 + 1e-9, 1 - 1e-9, 1 + 1e-6, 1 - 1e-6)),
                Tuple.of(1, Arbitraries.doubles().between(0.5, 2).ofScale(6)));
        return Combinators.combine(modes, wide(0, 100), wide(0, 100), latencies(), Arbitraries.of(false, true),
                        Arbitraries.integers().between(0, 50), tieFactors)
                .as(PriceSpec::new);
    }

    /** Latency SLAs and provider TTFTs from the same values, so that they are often equal or close. */
    private static Arbitrary<Double> latencies() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(50.0, 100.0, 300.0, 500.0, 1000.0)),
                Tuple.of(2, Arbitraries.doubles().between(1, 2000).ofScale(1)));
    }

    /** A value in [min, max], uniform, spread over orders of magnitude, or at either end. */
    private static Arbitrary<Double> wide(double min, double max) {
        double lowExponent = min > 0 ? Math.log10(min) : Math.log10(max) - 9;
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.doubles().between(min, max).ofScale(4)),
                Tuple.of(3, logUniform(lowExponent, Math.log10(max)).map(v -> Math.min(max, Math.max(min, v)))),
                Tuple.of(1, Arbitraries.of(min, max)));
    }

    /** A value in [min, max], uniform with six decimals, or at either end. */
    private static Arbitrary<Double> between(double min, double max) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.doubles().between(min, max).ofScale(6)),
                Tuple.of(1, Arbitraries.of(min, max)));
    }

    /** {@code 10^e} for {@code e} uniform in [minExponent, maxExponent]: every digit of the double is used. */
    private static Arbitrary<Double> logUniform(double minExponent, double maxExponent) {
        // jqwik needs bounds that its scale can represent; round them outwards to six decimals.
        double lo = Math.floor(minExponent * 1e6) / 1e6;
        double hi = Math.ceil(maxExponent * 1e6) / 1e6;
        return Arbitraries.doubles().between(lo, hi).ofScale(12).map(e -> Math.pow(10, e));
    }
}
