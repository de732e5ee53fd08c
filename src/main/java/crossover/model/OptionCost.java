package crossover.model;

/**
 * What one option costs at today's volume and over the horizon.
 *
 * @param option       which option
 * @param monthly      $ per month at today's volume (set-up amortised over the horizon)
 * @param horizonTotal $ summed over the planning horizon's months, with growth
 * @param replicas     replicas running at today's volume (0 for the API)
 * @param gpus         GPUs running at today's volume (0 for the API)
 * @param utilization  average utilisation of those GPUs at today's volume (0 for the API)
 * @param paidGpus     GPUs paid for at today's volume: those running, or every committed GPU if more (version 4)
 */
public record OptionCost(Option option, double monthly, double horizonTotal, double replicas, double gpus,
                         double utilization, double paidGpus) {

    /** Whether the option runs GPUs of its own (every option but the API). */
    public boolean usesGpus() {
        return option != Option.API_INFERENCE;
    }
}
