package crossover.model;

import java.util.OptionalDouble;

/**
 * Where a GPU option stops being dearer than the API (COST-MODEL.md, "Break-even volumes").
 *
 * @param first                  the lowest volume at which the option costs no more than the API
 * @param sustained              the lowest volume above which the option is never again dearer
 * @param sustainedDailyRequests {@code sustained} as requests per day at today's tokens per request; empty also when
 *                               they are too many to count (a request of a tiny fraction of a token)
 * @param cheapUntil             without a sustained break-even, the highest volume at which the option is no dearer
 *                               than the API (the top of its last cheap stair), when that lies within the solver's
 *                               reach; empty otherwise
 * @param cheapThroughout        whether the option is no dearer at every volume from {@code first} to
 *                               {@code cheapUntil} (false: in stretches, or no {@code cheapUntil})
 */
public record BreakEven(OptionalDouble first, OptionalDouble sustained, OptionalDouble sustainedDailyRequests,
                        OptionalDouble cheapUntil, boolean cheapThroughout) {

    /** No break-even at all. */
    public static final BreakEven NONE = new BreakEven(OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), false);

    /**
     * Where an option without a sustained break-even is no dearer than the API: "from 3.04 B to 648 B
     * tokens/month", "in stretches from 3.04 B to 648 B tokens/month", or "in stretches from 3.04 B tokens/month on"
     * when the end is out of reach. Only when {@code first} is present.
     */
    public String cheapSpan() {
        String from = Units.tokensPerMonth(first.orElseThrow());
        if (cheapUntil.isEmpty()) {
            return "in stretches from " + from + " on";
        }
        return (cheapThroughout ? "from " : "in stretches from ") + from + " to "
                + Units.tokensPerMonth(cheapUntil.getAsDouble());
    }

    /**
     * The sustained break-even for a label, "3.6 B tokens/month ≈ 80 k requests/day"; without the requests when
     * there are too many to count (a request of a few tokens' fraction). Only for a break-even that exists.
     */
    public String sustainedLabel() {
        String tokens = Units.tokensPerMonth(sustained.orElseThrow());
        return sustainedDailyRequests.isPresent()
                ? tokens + " ≈ " + Units.requestsPerDay(sustainedDailyRequests.getAsDouble()) : tokens;
    }

    /** Whether the curves zig-zag: the option is cheaper somewhere before it is cheaper for good. */
    public boolean zigZags() {
        return first.isPresent() && (sustained.isEmpty() || first.getAsDouble() < sustained.getAsDouble());
    }
}
