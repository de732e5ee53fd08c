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
        Check.finiteAtLeast("cloudManaged.overheadPercent", overheadPercent, 0);
        Check.finiteAtLeast("cloudManaged.setupCost", setupCost, 0);
        Check.finiteAtLeast("cloudManaged.monthlyOpsCost", monthlyOpsCost, 0);
    }
}
