package crossover.model;

import java.util.OptionalDouble;

/**
 * Solves a staircase's break-even volumes against the API line exactly, stair by stair
 * (COST-MODEL.md): on the stair with {@code n} replicas the option costs a constant {@code s_n}, so it is no
 * dearer than the API from {@code V = s_n / (p / 1e6)} on. The stair where the answer lies is found in closed
 * form and confirmed with the same double arithmetic the cost functions use, so the answer agrees with the
 * curves to the last bit and never depends on chart resolution.
 */
final class BreakEvenSolver {

    /** Local corrections of a closed-form stair index; a handful are ever needed. */
    private static final int MAX_CORRECTIONS = 64;

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
        OptionalDouble first = first();
        if (first.isEmpty() || !(stairs.floorPricePerMTok() < p)) {
            return new BreakEven(first, OptionalDouble.empty(), OptionalDouble.empty());
        }
        double sustained = sustained();
        return new BreakEven(first, OptionalDouble.of(sustained),
                OptionalDouble.of(sustained / (tokensPerRequest * Units.DAYS_PER_MONTH)));
    }

    /** The lowest stair that is cheap at its top, and where on it the cheap part begins. */
    private OptionalDouble first() {
        double m = stairs.minReplicas();
        double perStairGain = apiCostOfOneStair() - stairCostOfOneReplica();
        if (!(perStairGain > 0)) {
            // Each extra replica adds at least as much cost as the API gains over its capacity: if the first
            // stair is not cheap at its top, no later one is.
            return cheapAtTop(m) ? OptionalDouble.of(cheapFrom(m)) : OptionalDouble.empty();
        }
        double n = Math.max(m, Math.ceil(fixedCost() / perStairGain));
        if (n < StairCase.EXACT_LIMIT) {
            for (int i = 0; i < MAX_CORRECTIONS && n > m && cheapAtTop(n - 1); i++) {
                n--;
            }
            for (int i = 0; i < MAX_CORRECTIONS && !cheapAtTop(n); i++) {
                n++;
            }
        }
        return OptionalDouble.of(cheapFrom(n));
    }

    /** The start of the final run of cheaper volumes; requires a floor price below the API's. */
    private double sustained() {
        double m = stairs.minReplicas();
        double a = apiCostOfOneStair();
        double perStairGain = a - stairCostOfOneReplica();
        // Stair n is cheaper than the API all the way from its lower edge once n·(a − b) ≥ a + F.
        double n = perStairGain > 0
                ? Math.max(m, Math.ceil((a + fixedCost()) / perStairGain) - 1)
                : StairCase.EXACT_LIMIT;
        if (n < StairCase.EXACT_LIMIT) {
            for (int i = 0; i < MAX_CORRECTIONS && n > m && cheapFromLowerEdge(n); i++) {
                n--;
            }
            for (int i = 0; i < MAX_CORRECTIONS && !cheapFromLowerEdge(n + 1); i++) {
                n++;
            }
        }
        // n is the last stair whose successor does not continue a cheaper run from below.
        return cheapAtTop(n) ? cheapFrom(n) : stairs.lowerEdge(n + 1);
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

    /** {@code b}: what one more replica adds to the option's cost. */
    private double stairCostOfOneReplica() {
        return stairs.replicaMonthlyCost() * stairs.markup();
    }

    /** {@code F}: the option's volume-independent monthly cost. */
    private double fixedCost() {
        return stairs.monthlyOpsCost() + stairs.amortisedSetupCost();
    }
}
