package crossover.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Everything a person reads about an evaluation outside the reasons ({@link Reasons}): the break-even, the payback,
 * the rule of thumb and the status line. The window, the PDF and the CLI all call these, so a sentence, its plurals
 * and its number formats exist once.
 */
public final class Sentences {

    private Sentences() {
    }

    /** "1 month", "24 months". */
    public static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }

    /** The chart's marker: "Break-even 3.6 B tokens/month ≈ 80 k requests/day" (a sustained break-even only). */
    public static String breakEvenMarker(BreakEven be) {
        return "Break-even " + be.sustainedLabel();
    }

    /**
     * A GPU option's break-even against the API: "Break-even for self-hosting: 3.6 B tokens/month ≈ 80 k
     * requests/day." or "No break-even for self-hosting: REASON." (the reasons tell of stretches below it).
     */
    public static String breakEven(Evaluation e, Option option) {
        BreakEven b = e.breakEven(option);
        if (b.sustained().isPresent()) {
            return "Break-even for " + option.noun() + ": " + b.sustainedLabel() + ".";
        }
        String line = "No break-even for " + option.noun() + ": " + e.noBreakEvenReason(option);
        if (b.first().isEmpty()) {
            return line + ".";
        }
        // A floor below the API's price means cheaper in stretches (the break-even lies beyond a million replicas);
        // one above it, cheaper only while one stair's fixed cost is spread thin.
        boolean stretches = e.floorPerMTok(option) < e.blendedApiPricePerMTok();
        return line + (stretches ? " (cheaper in stretches from " : " (cheaper only on the first stair, from ")
                + Units.tokensPerMonth(b.first().getAsDouble()) + ").";
    }

    /**
     * "Payback against the API: self-hosting in month 15, cloud-managed not within 24 months. From month 9
     * self-hosting costs least each month."
     */
    public static String payback(Evaluation e) {
        int horizon = e.scenario().workload().horizonMonths();
        StringBuilder s = new StringBuilder("Payback against the API: ");
        String separator = "";
        for (Option option : e.options()) {
            if (option == Option.API_INFERENCE) {
                continue;
            }
            OptionalInt month = e.paybackMonth().getOrDefault(option, OptionalInt.empty());
            s.append(separator).append(option.noun()).append(month.isPresent() ? " in month " + month.getAsInt()
                    : " not within " + months(horizon));
            separator = ", ";
        }
        s.append('.');
        e.switchMonth().ifPresent(m -> s.append(" From month ").append(m).append(' ')
                .append(e.cheapestByMonth().get(m - 1).noun()).append(" costs least each month."));
        return s.toString();
    }

    /** "Owned GPUs bought: 2 in month 1 ($60,000), 1 in month 14 ($30,000)."; empty without owned GPUs. */
    public static String purchases(Evaluation e) {
        double[] bought = e.gpusBought();
        List<String> months = new ArrayList<>();
        double price = e.scenario().onPrem().map(OnPrem::gpuPurchasePrice).orElse(0.0);
        for (int i = 0; i < bought.length; i++) {
            if (bought[i] > 0) {
                months.add(Units.plain(bought[i]) + " in month " + (i + 1) + " (" + Units.dollars(bought[i] * price)
                        + ")");
            }
        }
        return months.isEmpty() ? "" : "Owned GPUs bought: " + String.join(", ", months) + ".";
    }

    /**
     * "Self-hosting commits 4 GPUs at 40 % off: $4,320 a month whatever the volume."; empty without a commitment.
     */
    public static String commitment(Evaluation e) {
        SelfHosting h = e.scenario().selfHosted();
        if (h.committedGpus() == 0) {
            return "";
        }
        return "Self-hosting commits " + h.committedGpus() + (h.committedGpus() == 1 ? " GPU" : " GPUs") + " at "
                + Units.plain(h.commitmentDiscountPercent()) + " % off: "
                + Units.dollars(e.selfHostedStairs().committedMonthlyCost()) + " a month whatever the volume.";
    }

    /** "Rule of thumb: API inference (agrees)". */
    public static String ruleOfThumb(Evaluation e) {
        return "Rule of thumb: " + e.ruleOfThumb().label() + (e.ruleOfThumbAgrees() ? " (agrees)" : " (disagrees)");
    }

    /** Why the rule of thumb and the costs agree or not, in one sentence. */
    public static String ruleOfThumbNote(Evaluation e) {
        return e.ruleOfThumbAgrees()
                ? "The heuristic (" + RuleOfThumb.basis(e.scenario().workload()) + ") and the costs agree."
                : e.ruleOfThumbNote();
    }

    /** "Volume 600 M tokens/month · Self-hosted: 4 GPUs at 12 % utilisation · Floor $1.39/MTok vs API $6.60/MTok blended". */
    public static String status(Evaluation e) {
        OptionCost sc = e.cost(Option.SELF_HOSTED);
        return "Volume " + Units.tokensPerMonth(e.monthlyTokens()) + "   ·   Self-hosted: " + Units.plain(sc.gpus())
                + (sc.gpus() == 1 ? " GPU at " : " GPUs at ") + Units.percent(sc.utilization()) + " utilisation   ·   "
                + "Floor " + Units.perMTok(e.selfHostedFloorPerMTok()) + " vs API "
                + Units.perMTok(e.blendedApiPricePerMTok()) + " blended";
    }

    /** "Set-up cost (self-hosted)": a tornado row's label, the same in the window, the PDF and the CLI. */
    public static String tornadoLabel(Sensitivity.Row row) {
        return row.input().qualifiedLabel();
    }
}
