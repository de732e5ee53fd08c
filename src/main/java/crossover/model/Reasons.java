package crossover.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Picks the cheapest option within constraints and says why, in sentences a planner can paste into a deck. */
final class Reasons {

    private final Scenario scenario;
    private final double today;
    private final double horizonVolume;
    private final double blended;
    private final Map<Option, OptionCost> costs;
    private final Map<Option, BreakEven> breakEven;
    private final StairCase selfHosted;
    private final StairCase cloud;
    private final java.util.Optional<StairCase> onPrem;

    Reasons(Scenario scenario, double today, double horizonVolume, double blended, Map<Option, OptionCost> costs,
            Map<Option, BreakEven> breakEven, StairCase selfHosted, StairCase cloud,
            java.util.Optional<StairCase> onPrem) {
        this.scenario = scenario;
        this.today = today;
        this.horizonVolume = horizonVolume;
        this.blended = blended;
        this.costs = costs;
        this.breakEven = breakEven;
        this.selfHosted = selfHosted;
        this.cloud = cloud;
        this.onPrem = onPrem;
    }

    Recommendation recommend() {
        Map<Option, String> exclusions = exclusions();
        List<Option> candidates = new ArrayList<>();
        for (Option o : costs.keySet()) {
            if (!exclusions.containsKey(o)) {
                candidates.add(o);
            }
        }
        Option best = Recommendation.cheapest(candidates, o -> costs.get(o).horizonTotal());
        // The winner first, then the others from the cheapest: the margin is against the runner-up.
        candidates.remove(best);
        candidates.sort(Comparator.comparingDouble((Option o) -> costs.get(o).horizonTotal())
                .thenComparingInt(Option::opsRank));
        candidates.add(0, best);

        List<String> reasons = new ArrayList<>(exclusions.values());
        reasons.add(margin(candidates));
        Option gpuOption = headline(best, exclusions.keySet(), costs);
        reasons.add(breakEvenSentence(gpuOption));
        reasons.add(best == Option.HYBRID ? hybridSentence() : fleetSentence(gpuOption));
        return new Recommendation(best, List.copyOf(exclusions.keySet()), exclusions, reasons);
    }

