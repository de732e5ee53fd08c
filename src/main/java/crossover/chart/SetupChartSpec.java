package crossover.chart;

import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.setup.SetupRow;
import crossover.model.setup.SetupSearch;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the cheapest-setup scatter shows: one dot per setup and option at its inter-token latency and horizon total,
 * the Pareto front, the best row, the rows of the setup the scenario has now, and the API's and the scenario's own
 * horizon totals as lines.
 *
 * @param subject      what was searched, "Llama 3.3 70B on vLLM", for the title (an exported chart stands alone)
 * @param points       the dots, best first
 * @param months       the horizon, for the axis title
 * @param itlTargetMs  the inter-token target, drawn as a line
 * @param apiTotal     the API's horizon total
 * @param apiExcluded  whether the scenario's constraints rule the API out
 * @param currentTotal the scenario as it is: its cheapest GPU option's horizon total, if it has one
 * @param currentLabel that option's label, e.g. "self-hosted"
 */
public record SetupChartSpec(String subject, List<Point> points, int months, double itlTargetMs, double apiTotal, boolean apiExcluded,
                             OptionalDouble currentTotal, String currentLabel) {

    public SetupChartSpec {
        points = List.copyOf(points);
    }

    /**
     * One row of the search.
     *
     * @param itlMs        inter-token latency, ms
     * @param horizonTotal $ over the horizon
     * @param option       the way of running it (its colour)
     * @param meetsTargets whether it meets the latency SLA and the inter-token target (a hollow dot if not)
     * @param pareto       on the Pareto front
     * @param best         the cheapest row meeting the targets
     * @param current      the setup the scenario has now
     * @param label        the setup, "1 × NVIDIA H100 SXM fp8", for a tag
     */
    public record Point(double itlMs, double horizonTotal, Option option, boolean meetsTargets, boolean pareto,
                        boolean best, boolean current, String label) {
    }

    /** The scatter of a search's rows. */
    public static SetupChartSpec of(SetupSearch.Result r) {
        Set<SetupRow> current = Set.copyOf(r.currentRows());
        SetupRow best = r.best().orElse(null);
        List<Point> points = r.rows().stream().map(x -> new Point(x.itlMs(), x.horizonTotal(), x.option(),
                x.meetsTargets(), x.pareto(), x == best, current.contains(x), x.setup().gpusPerReplica() + " × "
                + x.setup().gpu().name() + " " + x.setup().precision().id())).toList();
        OptionalDouble mine = r.currentCheapest().map(c -> OptionalDouble.of(c.horizonTotal()))
                .orElse(OptionalDouble.empty());
        String mineLabel = r.currentCheapest().map(OptionCost::option).map(Option::id).orElse("");
        return new SetupChartSpec(r.request().model().name() + " on " + r.request().engine().label(), points,
                r.current().scenario().workload().horizonMonths(), r.request().itlTargetMs(),
                r.current().cost(Option.API_INFERENCE).horizonTotal(), r.current().excluded(Option.API_INFERENCE),
                mine, mineLabel);
    }
}
