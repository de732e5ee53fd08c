package crossover.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the engine says about one scenario (COST-MODEL.md, version 1): volumes, prices, each option's
 * costs, break-evens, the recommendation and the rule of thumb, plus the exact cost curves for drawing.
 *
 * @param scenario                 the inputs
 * @param monthlyTokens            today's volume {@code V}
 * @param horizonMonthlyTokens     the volume in the last month of the horizon
 * @param blendedApiPricePerMTok   {@code p}: what the API option pays per MTok, its batch share at the batch tier
 * @param realtimeApiPricePerMTok  {@code p_rt}: what real-time traffic pays per MTok, cached input included
 * @param selfHostedFloorPerMTok   the cheapest self-hosting can be per MTok
 * @param cloudManagedFloorPerMTok the same for cloud-managed, markup included
 * @param costs                    each option's costs
 * @param breakEven                break-evens of self-hosted and cloud-managed against the API
 * @param recommendation           the cheapest option within constraints
 * @param ruleOfThumb              the heuristic's pick
 * @param ruleOfThumbNote          why the heuristic disagrees, or empty when it agrees
 * @param apiLine                  the API's cost curve
 * @param selfHostedStairs         self-hosting's cost curve
 * @param cloudManagedStairs       cloud-managed's cost curve
 * @param hybridCurve              the hybrid option's curve, present when the batch share is above zero
 * @param onPremStairs             owning the GPUs, present when the scenario has an {@code onPrem} section
 * @param cash                     the cash view, month by month
 * @param paybackMonth             per GPU or hybrid option, the first month from which its cumulative cash stays
 *                                 at or below the API's; empty if it is above at the end
 */
