package crossover.model;

/**
 * A cloud endpoint that runs your weights on its GPUs for a markup.
 *
 * @param overheadPercent markup over raw GPU compute, ≥ 0
 * @param setupCost       one-time engineering, $, ≥ 0
 * @param monthlyOpsCost  upkeep, $/month, ≥ 0
 */
public record CloudManaged(double overheadPercent, double setupCost, double monthlyOpsCost) {

    public CloudManaged {
        Input.CLOUD_OVERHEAD_PERCENT.check(overheadPercent);
        Input.CLOUD_SETUP_COST.check(setupCost);
        Input.CLOUD_OPS_COST.check(monthlyOpsCost);
    }
}
