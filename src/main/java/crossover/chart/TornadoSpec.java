package crossover.chart;

import crossover.model.Scenario;
import crossover.model.Sensitivity;
import crossover.model.Sentences;
import java.util.List;
import java.util.Optional;

/**
 * What the tornado shows: for each input, the difference {@code D = self-hosted − API} over the horizon with the
 * input at 0.8× and 1.2×, around the scenario's own D, largest swing on top.
 *
 * @param base D at the scenario's values
 * @param rows the bars, largest swing first
 * @param months the horizon, for the axis title
 */
public record TornadoSpec(double base, List<Bar> rows, int months) {

    public TornadoSpec {
        rows = List.copyOf(rows);
    }

    /**
     * One bar, or a row without values that shows why instead.
     *
     * @param label  the input as a person reads it
     * @param low    D at 0.8× (NaN without values)
     * @param high   D at 1.2× (NaN without values)
     * @param reason why the row has no bar, one sentence; empty when it has one
     */
    public record Bar(String label, double low, double high, Optional<String> reason) {
    }

    /** The tornado of a scenario: its rows, largest swing first, each labelled as everywhere else. */
    public static TornadoSpec of(Scenario s) {
        return new TornadoSpec(Sensitivity.d(s), Sensitivity.of(s).stream()
                .map(r -> new Bar(Sentences.tornadoLabel(r), r.low(), r.high(), r.reason())).toList(),
                s.workload().horizonMonths());
    }
}
