package crossover.model;

import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * Solves a staircase's break-even volumes against the API line exactly, stair by stair
 * (COST-MODEL.md): on the stair with {@code n} replicas the option costs a constant {@code s_n}, so it is no
 * dearer than the API from {@code V = s_n / (p / 1e6)} on. The stair where an answer lies is bracketed from a
 * closed-form estimate and bisected with the same double arithmetic the cost functions use, so the answer agrees
 * with the curves to the last bit and never depends on chart resolution.
 *
 * <p>Near the crossing the double-precision comparisons of the two curves can flip back and forth for a few
 * stairs (their rounding errors exceed the gain of one stair). {@link StairCase#undercuts} bounds that band; the
 * solver scans it whole, so "lowest" and "never again dearer" hold for the curves as computed.
 */
final class BreakEvenSolver {

    private final StairCase stairs;
    private final ApiLine api;
    private final double p;

    private BreakEvenSolver(StairCase stairs, ApiLine api) {
        this.stairs = stairs;
        this.api = api;
        this.p = api.blendedPricePerMTok();
    }

    static BreakEven solve(StairCase stairs, ApiLine api, double tokensPerRequest) {
        return new BreakEvenSolver(stairs, api).solve(tokensPerRequest);
    }

    private BreakEven solve(double tokensPerRequest) {
        if (!stairs.undercuts(api)) {
            // Each extra replica adds at least as much cost as the API gains over its capacity (to within the
            // precision of the prices): only the first stair can be cheaper, and then not for good.
            double m = stairs.minReplicas();
            OptionalDouble first = cheapAtTop(m) ? OptionalDouble.of(cheapFrom(m)) : OptionalDouble.empty();
            return new BreakEven(first, OptionalDouble.empty(), OptionalDouble.empty());
        }
        double sustained = sustained();
        return new BreakEven(OptionalDouble.of(first()), OptionalDouble.of(sustained),
                OptionalDouble.of(sustained / (tokensPerRequest * Units.DAYS_PER_MONTH)));
    }

    /** The lowest stair that is cheap at its top, and where on it the cheap part begins. */
    private double first() {
        double m = stairs.minReplicas();
        double estimate = Math.max(m, Math.ceil(fixedCost() / perStairGain()));
        double n = lowestTrue(this::cheapAtTop, m, estimate);
        double band = stairs.flipBand(api);
        for (double k = n - 1; k >= m && k >= n - band; k--) {
            if (cheapAtTop(k)) {
                n = k;
            }
        }
        return cheapFrom(n);
    }

    /** The start of the final run of volumes where the option is no dearer than the API. */
    private double sustained() {
        double m = stairs.minReplicas();
        // Stair n is no dearer all the way from its lower edge once n·(a − b) ≥ a + F.
        double estimate = Math.max(m + 1, Math.ceil((apiCostOfOneStair() + fixedCost()) / perStairGain()));
        double firstContiguous = lowestTrue(n -> n > m && cheapFromLowerEdge(n), m + 1, estimate);
        double last = firstContiguous - 1;
        double band = stairs.flipBand(api);
        for (double k = firstContiguous + 1; k <= firstContiguous + band; k++) {
            if (!cheapFromLowerEdge(k)) {
                last = k;
            }
        }
        // `last` is the last stair whose lower edge is dearer than the API; the final run starts on it.
        return cheapAtTop(last) ? cheapFrom(last) : stairs.lowerEdge(last + 1);
    }

    /**
     * The smallest {@code n ≥ lo} with {@code test(n)}, for a test that is false below some stair and true from it
     * on; starts from {@code estimate} and brackets outward by doubling, then bisects.
     */
    private static double lowestTrue(DoublePredicate test, double lo, double estimate) {
        double hi = Math.max(lo, estimate);
        double step = 1;
        if (test.test(hi)) {
            double below = hi - step;
            while (below >= lo && test.test(below)) {
                hi = below;
                step *= 2;
                below = hi - step;
            }
            lo = Math.max(lo, below + 1);
        } else {
            lo = hi + 1;
            hi = hi + step;
            while (!test.test(hi)) {
                lo = hi + 1;
                step *= 2;
                hi = hi + step;
                if (hi >= StairCase.EXACT_LIMIT) {
                    return StairCase.EXACT_LIMIT;
                }
            }
        }
        while (lo < hi) {
            double mid = Math.floor(lo + (hi - lo) / 2);
            if (test.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return hi;
    }

    private boolean cheapAtTop(double n) {
        return stairs.costWithReplicas(n) <= api.costAt(stairs.upperEdge(n));
    }

    private boolean cheapFromLowerEdge(double n) {
        return stairs.costWithReplicas(n) <= api.costAt(stairs.lowerEdge(n));
    }

    /** The lowest volume on stair {@code n} where the option is no dearer; the stair must be cheap at its top. */
    private double cheapFrom(double n) {
        return Math.max(stairs.lowerEdge(n), lowestVolumeCosting(stairs.costWithReplicas(n)));
    }

    /** The smallest double {@code V ≥ 0} with {@code API(V) ≥ cost}. */
    private double lowestVolumeCosting(double cost) {
        if (cost <= 0) {
            return 0;
        }
        double v = cost * Units.TOKENS_PER_MTOK / p;
        if (!Double.isFinite(v)) {
            return v;
        }
        while (api.costAt(v) < cost) {
            v = Math.nextUp(v);
        }
        while (v > 0 && api.costAt(Math.nextDown(v)) >= cost) {
            v = Math.nextDown(v);
        }
        return v;
    }

    /** {@code a}: what the API charges for one replica's capacity. */
    private double apiCostOfOneStair() {
        return api.costAt(stairs.replicaCapacity());
    }

    /** {@code a − b}: what each stair gains on the API; positive when the option undercuts it. */
    private double perStairGain() {
        return apiCostOfOneStair() - stairs.replicaMonthlyCost() * stairs.markup();
    }

    /** {@code F}: the option's volume-independent monthly cost. */
    private double fixedCost() {
        return stairs.monthlyOpsCost() + stairs.amortisedSetupCost();
    }
}