    /**
     * The GPU option whose break-even a reader is shown first: the recommendation when it is a GPU option, else
     * the nearest competitor, the GPU option within the constraints with the lowest horizon total (ties by less
     * ops work). Cloud-managed is never ruled out, so there always is one.
     */
    static Option headline(Option best, java.util.Collection<Option> excluded, Map<Option, OptionCost> costs) {
        if (best == Option.SELF_HOSTED || best == Option.CLOUD_MANAGED || best == Option.ON_PREM) {
            return best;
        }
        return java.util.stream.Stream.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED, Option.ON_PREM)
                .filter(o -> costs.containsKey(o) && !excluded.contains(o))
                .min(Comparator.comparingDouble((Option o) -> costs.get(o).horizonTotal())
                        .thenComparingInt(Option::opsRank))
                .orElse(Option.CLOUD_MANAGED);
    }

    String ruleOfThumbNote(Option rule, Recommendation recommendation) {
        Option best = recommendation.option();
        if (rule == best) {
            return "";
        }
        String prefix = "The rule of thumb (" + RuleOfThumb.basis(scenario.workload()) + ") picks "
                + rule.noun() + ", ";
        String why = exclusionClauses().get(rule);
        if (why != null) {
            return prefix + "but it is ruled out here: " + why + ".";
        }
        int months = scenario.workload().horizonMonths();
        double ruleTotal = costs.get(rule).horizonTotal();
        if (Recommendation.tie(ruleTotal, costs.get(best).horizonTotal())) {
            return prefix + "which costs the same over " + months(months) + "; the tie goes to " + best.noun()
                    + ", the option with less ops work.";
        }
        String saving = Units.dollars(ruleTotal - costs.get(best).horizonTotal());
        if (best == Option.HYBRID) {
            return prefix + "yet hybrid (real-time traffic on the API, batch work on spot GPUs) is " + saving
                    + " cheaper over " + months(months) + "; the heuristic knows no hybrid.";
        }
        if (best == Option.ON_PREM) {
            return prefix + "yet owning the GPUs is " + saving + " cheaper over " + months(months)
                    + "; the heuristic does not weigh buying GPUs against renting them or the API.";
        }
        if (best == Option.API_INFERENCE) {
            return prefix + "yet the API is " + saving + " cheaper over " + months(months) + ": "
                    + whyGpusLose(rule);
        }
        if (rule == Option.API_INFERENCE) {
            BreakEven be = breakEven.get(best);
            String beats = be.sustained().isEmpty() ? "at these volumes it undercuts the API, which"
                    : be.sustained().getAsDouble() == 0 ? "at these prices it is never dearer than the API, which"
                    : "at these prices it beats the API from "
                            + Units.tokensPerMonth(be.sustained().getAsDouble()) + " on, a threshold";
            return prefix + "yet " + best.noun() + " is " + saving + " cheaper over "
                    + months(months) + ": " + beats + " the heuristic does not see.";
        }
        return prefix + "yet " + best.noun() + " is " + saving + " cheaper over " + months(months)
                + " once set-up, ops and the markup are counted.";
    }

    private String whyGpusLose(Option gpuOption) {
        BreakEven be = breakEven.get(gpuOption);
        StairCase stairs = stairs(gpuOption);
        if (be.sustained().isEmpty()) {
            return stairs.floorPricePerMTok() < blended ? noBreakEvenReason(stairs) + "."
                    : "it never breaks even for good: " + noBreakEvenReason(stairs) + ".";
        }
        double sustained = be.sustained().getAsDouble();
        if (horizonVolume < sustained) {
            return "the break-even of " + Units.tokensPerMonth(sustained) + " lies beyond even month "
                    + scenario.workload().horizonMonths() + "'s " + Units.tokensPerMonth(horizonVolume)
                    + ", so the GPUs would sit partly idle.";
        }
        return "set-up and ops costs (" + Units.dollars(stairs.amortisedSetupCost() + stairs.monthlyOpsCost())
                + " a month) and the months below break-even outweigh the later savings.";
    }

    /** Each excluded option as a full sentence. */
    private Map<Option, String> exclusions() {
        Map<Option, String> sentences = new EnumMap<>(Option.class);
        exclusionClauses().forEach((o, why) -> sentences.put(o, o.label() + " is excluded: " + why + "."));
        return sentences;
    }

    /** Why each option is ruled out (COST-MODEL.md, recommendation step 1 and 2), as a clause. */
    private Map<Option, String> exclusionClauses() {
        Workload w = scenario.workload();
        ApiPricing a = scenario.api();
        Map<Option, String> clauses = new EnumMap<>(Option.class);
        List<String> apiOut = new ArrayList<>();
        if (w.dataSensitivity() == DataSensitivity.REGULATED) {
            apiOut.add("the data is regulated and would leave your perimeter");
        }
        if (w.latencySlaMs() < a.typicalTtftMs()) {
            apiOut.add("the latency SLA of " + Units.plain(w.latencySlaMs()) + " ms is below the provider's typical "
                    + Units.plain(a.typicalTtftMs()) + " ms to first token");
        }
        if (!apiOut.isEmpty()) {
            // Both constraints are named: lifting one alone would not bring the API back.
            clauses.put(Option.API_INFERENCE, String.join(", and ", apiOut));
        }
        if (w.opsCapacity() == OpsCapacity.NONE) {
            clauses.put(Option.SELF_HOSTED, "with no ops capacity there is nobody to run the GPUs");
            if (costs.containsKey(Option.ON_PREM)) {
                clauses.put(Option.ON_PREM, "with no ops capacity there is nobody to run a data centre");
            }
        }
        if (costs.containsKey(Option.HYBRID)) {
            if (clauses.containsKey(Option.API_INFERENCE)) {
                clauses.put(Option.HYBRID, "its real-time tier runs on the API, which is ruled out");
            } else if (clauses.containsKey(Option.SELF_HOSTED)) {
                clauses.put(Option.HYBRID, "its batch tier is self-hosted, which is ruled out");
            }
        }
        return clauses;
    }

    private String margin(List<Option> ranked) {
        int months = scenario.workload().horizonMonths();
        Option best = ranked.get(0);
        double total = costs.get(best).horizonTotal();
        String head = best.label() + " costs " + Units.dollars(total) + " over " + months(months);
        if (ranked.size() == 1) {
            return head + ", and it is the only option left within the constraints.";
        }
        Option second = ranked.get(1);
        double other = costs.get(second).horizonTotal();
        if (Recommendation.tie(other, total)) {
            return head + ", the same as " + second.noun()
                    + "; the tie goes to the option with less ops work.";
        }
        return head + ", " + Units.dollars(other - total) + " (" + Units.percent((other - total) / other)
                + ") less than " + second.noun() + ".";
    }

    private String breakEvenSentence(Option gpuOption) {
        BreakEven be = breakEven.get(gpuOption);
        StairCase stairs = stairs(gpuOption);
        String who = capitalised(gpuOption.noun());
        String floor = noBreakEvenReason(stairs);
        if (be.sustained().isEmpty()) {
            boolean beyond = stairs.floorPricePerMTok() < blended;
            if (be.first().isPresent()) {
                return beyond
                        ? who + " is no dearer than the API " + be.cheapSpan() + ", but " + floor + "."
                        : who + " is no dearer than the API only " + be.cheapSpan()
                                + "; it never breaks even for good, because " + floor + ".";
            }
            if (!beyond) {
                return who + " never breaks even with the API at these prices: " + floor + ".";
            }
            double replicasToday = stairs.replicasAt(today);
            return who + " has no break-even with the API to report: " + floor
                    + (replicasToday > StairCase.MAX_BREAK_EVEN_REPLICAS
                    ? "; today's volume already needs " + count(replicasToday, "replica") + "." : ".");
        }
        double sustained = be.sustained().getAsDouble();
        StringBuilder s = new StringBuilder(who);
        if (sustained == 0) {
            s.append(" is never dearer than the API, at any volume.");
        } else {
            s.append(" breaks even with the API at ").append(Units.tokensPerMonth(sustained));
            be.sustainedDailyRequests().ifPresent(r -> s.append(" (≈ ").append(Units.requestsPerDay(r)).append(")"));
            s.append("; ").append(distance("today's", today, sustained));
            if (horizonVolume != today) {
                s.append(", ").append(distance("month " + scenario.workload().horizonMonths() + "'s", horizonVolume,
                        sustained));
            }
            s.append('.');
        }
        if (be.zigZags()) {
            s.append(" From ").append(Units.tokensPerMonth(be.first().getAsDouble()))
                    .append(" up to there it is cheaper only in stretches: each added replica jumps above the API line.");
        }
        return s.toString();
    }

    private String fleetSentence(Option gpuOption) {
        OptionCost c = costs.get(gpuOption);
        String who = gpuOption.noun();
        String sentence = "At today's volume " + who + " runs " + count(c.gpus(), "GPU") + " ("
                + count(c.replicas(), "replica") + " × " + count(scenario.selfHosted().gpusPerReplica(), "GPU")
                + ") at " + Units.percent(c.utilization()) + " utilisation";
        if (c.paidGpus() > c.gpus()) {
            sentence += "; " + count(c.paidGpus(), "committed GPU") + " are paid for all the same";
            return sentence + ".";
        }
        if (c.utilization() < 0.5) {
            return sentence + "; the rest is idle capacity that is paid for all the same.";
        }
        return sentence + ".";
    }

    private String noBreakEvenReason(StairCase stairs) {
        return noBreakEvenReason(stairs.floorPricePerMTok(), blended);
    }

    /** Why an option with this floor never breaks even against this blended price, as a clause. */
    static String noBreakEvenReason(double floor, double blended) {
        if (!Double.isFinite(floor)) {
            return "its floor (GPUs at planned utilisation) is too large to compute, far above the API's blended "
                    + Units.perMTok(blended);
        }
        String f = "its floor of " + Units.perMTok(floor) + " (GPUs at planned utilisation) ";
        if (floor > blended) {
            return f + "is above the API's blended " + Units.perMTok(blended);
        }
        if (floor == blended) {
            return f + "equals the API's blended " + Units.perMTok(blended);
        }
        // COST-MODEL.md, "Break-even too far away": the floor is below the price, yet no cluster that size is planned.
        boolean looksEqual = Units.perMTok(floor).equals(Units.perMTok(blended));
        return "it would break even only beyond a million replicas, though " + f
                + (looksEqual ? "is a hair below" : "is below") + " the API's blended " + Units.perMTok(blended);
    }

    private String hybridSentence() {
        OptionCost c = costs.get(Option.HYBRID);
        double batch = scenario.workload().batchShare();
        return "Hybrid keeps the real-time " + Units.percent(1 - batch) + " of tokens on the API and runs the batch "
                + Units.percent(batch) + " on " + count(c.gpus(), "spot GPU") + " at "
                + Units.percent(c.utilization()) + " utilisation, "
                + Units.plain(scenario.selfHosted().spotDiscountPercent()) + " % below on-demand prices.";
    }

    /** "today's 4.5 B is 1.3× above it": how far a volume is from a break-even above zero. */
    private static String distance(String whose, double volume, double breakEvenVolume) {
        if (volume == 0) {
            return whose + " volume is zero";
        }
        String head = whose + " " + Units.compact(volume) + " is ";
        if (volume == breakEvenVolume) {
            return head + "right at it";
        }
        double ratio = volume > breakEvenVolume ? volume / breakEvenVolume : breakEvenVolume / volume;
        return head + Units.times(ratio) + (volume > breakEvenVolume ? " above it" : " below it");
    }

    private StairCase stairs(Option gpuOption) {
        return switch (gpuOption) {
            case SELF_HOSTED -> selfHosted;
            case CLOUD_MANAGED -> cloud;
            case ON_PREM -> onPrem.orElseThrow();
            default -> throw new IllegalArgumentException(gpuOption.id() + " has no staircase");
        };
    }

    static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private static String count(double n, String noun) {
        String number = n < 1e6 ? Units.plain(n) : Units.compact(n);
        return number + " " + noun + (n == 1 ? "" : "s");
    }

    private static String months(int months) {
        return months + (months == 1 ? " month" : " months");
    }
}
