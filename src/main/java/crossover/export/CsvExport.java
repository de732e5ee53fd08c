package crossover.export;

import crossover.chart.ChartSpec;
import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.Step;
import crossover.model.TimelineMonth;
import crossover.model.Units;
import crossover.model.setup.SetupRow;
import crossover.model.setup.SetupSearch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * The chart's curves as numbers: monthly volume and each option's monthly cost, at 100 volumes spread evenly
 * (log) over the plotted range plus every stair edge in it (both sides of each jump), the break-evens, and
 * today's and the horizon's volume. Full double precision, option ids as column names.
 */
public final class CsvExport {

    /** Evenly spaced rows across the range, before edges and markers are added. */
    static final int GRID_ROWS = 100;

    private CsvExport() {
    }

    /** The volumes a CSV of this chart lists, ascending. */
    public static List<Double> volumes(Evaluation e, ChartSpec spec) {
        TreeSet<Double> v = new TreeSet<>();
        double lo = Math.log10(spec.minTokens());
        double hi = Math.log10(spec.maxTokens());
        for (int i = 0; i < GRID_ROWS; i++) {
            v.add(i == 0 ? spec.minTokens() : i == GRID_ROWS - 1 ? spec.maxTokens()
                    : Math.pow(10, lo + (hi - lo) * i / (GRID_ROWS - 1)));
        }
        for (ChartSpec.Series s : spec.series()) {
            for (Step step : s.steps()) {
                v.add(step.toTokens());
                v.add(Math.nextUp(step.toTokens()));
            }
        }
        for (Option o : e.breakEvenOptions()) {
            BreakEven b = e.breakEven(o);
            b.first().ifPresent(v::add);
            b.sustained().ifPresent(v::add);
        }
        v.add(e.monthlyTokens());
        v.add(e.horizonMonthlyTokens());
        return List.copyOf(v.subSet(spec.minTokens(), true, spec.maxTokens(), true));
    }

    /**
     * The timeline as numbers: per month its volume, each option's cash that month ({@code cash.ID}) and
     * cumulative cash ({@code cumulative.ID}).
     */
    public static void writeTimeline(OutputStream out, Evaluation e) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("month,monthlyTokens");
        for (Option o : e.options()) {
            w.write(",cash." + o.id());
        }
        for (Option o : e.options()) {
            w.write(",cumulative." + o.id());
        }
        w.write("\n");
        for (TimelineMonth m : e.timeline()) {
            w.write(m.month() + "," + number(m.monthlyTokens()));
            for (Option o : e.options()) {
                w.write("," + number(m.costs().get(o)));
            }
            for (Option o : e.options()) {
                w.write("," + number(m.cumulative().get(o)));
            }
            w.write("\n");
        }
        w.flush();
    }

    /**
     * The tornado as numbers: input path, D at 0.8×, D at 1.2×, swing; largest swing first. A row without values
     * has empty number cells and says why in {@code reason} (quoted), empty for the others.
     */
    public static void writeSensitivity(OutputStream out, List<crossover.model.Sensitivity.Row> rows) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("input,low,high,swing,reason\n");
        for (crossover.model.Sensitivity.Row r : rows) {
            w.write(r.input().path() + "," + (r.hasValues() ? number(r.low()) + "," + number(r.high()) + ","
                    + number(r.swing()) : ",,")
                    + "," + r.reason().map(why -> "\"" + why.replace("\"", "\"\"") + "\"").orElse("") + "\n");
        }
        w.flush();
    }

    /**
     * The cheapest-setup search as numbers: one row per setup and option, best first, with the keys of
     * {@code crossover optimize --json}; a rank and a break-even that do not exist are empty cells.
     */
    public static void writeSetups(OutputStream out, SetupSearch.Result r) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("rank,option,gpu,precision,gpusPerReplica,engine,tokensPerHourPerGpu,batch,itlMs,ttftMs,replicas,gpus,"
                + "horizonReplicas,horizonGpus,monthly,horizonTotal,sustainedBreakEven,meetsTargets,meetsLatencySla,"
                + "meetsItlTarget,pareto\n");
        for (SetupRow x : r.rows()) {
            w.write(String.join(",", x.rank() == 0 ? "" : String.valueOf(x.rank()), x.option().id(),
                    x.setup().gpu().id(), x.setup().precision().id(), String.valueOf(x.setup().gpusPerReplica()),
                    r.request().engine().id(), number(x.setup().tokensPerHourPerGpu()),
                    String.valueOf(x.setup().estimate().batch()), number(x.itlMs()), number(x.ttftMs()),
                    number(x.replicas()), number(x.gpus()), number(x.horizonReplicas()), number(x.horizonGpus()),
                    number(x.monthly()), number(x.horizonTotal()),
                    x.sustainedBreakEven().isPresent() ? number(x.sustainedBreakEven().getAsDouble()) : "",
                    String.valueOf(x.meetsTargets()), String.valueOf(x.meetsLatencySla()),
                    String.valueOf(x.meetsItlTarget()), String.valueOf(x.pareto())));
            w.write("\n");
        }
        w.flush();
    }

    public static void write(OutputStream out, Evaluation e, ChartSpec spec) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("monthlyTokens,dailyRequests");
        for (Option o : e.options()) {
            w.write("," + o.id());
        }
        w.write("\n");
        double perDay = e.scenario().workload().tokensPerRequest() * Units.DAYS_PER_MONTH;
        for (double v : volumes(e, spec)) {
            w.write(number(v));
            w.write(",");
            w.write(number(v / perDay));
            for (Option o : e.options()) {
                w.write(",");
                w.write(number(e.curve(o).costAt(v)));
            }
            w.write("\n");
        }
        w.flush();
    }

    /**
     * Full precision without exponent ({@code 3600000000}, not {@code 3.6E9}): a spreadsheet reads either, a
     * person opening the file reads this one; the digits are Java's shortest that read back bit for bit.
     */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = java.math.BigDecimal.valueOf(v).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
