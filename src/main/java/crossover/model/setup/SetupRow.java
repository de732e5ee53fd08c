package crossover.model.setup;

import crossover.model.Option;
import java.util.OptionalDouble;

/**
 * What one setup costs as one option (self-hosted, cloud-managed or on-prem) of the scenario, and whether it meets
 * the targets.
 *
 * @param setup              GPU, precision, replica size and estimate
 * @param option             the way of running it
 * @param replicas           replicas at today's volume
 * @param gpus               GPUs at today's volume
 * @param horizonReplicas    replicas in the last month of the horizon
 * @param horizonGpus        GPUs in the last month of the horizon
 * @param monthly            $ per month at today's volume, set-up amortised
 * @param horizonTotal       $ over the planning horizon
 * @param sustainedBreakEven the option's sustained break-even against the API, tokens a month, if it has one
 * @param meetsLatencySla    whether the time to first token is within the scenario's latency SLA
 * @param meetsItlTarget     whether the time between tokens is within the inter-token target
 * @param rank               1 for the cheapest row meeting both targets, 2 for the next …; 0 for a row missing one
 * @param pareto             whether the row meets the targets and no other such row is both cheaper over the
 *                           horizon and faster between tokens
 */
public record SetupRow(Setup setup, Option option, double replicas, double gpus, double horizonReplicas,
                       double horizonGpus, double monthly, double horizonTotal, OptionalDouble sustainedBreakEven,
                       boolean meetsLatencySla, boolean meetsItlTarget, int rank, boolean pareto) {

    /** Whether it meets both the latency SLA and the inter-token target. */
    public boolean meetsTargets() {
        return meetsLatencySla && meetsItlTarget;
    }

    public double itlMs() {
        return setup.itlMs();
    }

    public double ttftMs() {
        return setup.ttftMs();
    }

    SetupRow ranked(int newRank, boolean onFront) {
        return new SetupRow(setup, option, replicas, gpus, horizonReplicas, horizonGpus, monthly, horizonTotal,
                sustainedBreakEven, meetsLatencySla, meetsItlTarget, newRank, onFront);
    }
}
