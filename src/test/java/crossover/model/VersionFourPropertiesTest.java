package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of version 4 of the cost model (COST-MODEL.md, "Version 4") over generated scenarios: its defaults
 * give version 3's answer to the bit, caching lowers the API's cost, a commitment beyond need never saves, every
 * break-even (committed self-hosting and owned GPUs included) agrees with the curves, and the owned GPUs' cash
 * view buys each GPU once.
 */
class VersionFourPropertiesTest {

    /** The version-1 and version-2 scenarios of {@link CostEnginePropertiesTest}, tuned near break-evens. */
    private final CostEnginePropertiesTest versionThree = new CostEnginePropertiesTest();

    // ---------------------------------------------------------------------------------------------------------
    // Defaults reproduce version 3
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void noCachingNoBatchDiscountNoCommitmentAndNoOwnedGpusGiveTheVersionThreeAnswerExactly(
            @ForAll("versionThreeScenarios") Scenario s,
            @ForAll @DoubleRange(min = 0, max = 100) double statedCachedPrice,
            @ForAll @DoubleRange(min = 0, max = 90) double commitmentDiscount,
            @ForAll boolean statesTheCachedPrice) {
        ApiPricing a = s.api();
        SelfHosting h = s.selfHosted();
        // The cached price does not matter without a cached share, nor the discount without committed GPUs.
        Scenario four = s.withApi(new ApiPricing(a.inputPricePerMTok(), a.outputPricePerMTok(), a.typicalTtftMs(),
                        statesTheCachedPrice ? OptionalDouble.of(statedCachedPrice) : OptionalDouble.empty(), 0))
                .withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(), h.gpusPerReplica(),
                        h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(),
                        h.spotDiscountPercent(), 0, commitmentDiscount));

        assertSameAnswer(CostEngine.evaluate(four), CostEngine.evaluate(s));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Caching
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void theApiCostFallsAsTheCachedShareRisesWhenCachedInputIsCheaper(
            @ForAll("scenarios") Scenario s,
            @ForAll @DoubleRange(min = 0, max = 1) double shareA,
            @ForAll @DoubleRange(min = 0, max = 1) double shareB,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double cachedFraction) {
        double input = s.api().inputPricePerMTok();
        double cached = input * cachedFraction;
        double low = Math.min(shareA, shareB);
        double high = Math.max(shareA, shareB);

        Evaluation lessCached = CostEngine.evaluate(Input.with(s,
                Map.of(Input.CACHED_INPUT_SHARE, low, Input.API_CACHED_INPUT_PRICE, cached)));
        Evaluation moreCached = CostEngine.evaluate(Input.with(s,
                Map.of(Input.CACHED_INPUT_SHARE, high, Input.API_CACHED_INPUT_PRICE, cached)));

        double before = lessCached.cost(Option.API_INFERENCE).monthly();
        double after = moreCached.cost(Option.API_INFERENCE).monthly();
        assertThat(after).isLessThanOrEqualTo(before);
        assertThat(moreCached.blendedApiPricePerMTok()).isLessThanOrEqualTo(lessCached.blendedApiPricePerMTok());
        // What the extra caching saves on paper, per MTok: (1 − o)·(high − low)·(input − cached)·(1 − b·d/100).
        Workload w = s.workload();
        double saving = (1 - w.outputShare()) * (high - low) * (input - cached)
                * (1 - w.batchShare() * s.api().batchDiscountPercent() / 100);
        boolean clearly = saving > 1e-9 * lessCached.blendedApiPricePerMTok() && w.monthlyTokens() > 0;
        Statistics.label("saves clearly").collect(clearly);
        if (clearly) {
            assertThat(after).isLessThan(before);
        }
    }

    @Property(tries = 200)
    void aCachedPriceLeftUnstatedFollowsTheInputPriceThroughTheTornadoAndTheMonteCarlo(
            @ForAll("scenarios") Scenario s, @ForAll @DoubleRange(min = 0, max = 100) double newInputPrice) {
        Scenario following = s.withApi(new ApiPricing(s.api().inputPricePerMTok(), s.api().outputPricePerMTok(),
                s.api().typicalTtftMs(), OptionalDouble.empty(), s.api().batchDiscountPercent()));

        Scenario changed = following.with(Input.API_INPUT_PRICE, newInputPrice);

        assertThat(Input.API_CACHED_INPUT_PRICE.of(changed)).isEqualTo(newInputPrice);
        assertThat(changed.api().cachedInputPricePerMTok()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Commitment
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void committingMoreGpusThanTheVolumeNeedsNeverLowersTheCost(
            @ForAll("scenarios") Scenario s,
            @ForAll @IntRange(min = 0, max = 50) int spare,
            @ForAll @IntRange(min = 1, max = 50) int more,
            @ForAll @DoubleRange(min = 0, max = 90) double discount) {
        Evaluation plain = CostEngine.evaluate(s);
        double needed = plain.cost(Option.SELF_HOSTED).gpus();
        if (needed + spare + more > SelfHosting.MAX_COMMITTED_GPUS) {
            return;
        }
        Optional<Scenario> enough = committed(s, needed + spare, discount);
        Optional<Scenario> moreThanEnough = committed(s, needed + spare + more, discount);
        if (enough.isEmpty() || moreThanEnough.isEmpty()) {
            return;
        }

        double cost = CostEngine.evaluate(enough.get()).cost(Option.SELF_HOSTED).monthly();
        double costWithMore = CostEngine.evaluate(moreThanEnough.get()).cost(Option.SELF_HOSTED).monthly();

        assertThat(costWithMore).isGreaterThanOrEqualTo(cost);
    }

    @Property(tries = 300)
    void aCommitmentWithoutDiscountNeverLowersTheCostAtAnyVolume(
            @ForAll("scenarios") Scenario s,
            @ForAll @IntRange(min = 1, max = 200) int gpus,
            @ForAll("volumes") double v) {
        Optional<Scenario> committed = committed(s, gpus, 0);
        if (committed.isEmpty()) {
            return;
        }
        StairCase onDemand = StairCase.selfHosted(committed(s, 0, 0).orElseThrow());
        StairCase withCommitment = StairCase.selfHosted(committed.get());

        assertThat(withCommitment.costAt(v)).isGreaterThanOrEqualTo(onDemand.costAt(v));
        // Without a discount the bill is the larger of the committed and the needed GPUs, at the on-demand price.
        double paid = Math.max(gpus, onDemand.replicasAt(v) * s.selfHosted().gpusPerReplica());
        assertThat(withCommitment.costAt(v)).isCloseTo(paid * 720 * s.selfHosted().gpuHourlyPrice()
                + withCommitment.monthlyOpsCost() + withCommitment.amortisedSetupCost(), withinPercentage(1e-9));
    }

    @Property(tries = 300)
    void everyGpuOptionsCostIsNonDecreasingInVolumeAcrossItsStairEdges(@ForAll("scenarios") Scenario s,
                                                                       @ForAll @IntRange(min = 0, max = 200) int n) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : e.breakEvenOptions()) {
            StairCase stairs = e.stairs(o);
            double stair = stairs.minReplicas() + n;
            double top = stairs.upperEdge(stair);
            assertThat(stairs.costAt(Math.nextUp(top))).as("%s across the top of stair %s", o.id(), stair)
                    .isGreaterThanOrEqualTo(stairs.costAt(top));
            assertThat(stairs.costWithReplicas(stair + 1)).as(o.id())
                    .isGreaterThanOrEqualTo(stairs.costWithReplicas(stair));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Break-evens agree with the curves
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 400)
    void atAndAboveEverySustainedBreakEvenTheOptionIsNoDearerAndJustBelowItIsDearer(
            @ForAll("scenarios") Scenario s, @ForAll("volumes") double anyVolume) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : e.breakEvenOptions()) {
            BreakEven be = e.breakEven(o);
            Statistics.label(o.id() + " sustained").collect(be.sustained().isPresent());
            if (be.sustained().isEmpty()) {
                continue;
            }
            double sustained = be.sustained().getAsDouble();
            StairCase stairs = e.stairs(o);
            List<Double> above = new ArrayList<>(List.of(sustained, Math.nextUp(sustained), anyVolume,
                    sustained * 1.5, sustained * 1000));
            double n0 = stairs.replicasAt(sustained);
            for (int k = 0; k <= 20; k++) {
                above.add(stairs.upperEdge(n0 + k));
                above.add(Math.nextUp(stairs.upperEdge(n0 + k)));
            }
            for (double v : above) {
                if (v >= sustained && Double.isFinite(v)) {
                    assertThat(e.curve(o).costAt(v)).as("%s at %s, sustained %s", o.id(), v, sustained)
                            .isLessThanOrEqualTo(e.apiLine().costAt(v));
                }
            }
            if (sustained > 0) {
                double justBelow = Math.nextDown(sustained);
                assertThat(e.curve(o).costAt(justBelow)).as("%s just below %s", o.id(), sustained)
                        .isGreaterThan(e.apiLine().costAt(justBelow));
            }
        }
    }

    @Property(tries = 400)
    void atEveryFirstBreakEvenTheOptionIsNoDearerAndBelowItAtEveryStairTopItIsDearer(
            @ForAll("scenarios") Scenario s,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double fraction) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : e.breakEvenOptions()) {
            BreakEven be = e.breakEven(o);
            if (be.first().isEmpty()) {
                assertThat(be.sustained()).as(o.id()).isEmpty();
                continue;
            }
            double first = be.first().getAsDouble();
            StairCase stairs = e.stairs(o);
            assertThat(e.curve(o).costAt(first)).as("%s at first %s", o.id(), first)
                    .isLessThanOrEqualTo(e.apiLine().costAt(first));
            be.sustained().ifPresent(sustained -> assertThat(first).isLessThanOrEqualTo(sustained));
            List<Double> below = new ArrayList<>(List.of(Math.nextDown(first), first * fraction));
            double top = stairs.replicasAt(first);
            for (double n = Math.max(stairs.minReplicas(), top - 20); n < top; n++) {
                below.add(stairs.upperEdge(n));
            }
            for (double n = stairs.minReplicas(); n < Math.min(top, stairs.minReplicas() + 20); n++) {
                below.add(stairs.upperEdge(n));
            }
            for (double v : below) {
                if (v >= 0 && v < first) {
                    assertThat(e.curve(o).costAt(v)).as("%s at %s below first %s", o.id(), v, first)
                            .isGreaterThan(e.apiLine().costAt(v));
                }
            }
        }
    }

    @Property(tries = 400)
    void withoutASustainedBreakEvenTheCheapVolumesEndAtTheTopOfTheLastCheapStair(@ForAll("scenarios") Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        for (Option o : e.breakEvenOptions()) {
            BreakEven be = e.breakEven(o);
            Statistics.label(o.id() + " cheap until").collect(be.cheapUntil().isPresent());
            if (be.cheapUntil().isEmpty()) {
                continue;
            }
            assertThat(be.sustained()).as(o.id()).isEmpty();
            double first = be.first().orElseThrow();
            double until = be.cheapUntil().getAsDouble();
            StairCase stairs = e.stairs(o);
            CostCurve curve = e.curve(o);
            ApiLine api = e.apiLine();
            assertThat(until).as(o.id()).isGreaterThanOrEqualTo(first);
            assertThat(curve.costAt(until)).as("%s at its last cheap volume %s", o.id(), until)
                    .isLessThanOrEqualTo(api.costAt(until));
            // Beyond it, dearer at every stair's top (20 checked) and just above it.
            double last = stairs.replicasAt(until);
            assertThat(curve.costAt(Math.nextUp(until))).as("%s just above %s", o.id(), until)
                    .isGreaterThan(api.costAt(Math.nextUp(until)));
            for (double n = last + 1; n <= last + 20; n++) {
                double top = stairs.upperEdge(n);
                assertThat(curve.costAt(top)).as("%s at the top of stair %s beyond %s", o.id(), n, until)
                        .isGreaterThan(api.costAt(top));
            }
            // "Throughout": no dearer at each stair's lower edge from the first cheap volume on (20 checked).
            if (be.cheapThroughout()) {
                for (double n = stairs.replicasAt(first) + 1; n <= Math.min(last, stairs.replicasAt(first) + 20); n++) {
                    double edge = stairs.lowerEdge(n);
                    assertThat(curve.costAt(edge)).as("%s at the lower edge of stair %s", o.id(), n)
                            .isLessThanOrEqualTo(api.costAt(edge));
                }
            } else {
                assertThat(curve.costAt(stairs.lowerEdge(last))).as("%s in stretches: lower edge of the last stair",
                        o.id()).isGreaterThan(api.costAt(stairs.lowerEdge(last)));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Owned GPUs in cash
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void theOwnedGpusCashTimelineBuysEachGpuOnceWhenFirstNeeded(@ForAll("ownedScenarios") Scenario s) {
        Evaluation e = CostEngine.evaluate(s);
        OnPrem o = s.onPrem().orElseThrow();
        StairCase stairs = e.stairs(Option.ON_PREM);
        double owned = 0;
        double bought = 0;
        for (int m = 1; m <= e.cash().length(); m++) {
            double needed = stairs.replicasAt(e.cash().volume(m)) * s.selfHosted().gpusPerReplica();
            double held = Math.max(owned, needed);
            double running = held * (o.powerKwPerGpu() * o.pue() * 720 * o.electricityPricePerKwh()
                    + o.colocationPerGpuMonth()) + o.monthlyOpsCost() + (m == 1 ? o.setupCost() : 0);
            double purchase = e.cash().cash(Option.ON_PREM, m) - running;
            // What the month pays beyond running costs is exactly the GPUs it adds, each at the purchase price.
            assertThat(purchase).as("month %s", m)
                    .isCloseTo((held - owned) * o.gpuPurchasePrice(), org.assertj.core.data.Offset.offset(
                            1e-9 * Math.max(1, e.cash().cash(Option.ON_PREM, m))));
            bought += held - owned;
            owned = held;
        }
        double mostNeeded = 0;
        for (int m = 1; m <= e.cash().length(); m++) {
            mostNeeded = Math.max(mostNeeded, stairs.replicasAt(e.cash().volume(m)) * s.selfHosted().gpusPerReplica());
        }
        assertThat(bought).isEqualTo(mostNeeded);
    }

    @Property(tries = 300)
    void withoutShrinkingVolumeTheLastCumulativeCashLessTheHorizonTotalIsThePurchasesLessTheDepreciationCharged(
            @ForAll("ownedScenarios") Scenario s) {
        if (s.workload().monthlyGrowthPercent() < 0) {
            return;
        }
        Evaluation e = CostEngine.evaluate(s);
        OnPrem o = s.onPrem().orElseThrow();
        StairCase stairs = e.stairs(Option.ON_PREM);
        int months = e.cash().length();
        double purchases = stairs.replicasAt(e.cash().volume(months)) * s.selfHosted().gpusPerReplica()
                * o.gpuPurchasePrice();
        double depreciation = 0;
        for (int m = 1; m <= months; m++) {
            depreciation += stairs.replicasAt(e.cash().volume(m)) * s.selfHosted().gpusPerReplica()
                    * o.gpuPurchasePrice() / o.depreciationMonths();
        }

        double difference = e.cash().cumulative(Option.ON_PREM, months) - e.cost(Option.ON_PREM).horizonTotal();

        double scale = e.cash().cumulative(Option.ON_PREM, months) + e.cost(Option.ON_PREM).horizonTotal();
        assertThat(difference).isCloseTo(purchases - depreciation,
                org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, scale)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generators
    // ---------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> versionThreeScenarios() {
        return versionThree.scenarios();
    }

    @Provide
    Arbitrary<Double> volumes() {
        return versionThree.volumes();
    }

    /** Version-3 scenarios with caching, a batch tier, committed GPUs and owned GPUs, each often absent. */
    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Double> shares = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(2, Arbitraries.doubles().between(0, 1).ofScale(4)));
        Arbitrary<Double> cachedFractions = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(-1.0)),
                Tuple.of(3, Arbitraries.doubles().between(0, 1).ofScale(4)));
        Arbitrary<Double> batchDiscounts = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.just(50.0)), Tuple.of(1, Arbitraries.doubles().between(0, 95).ofScale(2)));
        Arbitrary<Integer> committedGpus = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(1, 64)),
                Tuple.of(1, Arbitraries.integers().between(1, SelfHosting.MAX_COMMITTED_GPUS)));
        Arbitrary<Double> discounts = Arbitraries.doubles().between(0, 90).ofScale(2);
        Arbitrary<Optional<OnPrem>> owned = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())),
                Tuple.of(2, onPrems().map(Optional::of)));
        return Combinators.combine(versionThree.scenarios(), shares, cachedFractions, batchDiscounts, committedGpus,
                        discounts, owned)
                .as(VersionFourPropertiesTest::withVersionFourInputs)
                .filter(Optional::isPresent).map(Optional::get);
    }

    /** Scenarios that own their GPUs. */
    @Provide
    Arbitrary<Scenario> ownedScenarios() {
        return scenarios().filter(s -> s.onPrem().isPresent());
    }

    private static Arbitrary<OnPrem> onPrems() {
        Arbitrary<Double> dollars = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(3, Arbitraries.doubles().between(0, 1e5).ofScale(2)));
        return Combinators.combine(Arbitraries.doubles().between(100, 1e6).ofScale(2),
                        Arbitraries.integers().between(1, 120), Arbitraries.doubles().between(0, 3).ofScale(3),
                        Arbitraries.doubles().between(1, 3).ofScale(3), Arbitraries.doubles().between(0, 0.5).ofScale(4),
                        Arbitraries.doubles().between(0, 1_000).ofScale(2), dollars, dollars)
                .as(OnPrem::new);
    }

    private static Optional<Scenario> withVersionFourInputs(Scenario s, double cachedShare, double cachedFraction,
                                                            double batchDiscount, int committedGpus,
                                                            double discount, Optional<OnPrem> onPrem) {
        try {
            Workload w = s.workload();
            ApiPricing a = s.api();
            SelfHosting h = s.selfHosted();
            OptionalDouble cached = cachedFraction < 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(a.inputPricePerMTok() * cachedFraction);
            return Optional.of(s.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(), w.outputShare(),
                            w.latencySlaMs(), w.dataSensitivity(), w.opsCapacity(), w.peakToAverage(),
                            w.monthlyGrowthPercent(), w.horizonMonths(), w.batchShare(), cachedShare))
                    .withApi(new ApiPricing(a.inputPricePerMTok(), a.outputPricePerMTok(), a.typicalTtftMs(), cached,
                            batchDiscount))
                    .withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(), h.gpusPerReplica(),
                            h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(),
                            h.spotDiscountPercent(), committedGpus, discount))
                    .withOnPrem(onPrem));
        } catch (InvalidInputException tooLargeToCompute) {
            return Optional.empty();
        }
    }

    private static Optional<Scenario> committed(Scenario s, double gpus, double discount) {
        SelfHosting h = s.selfHosted();
        try {
            return Optional.of(s.withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(),
                    h.gpusPerReplica(), h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(),
                    h.spotDiscountPercent(), (int) gpus, discount)));
        } catch (InvalidInputException tooLargeToCompute) {
            return Optional.empty();
        }
    }

    /** Two evaluations give the same figures, sentences and timeline, to the bit. */
    private static void assertSameAnswer(Evaluation actual, Evaluation expected) {
        assertThat(actual.options()).isEqualTo(expected.options());
        assertThat(actual.blendedApiPricePerMTok()).isEqualTo(expected.blendedApiPricePerMTok());
        assertThat(actual.realtimeApiPricePerMTok()).isEqualTo(expected.blendedApiPricePerMTok());
        assertThat(actual.selfHostedFloorPerMTok()).isEqualTo(expected.selfHostedFloorPerMTok());
        assertThat(actual.cloudManagedFloorPerMTok()).isEqualTo(expected.cloudManagedFloorPerMTok());
        assertThat(actual.costs()).isEqualTo(expected.costs());
        assertThat(actual.breakEven()).isEqualTo(expected.breakEven());
        assertThat(actual.recommendation()).isEqualTo(expected.recommendation());
        assertThat(actual.ruleOfThumb()).isEqualTo(expected.ruleOfThumb());
        assertThat(actual.ruleOfThumbNote()).isEqualTo(expected.ruleOfThumbNote());
        assertThat(actual.paybackMonth()).isEqualTo(expected.paybackMonth());
        assertThat(actual.timeline()).isEqualTo(expected.timeline());
    }
}
