package crossover.cli;

import crossover.io.Printable;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.SelfHosting;
import crossover.model.Sentences;
import crossover.model.Units;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** The readable summary of {@code evaluate}: a small table, the break-even, the recommendation, the rule of thumb. */
final class EvaluationText {

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private EvaluationText() {
    }

    static String summary(Evaluation e, List<String> defaultsUsed) {
        int months = e.scenario().workload().horizonMonths();
        StringBuilder s = new StringBuilder();
        s.append(Printable.escape(e.scenario().name())).append('\n');
        s.append("Volume: ").append(Units.tokensPerMonth(e.monthlyTokens())).append(" today, ")
                .append(Units.compact(e.horizonMonthlyTokens())).append(" in month ").append(months)
                .append(" (").append(Units.plain(e.scenario().workload().monthlyGrowthPercent()))
                .append(" % growth a month)\n");
        s.append("Prices: API blended ").append(Units.perMTok(e.blendedApiPricePerMTok()));
        if (e.realtimeApiPricePerMTok() != e.blendedApiPricePerMTok()) {
            s.append(" (real-time ").append(Units.perMTok(e.realtimeApiPricePerMTok())).append(", batch share at the ")
                    .append(Units.plain(e.scenario().api().batchDiscountPercent())).append(" % batch tier)");
        }
        s.append(", self-hosted floor ").append(Units.perMTok(e.selfHostedFloorPerMTok()))
                .append(", cloud-managed floor ").append(Units.perMTok(e.cloudManagedFloorPerMTok()));
        e.onPremFloorPerMTok().ifPresent(f -> s.append(", on-prem floor ").append(Units.perMTok(f)));
        s.append("\n\n");

        String total = months + "-month total";
        s.append(String.format(Locale.ROOT, "%-15s %14s %16s %8s %12s%n", "Option", "Monthly", total, "GPUs",
                "Utilisation"));
        for (Option o : e.options()) {
            OptionCost c = e.cost(o);
            String mark = o == e.recommendation().option() ? "*"
                    : e.recommendation().excluded().contains(o) ? "x" : " ";
            s.append(String.format(Locale.ROOT, "%-15s %14s %16s %8s %12s%n", mark + o.label(), money(c.monthly()),
                    money(c.horizonTotal()), c.usesGpus() ? whole(c.gpus()) : "-",
                    c.usesGpus() ? Units.percent(c.utilization()) : "-"));
        }
        s.append("(* recommended, x excluded)\n");
        commitment(e, s);
        s.append('\n');

        for (Option o : e.breakEvenOptions()) {
            s.append(Sentences.breakEven(e, o)).append('\n');
        }
        s.append(Sentences.payback(e)).append('\n');
        s.append('\n').append("Recommendation: ").append(e.recommendation().option().label()).append('\n');
        for (String reason : e.recommendation().reasons()) {
            s.append("  - ").append(reason).append('\n');
        }
        s.append('\n').append(Sentences.ruleOfThumb(e)).append('\n');
        s.append("  ").append(Sentences.ruleOfThumbNote(e)).append('\n');
        if (!defaultsUsed.isEmpty()) {
            s.append('\n').append("Defaults used for fields the file lacks: ").append(String.join("; ", defaultsUsed))
                    .append('\n');
        }
        return s.toString();
    }

    /** "Self-hosted: 4 committed GPUs at 40 % off, $4,320 a month whatever the volume; 4 paid for today, 2 running." */
    private static void commitment(Evaluation e, StringBuilder s) {
        SelfHosting h = e.scenario().selfHosted();
        if (h.committedGpus() == 0) {
            return;
        }
        OptionCost c = e.cost(Option.SELF_HOSTED);
        s.append("Self-hosted: ").append(whole(h.committedGpus())).append(" committed GPU")
                .append(h.committedGpus() == 1 ? "" : "s").append(" at ")
                .append(Units.plain(h.commitmentDiscountPercent())).append(" % off, ")
                .append(Units.dollars(e.selfHostedStairs().committedMonthlyCost())).append(" a month whatever the volume; ")
                .append(whole(c.paidGpus())).append(" paid for today, ").append(whole(c.gpus()))
                .append(" running\n");
    }

    private static String money(double dollars) {
        return Math.abs(dollars) >= 1e12 ? "$" + Units.compact(dollars)
                : "$" + new DecimalFormat("#,##0", ROOT).format(dollars);
    }

    private static String whole(double n) {
        return n < 1e9 ? new DecimalFormat("#,##0", ROOT).format(n) : Units.compact(n);
    }
}