public record Evaluation(
        Scenario scenario,
        double monthlyTokens,
        double horizonMonthlyTokens,
        double blendedApiPricePerMTok,
        double realtimeApiPricePerMTok,
        double selfHostedFloorPerMTok,
        double cloudManagedFloorPerMTok,
        Map<Option, OptionCost> costs,
        Map<Option, BreakEven> breakEven,
        Recommendation recommendation,
        Option ruleOfThumb,
        String ruleOfThumbNote,
        ApiLine apiLine,
        StairCase selfHostedStairs,
        StairCase cloudManagedStairs,
        Optional<HybridCurve> hybridCurve,
        Optional<StairCase> onPremStairs,
        Timeline cash,
        Map<Option, OptionalInt> paybackMonth) {

    public Evaluation {
        costs = Map.copyOf(costs);
        breakEven = Map.copyOf(breakEven);
        Objects.requireNonNull(cash, "cash");
        paybackMonth = Map.copyOf(paybackMonth);
        Objects.requireNonNull(recommendation, "recommendation");
    }

    /**
     * The option with the lowest monthly cost at each month's volume (set-up spread over the horizon, so month 1
     * is not skewed by it) among those the constraints allow, ties (within half a cent) by less ops work: index 0
     * is month 1.
     */
    public List<Option> cheapestByMonth() {
        List<Option> allowed = options().stream().filter(o -> !recommendation.excluded().contains(o)).toList();
        List<Option> cheapest = new java.util.ArrayList<>(cash.length());
        for (int m = 1; m <= cash.length(); m++) {
            double v = cash.volume(m);
            cheapest.add(Recommendation.cheapest(allowed, o -> curve(o).costAt(v)));
        }
        return cheapest;
    }

    /** The cash view as one record per month (built on request; {@link #cash()} is the compact form). */
    public List<TimelineMonth> timeline() {
        return cash.months();
    }

    /** The first month whose cheapest option differs from month 1's: when the answer would change. */
    public OptionalInt switchMonth() {
        List<Option> cheapest = cheapestByMonth();
        for (int i = 1; i < cheapest.size(); i++) {
            if (cheapest.get(i) != cheapest.get(0)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The options this scenario has, in display order: hybrid only with a batch share, on-prem only when owned. */
    public List<Option> options() {
        List<Option> options = new java.util.ArrayList<>(Option.values().length);
        for (Option o : Option.values()) {
            if (costs.containsKey(o)) {
                options.add(o);
            }
        }
        return List.copyOf(options);
    }

    /** The GPU options whose break-even against the API is solved: self-hosted, cloud-managed, on-prem if owned. */
    public List<Option> breakEvenOptions() {
        return options().stream().filter(breakEven::containsKey).toList();
    }

    /**
     * The GPUs owning them buys in each month of the horizon (index 0 is month 1), each in the first month that
     * needs it; empty when the scenario owns none.
     */
    public double[] gpusBought() {
        if (onPremStairs.isEmpty()) {
            return new double[0];
        }
        double[] volumes = new double[cash.length()];
        for (int m = 1; m <= volumes.length; m++) {
            volumes[m - 1] = cash.volume(m);
        }
        double[] owned = onPremStairs.get().ownedByMonth(volumes);
        double[] bought = new double[owned.length];
        for (int i = 0; i < owned.length; i++) {
            bought[i] = owned[i] - (i == 0 ? 0 : owned[i - 1]);
        }
        return bought;
    }

    /** {@code onPremFloorPerMTok = gpusPerReplica × M / C × 1e6}, when the scenario owns GPUs. */
    public java.util.OptionalDouble onPremFloorPerMTok() {
        return onPremStairs.map(s -> java.util.OptionalDouble.of(s.floorPricePerMTok()))
                .orElse(java.util.OptionalDouble.empty());
    }

    public OptionCost cost(Option option) {
        return costs.get(option);
    }

    /** The break-even of a GPU option against the API. */
    public BreakEven breakEven(Option option) {
        if (option == Option.API_INFERENCE) {
            throw new IllegalArgumentException("the API has no break-even against itself");
        }
        return breakEven.get(option);
    }

    public CostCurve curve(Option option) {
        return switch (option) {
            case API_INFERENCE -> apiLine;
            case SELF_HOSTED -> selfHostedStairs;
            case CLOUD_MANAGED -> cloudManagedStairs;
            case HYBRID -> hybridCurve.orElseThrow(() -> new IllegalArgumentException("no batch share, no hybrid"));
            case ON_PREM -> onPremStairs.orElseThrow(() -> new IllegalArgumentException("no onPrem, no on-prem"));
        };
    }

    /** The staircase of a GPU option. */
    public StairCase stairs(Option option) {
        if (curve(option) instanceof StairCase s) {
            return s;
        }
        throw new IllegalArgumentException(option.id() + " is a straight line, not a staircase");
    }

    /** The floor price per MTok of a GPU option. */
    public double floorPerMTok(Option option) {
        return stairs(option).floorPricePerMTok();
    }

    /** Whether a GPU option undercuts the API for good, i.e. has a sustained break-even within a million replicas. */
    public boolean undercutsApi(Option option) {
        return breakEven(option).sustained().isPresent();
    }

    /**
     * Why a GPU option never breaks even for good, as a clause: "its floor of $0.625/MTok (GPUs at planned
     * utilisation) is above the API's blended $0.30/MTok", or, with the floor below the price, that the break-even
     * lies beyond a million replicas.
     */
    public String noBreakEvenReason(Option option) {
        return Reasons.noBreakEvenReason(floorPerMTok(option), blendedApiPricePerMTok);
    }

    /**
     * The GPU option whose break-even the headline, the chart's marker and its zig-zag band show: the
     * recommendation when it is self-hosted or cloud-managed, else its nearest competitor (the GPU option within
     * the constraints with the lowest horizon total).
     */
    public Option headlineOption() {
        return Reasons.headline(recommendation.option(), recommendation.excluded(), costs);
    }

    /** Whether the constraints rule an option out. */
    public boolean excluded(Option option) {
        return recommendation.excluded().contains(option);
    }

    public boolean ruleOfThumbAgrees() {
        return ruleOfThumb == recommendation.option();
    }
}
