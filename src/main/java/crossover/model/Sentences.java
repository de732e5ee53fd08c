package crossover.model;

import java.util.Map;
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
        // one above it, cheaper only up to a last stair.
        return line + " (cheaper " + b.cheapSpan() + ").";
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

    /**
     * "Volume 600 M tokens/month · Self-hosted: 4 GPUs at 12 % utilisation · Floor $1.39/MTok vs API $6.60/MTok
     * blended", for the option of the headline break-even.
     */
    public static String status(Evaluation e) {
        Option o = e.headlineOption();
        // A recommended hybrid has GPUs of its own (the batch's, on spot) but no floor: its GPUs are named, the floor
        // is the headline option's, by name.
        boolean hybrid = e.recommendation().option() == Option.HYBRID;
        Option running = hybrid ? Option.HYBRID : o;
        OptionCost c = e.cost(running);
        String gpus = c.gpus() < 1e6 ? Units.grouped(c.gpus()) : Units.compact(c.gpus());
        return "Volume " + Units.tokensPerMonth(e.monthlyTokens()) + "   ·   " + running.label() + ": " + gpus
                + (hybrid ? (c.gpus() == 1 ? " spot GPU for the batch at " : " spot GPUs for the batch at ")
                : (c.gpus() == 1 ? " GPU at " : " GPUs at ")) + Units.percent(c.utilization()) + " utilisation   ·   "
                + (hybrid ? Reasons.capitalised(o.noun()) + "'s floor " : "Floor ") + Units.perMTok(e.floorPerMTok(o))
                + " vs API " + Units.perMTok(e.blendedApiPricePerMTok()) + " blended";
    }

    /**
     * Said at a field whose value is valid but beyond anything people plan with: "Unusually high: more than 1,000
     * $/GPU-hour. Check the unit." Empty when the value is plausible.
     */
    public static String implausible(Input input, double value) {
        if (input.plausibleMax().isEmpty() || value <= input.plausibleMax().getAsDouble()) {
            return "";
        }
        String unit = input.unit().isEmpty() ? "" : " " + input.unit();
        return "Unusually high: more than " + Units.grouped(input.plausibleMax().getAsDouble()) + unit
                + ". Check the unit; the figures use it as typed.";
    }

    /**
     * What the uncertainty run says: how often each option is cheapest, the cheapest one's spread over the horizon
     * and self-hosting's break-even; when the ranges move neither the pick nor its total, it says just that.
     */
    public static String uncertainty(MonteCarlo.Result r) {
        if (r.validDraws() == 0) {
            return "None of the " + count(r.samples()) + " draws can be computed: together, the ranges' values "
                    + "make costs too large for a double, though each end is valid on its own. Narrow the widest "
                    + "ranges.";
        }
        String draws = count(r.validDraws());
        Map.Entry<Option, Double> best = r.cheapestProbability().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        Option o = best.getKey();
        MonteCarlo.Percentiles total = r.horizonTotal().get(o);
        boolean always = best.getValue() >= 1;
        boolean flat = Units.dollars(total.p10()).equals(Units.dollars(total.p90()));
        StringBuilder s = new StringBuilder();
        if (always && flat) {
            s.append(o.label()).append(" is cheapest in all ").append(draws).append(" draws, at ")
                    .append(Units.dollars(total.p50())).append(" over the horizon: the ranges do not change the answer. ");
        } else {
            s.append(o.label()).append(always ? " is cheapest in all " : " is cheapest in "
                    + Units.percent(best.getValue()) + " of ").append(draws).append(" draws");
            r.cheapestProbability().forEach((other, p) -> {
                if (other != o && p > 0) {
                    s.append(", ").append(other.noun()).append(" in ").append(Units.percent(p));
                }
            });
            s.append(". ").append(o.label()).append(" over the horizon: ");
            s.append(flat ? Units.dollars(total.p50()) + " at P10 and P90 alike. "
                    : Units.dollars(total.p10()) + " (P10) to " + Units.dollars(total.p90()) + " (P90). ");
        }
        if (r.sustainedBreakEven().isPresent()) {
            MonteCarlo.Percentiles be = r.sustainedBreakEven().get();
            String low = Units.tokensPerMonth(be.p10());
            String high = Units.tokensPerMonth(be.p90());
            s.append("Self-hosting's break-even: ").append(low.equals(high) ? low + " at P10 and P90 alike"
                    : low + " to " + high + " (P10–P90)");
            if (r.neverBreakEvenProbability() > 0) {
                s.append("; never in ").append(Units.percent(r.neverBreakEvenProbability())).append(" of draws");
            }
            s.append('.');
        } else {
            s.append("Self-hosting never breaks even in any draw.");
        }
        if (r.invalidDraws() > 0) {
            s.append(' ').append(count(r.invalidDraws())).append(" of the ").append(count(r.samples()))
                    .append(r.invalidDraws() == 1 ? " draws was" : " draws were")
                    .append(" left out: their values together make costs too large to compute.");
        }
        return s.toString();
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /**
     * Why a tornado row has no values: "At 1.2× (7.2E307) the costs cannot be computed: CAUSE." The window, the
     * CSV and the JSON show this sentence beside the row's label.
     *
     * @param cause a clause or a sentence (the model's refusal of the variant)
     */
    public static String tornadoWithoutValues(double factor, double value, String cause) {
        String shown = !Double.isFinite(value) ? ""
                : " (" + (Math.abs(value) >= 1e15 ? Units.compact(value) : Units.plain(value)) + ")";
        return "At " + Units.plain(factor) + "×" + shown + " the costs cannot be computed: " + cause
                + (cause.endsWith(".") ? "" : ".");
    }

    /** "Set-up cost (self-hosted)": a tornado row's label, the same in the window, the PDF and the CLI. */
    public static String tornadoLabel(Sensitivity.Row row) {
        return row.input().qualifiedLabel();
    }
    /**
     * The setup search's answer: "Cheapest setup meeting the targets: Llama 3.3 70B at fp8 on 2 × NVIDIA H100 SXM
     * (vLLM), self-hosted, $412,000 over 24 months: $88,000 less than the API ($500,000) and $20,000 less than the
     * scenario as it is ($432,000, self-hosting)."
     *
     * @param apiExclusion why the API is ruled out (a sentence), or empty
     */
    public static String cheapestSetup(Option option, String setup, double total, int months, double apiTotal,
                                       String apiExclusion, Option currentOption, double currentTotal) {
        return "Cheapest setup meeting the targets: " + setup + ", " + option.id() + ", " + Units.dollars(total)
                + " over " + months(months) + ": " + against(total, apiTotal) + " the API (" + Units.dollars(apiTotal)
                + (apiExclusion.isEmpty() ? "" : ", excluded here") + ") and " + against(total, currentTotal)
                + " the scenario as it is (" + Units.dollars(currentTotal) + ", " + currentOption.noun() + ")."
                + (apiExclusion.isEmpty() ? "" : " " + apiExclusion);
    }

    /** "No setup of Llama 3.3 70B on vLLM: REASON" (the reason a full sentence or a clause ending in a period). */
    public static String noSetup(String model, String engine, String reason) {
        return "No setup of " + model + " on " + engine + ": " + reason;
    }

    /**
     * "No setup of Llama 3.3 70B on vLLM meets both the latency SLA of 200 ms and the 20 ms inter-token target: the
     * soonest first token comes after 240 ms, the fastest setup takes 31 ms between tokens."
     */
    public static String noSetupMeetsTargets(String model, String engine, double slaMs, double itlTargetMs,
                                             double soonestTtftMs, double fastestItlMs) {
        return "No setup of " + model + " on " + engine + " meets both the latency SLA of " + Units.plain(slaMs)
                + " ms and the " + Units.plain(itlTargetMs) + " ms inter-token target: the soonest first token comes "
                + "after " + Units.plain(Math.round(soonestTtftMs)) + " ms, the fastest setup takes "
                + Units.plain(Math.round(fastestItlMs * 10) / 10.0) + " ms between tokens. A looser target, a smaller "
                + "model or shorter prompts would help.";
    }

    /** "$88,000 less than", "$5,000 more than", "the same as" (within half a cent). */
    private static String against(double value, double other) {
        if (Recommendation.tie(value, other)) {
            return "the same as";
        }
        return Units.dollars(Math.abs(other - value)) + (value < other ? " less than" : " more than");
    }
}
