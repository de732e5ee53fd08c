package crossover.model;

import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * Solves a staircase's break-even volumes against the API line exactly, stair by stair
 * (COST-MODEL.md): on the stair with {@code n} replicas the option costs a constant {@code s_n}, so it is no
 * dearer than the API from {@code V = s_n / (p / 1e6)} on. Stairs whose GPUs committed GPUs hold all cost the same
 * (version 4), so from 0 up to the last of them they act as one first stair. The stair where an answer lies follows in closed form
 * from what each stair gains on the API; the solver starts there and confirms the stair with the same double
 * arithmetic the cost functions use (bracketing and bisecting where rounding has moved it), so the answer agrees
 * with the curves to the last bit and never depends on chart resolution.
 *
 * <p>Work is bounded for every input: a break-even that would need more than
 * {@value StairCase#MAX_BREAK_EVEN_REPLICAS} replicas is not reported (COST-MODEL.md, "Break-even too far
 * away"), so every search over stairs runs over at most that many, in at most about 2 × 20 tests, and every search
 * within a stair runs over the at most 2^63 bit patterns of its volumes, in at most about 2 × 64 tests.
 *
 * <p>Near the crossing the double-precision comparisons of the two curves can flip back and forth for a few
 * stairs (their rounding errors exceed the gain of one stair). {@link #flipBand} bounds that band; the solver
 * scans it whole, so "lowest" and "never again dearer" hold for the curves as computed.
 */
final class BreakEvenSolver {

    /** The most stairs the solver checks one by one around a crossing. */
    private static final double MAX_FLIP_BAND = 100_000;

    private static final double LIMIT = StairCase.MAX_BREAK_EVEN_REPLICAS;

    private final StairCase stairs;
    private final ApiLine api;
    private final double m;
    /** {@code a − b}: what each stair gains on the API; positive when the option undercuts it. */
    private final double gain;

    private BreakEvenSolver(StairCase stairs, ApiLine api) {
        this.stairs = stairs;
        this.api = api;
        this.m = stairs.firstStair();
        this.gain = apiCostOfOneStair() - stairs.replicaMonthlyCost() * stairs.markup();
    }

    static BreakEven solve(StairCase stairs, ApiLine api, double tokensPerRequest) {
        return new BreakEvenSolver(stairs, api).solve(tokensPerRequest);
    }

    private BreakEven solve(double tokensPerRequest) {
        if (!(stairs.floorBelow(api) && gain > 0)) {
            // Each extra replica adds at least as much cost as the API gains over its capacity: only the first
            // stair can be cheaper, and then not for good. With committed GPUs, the stair just above them adds
            // only the GPUs beyond the commitment, so it too can be the first one cheaper.
            double start = m <= LIMIT && cheapAtTop(m) ? m
                    : committed() && m + 1 <= LIMIT && cheapAtTop(m + 1) ? m + 1 : Double.NaN;
            OptionalDouble first = Double.isNaN(start) ? OptionalDouble.empty() : volume(cheapFrom(start));
            if (first.isEmpty()) {
                return BreakEven.NONE;
            }
            return cheapUntil(start, first.getAsDouble());
        }
        OptionalDouble sustained = sustained();
        if (sustained.isEmpty()) {
            return new BreakEven(first(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    false);
        }
        double perDay = sustained.getAsDouble() / (tokensPerRequest * Units.DAYS_PER_MONTH);
        return new BreakEven(first(), sustained,
                Double.isFinite(perDay) ? OptionalDouble.of(perDay) : OptionalDouble.empty(), OptionalDouble.empty(),
                false);
    }

    /**
     * Where the cheap volumes end when each stair beyond {@code start} loses {@code b − a} on the API (or gains
     * nothing): the API's cost less the option's, at the stairs' tops and at their lower edges alike, falls by the
     * same amount per stair, so the cheap stairs run from {@code start} up to the last one cheap at its top, and
     * they are cheap throughout when that last one is cheap from its lower edge.
     */
    private BreakEven cheapUntil(double start, double first) {
        OptionalDouble dear = lowestStair(n -> !cheapAtTop(n), start + 1, start + 1, LIMIT);
        if (dear.isEmpty()) {
            // Cheap at the top of every stair up to the limit (the floor equals the API's price): no end to report.
            return new BreakEven(OptionalDouble.of(first), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), false);
        }
        double last = dear.getAsDouble() - 1;
        double band = Math.min(MAX_FLIP_BAND, Math.ceil(8 * Math.ulp(1.0) * (last + 1) * apiCostOfOneStair()
                / Math.max(Math.abs(gain), Double.MIN_NORMAL)) + 2);
        for (double k = last + 2; k <= last + 1 + band && k <= LIMIT; k++) {
            if (cheapAtTop(k)) {
                last = k;
            }
        }
        boolean throughout = last == start || cheapFromLowerEdge(last);
        return new BreakEven(OptionalDouble.of(first), OptionalDouble.empty(), OptionalDouble.empty(),
                volume(stairs.upperEdge(last)), throughout);
    }

    /** The lowest stair (up to the limit) that is cheap at its top, and where on it the cheap part begins. */
    private OptionalDouble first() {
        // Stair n is cheap at its top once n·(a − b) ≥ F.
        double estimate = Math.ceil(fixedCost() / gain);
        OptionalDouble found = lowestStair(this::cheapAtTop, m, estimate, LIMIT);
        if (found.isEmpty()) {
            return OptionalDouble.empty();
        }
        double n = found.getAsDouble();
        double band = flipBand(n);
        if (band > MAX_FLIP_BAND) {
            // Rounding decides the order of the curves over more stairs than can be checked: only the first stair
            // is sure to be the lowest.
            return cheapAtTop(m) ? volume(cheapFrom(m)) : OptionalDouble.empty();
        }
        for (double k = n - 1; k >= m && k >= n - band; k--) {
            if (cheapAtTop(k)) {
                n = k;
            }
        }
        return volume(cheapFrom(n));
    }

    /** The start of the final run of volumes where the option is no dearer than the API, if within the limit. */
    private OptionalDouble sustained() {
        // Stair n is no dearer all the way from its lower edge once n·(a − b) ≥ a + F.
        double estimate = Math.ceil((apiCostOfOneStair() + fixedCost()) / gain);
        OptionalDouble found = lowestStair(n -> n > m && cheapFromLowerEdge(n), m + 1, estimate, LIMIT + 1);
        if (found.isEmpty()) {
            return OptionalDouble.empty();
        }
        double firstContiguous = found.getAsDouble();
        double band = flipBand(firstContiguous);
        if (band > MAX_FLIP_BAND) {
            return OptionalDouble.empty();
        }
        double last = firstContiguous - 1;
        for (double k = firstContiguous + 1; k <= firstContiguous + band; k++) {
            if (!cheapFromLowerEdge(k)) {
                last = k;
            }
        }
        // `last` is the last stair whose lower edge is dearer than the API; the final run starts on it or above.
        boolean onLast = cheapAtTop(last);
        if ((onLast ? last : last + 1) > LIMIT) {
            return OptionalDouble.empty();
        }
        return volume(onLast ? cheapFrom(last) : lowerEdge(last + 1));
    }

    /**
     * A break-even volume, or none when it is beyond the largest double: with a huge replica capacity, the edges
     * of stairs not far up overflow, and a break-even there is past any volume that can be computed.
     */
    private static OptionalDouble volume(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * The smallest stair {@code n} in {@code [lo, hi]} with {@code test(n)}, for a test that is false below some
     * stair and true from it on; empty when it is false at {@code hi}. Starts from {@code estimate}, brackets
     * outward by doubling, then bisects: at most about 2·log2(hi − lo) tests.
     */
    private static OptionalDouble lowestStair(DoublePredicate test, double lo, double estimate, double hi) {
        if (lo > hi) {
            return OptionalDouble.empty();
        }
        double at = estimate >= lo ? Math.min(estimate, hi) : lo;
        double step = 1;
        double top;
        if (test.test(at)) {
            top = at;
            double below = top - step;
            while (below >= lo && test.test(below)) {
                top = below;
                step *= 2;
                below = top - step;
            }
            lo = Math.max(lo, below + 1);
        } else {
            lo = at + 1;
            top = Math.min(hi, at + step);
            while (lo <= top && !test.test(top)) {
                if (top == hi) {
                    return OptionalDouble.empty();
                }
                lo = top + 1;
                step *= 2;
                top = Math.min(hi, top + step);
            }
            if (lo > top) {
                return OptionalDouble.empty();
            }
        }
        while (lo < top) {
            double mid = Math.floor(lo + (top - lo) / 2);
            if (test.test(mid)) {
                top = mid;
            } else {
                lo = mid + 1;
            }
        }
        return OptionalDouble.of(top);
    }

    /**
     * How many stairs around stair {@code n} the double-precision comparison of option and API could flip: the
     * rounding error of both costs there over what one stair gains on the API.
     */
    private double flipBand(double n) {
        return Math.ceil(8 * Math.ulp(1.0) * n * apiCostOfOneStair() / gain) + 2;
    }

    private boolean cheapAtTop(double n) {
        return stairs.costWithReplicas(n) <= api.costAt(stairs.upperEdge(n));
    }

    private boolean cheapFromLowerEdge(double n) {
        return stairs.costWithReplicas(n) <= api.costAt(lowerEdge(n));
    }

    /** The lowest volume of stair {@code n}; the stairs up to the first one all start at 0, at the same cost. */
    private double lowerEdge(double n) {
        return n <= m ? 0 : stairs.lowerEdge(n);
    }

    private boolean committed() {
        return stairs.commitment().gpus() > 0;
    }

    /**
     * The lowest volume on stair {@code n} where the option is no dearer; the stair must be cheap at its top.
     * The API's cost is non-decreasing in the volume, so this searches the bits of the doubles on the stair: from
     * the closed form {@code s_n / (p / 1e6)}, a few steps out to bracket the answer, then bisection (at most
     * about 2 × 64 steps whatever the numbers).
     */
    private double cheapFrom(double n) {
        double cost = stairs.costWithReplicas(n);
        long lo = Double.doubleToRawLongBits(lowerEdge(n));
        long hi = Double.doubleToRawLongBits(stairs.upperEdge(n));
        double guess = cost * Units.TOKENS_PER_MTOK / api.blendedPricePerMTok();
        long g = Double.doubleToRawLongBits(guess);
        if (guess >= 0 && lo <= g && g < hi) {
            if (cheapAt(g, cost)) {
                long step = 1;
                while (g - step >= lo && cheapAt(g - step, cost)) {
                    g -= step;
                    step = Math.min(step * 2, g - lo + 1);
                }
                hi = g;
                lo = Math.max(lo, g - step + 1);
            } else {
                long step = 1;
                while (g + step < hi && !cheapAt(g + step, cost)) {
                    g += step;
                    step = Math.min(step * 2, hi - g);
                }
                lo = g + 1;
                hi = Math.min(hi, g + step);
            }
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (cheapAt(mid, cost)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Double.longBitsToDouble(hi);
    }

    /** Whether the API charges at least {@code cost} at the volume whose double has these bits. */
    private boolean cheapAt(long volumeBits, double cost) {
        return api.costAt(Double.longBitsToDouble(volumeBits)) >= cost;
    }

    /** {@code a}: what the API charges for one replica's capacity. */
    private double apiCostOfOneStair() {
        return api.costAt(stairs.replicaCapacity());
    }

    /** {@code F}: the option's volume-independent monthly cost on the stairs beyond any commitment. */
    private double fixedCost() {
        return stairs.fixedCostBeyondCommitment();
    }
}
