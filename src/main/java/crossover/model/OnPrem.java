package crossover.model;

/**
 * Owning the GPUs (COST-MODEL.md, version 4): the same GPUs as self-hosting, bought, written off straight-line and
 * powered at full draw. A scenario has it only when it owns hardware.
 *
 * @param gpuPurchasePrice       $ per GPU, with its share of server, network and installation, &gt; 0
 * @param depreciationMonths     straight-line write-off period, 1 … 120
 * @param powerKwPerGpu          draw at full load with its share of the server, kW, ≥ 0
 * @param pue                    facility power ÷ IT power, 1 … 3
 * @param electricityPricePerKwh $ per kWh, ≥ 0
 * @param colocationPerGpuMonth  rack space, cooling and hands, $ per GPU per month, ≥ 0
 * @param setupCost              one-time work to get serving right, $, ≥ 0
 * @param monthlyOpsCost         on-call, upkeep, hands in the data centre, $/month, ≥ 0
 */
public record OnPrem(double gpuPurchasePrice, int depreciationMonths, double powerKwPerGpu, double pue,
                     double electricityPricePerKwh, double colocationPerGpuMonth, double setupCost,
                     double monthlyOpsCost) {

    public OnPrem {
        Input.ON_PREM_GPU_PURCHASE_PRICE.check(gpuPurchasePrice);
        Input.ON_PREM_DEPRECIATION_MONTHS.check(depreciationMonths);
        Input.ON_PREM_POWER_KW_PER_GPU.check(powerKwPerGpu);
        Input.ON_PREM_PUE.check(pue);
        Input.ON_PREM_ELECTRICITY_PRICE.check(electricityPricePerKwh);
        Input.ON_PREM_COLOCATION.check(colocationPerGpuMonth);
        Input.ON_PREM_SETUP_COST.check(setupCost);
        Input.ON_PREM_OPS_COST.check(monthlyOpsCost);
    }

    /** Owned GPUs at this purchase price, every other input at its default. */
    public static OnPrem withPurchasePrice(double gpuPurchasePrice) {
        return new OnPrem(gpuPurchasePrice, (int) Input.ON_PREM_DEPRECIATION_MONTHS.defaultValue(),
                Input.ON_PREM_POWER_KW_PER_GPU.defaultValue(), Input.ON_PREM_PUE.defaultValue(),
                Input.ON_PREM_ELECTRICITY_PRICE.defaultValue(), Input.ON_PREM_COLOCATION.defaultValue(),
                Input.ON_PREM_SETUP_COST.defaultValue(), Input.ON_PREM_OPS_COST.defaultValue());
    }

    /** Power at full draw through the facility: {@code powerKwPerGpu × pue × 720 × electricityPricePerKwh}, $/month. */
    private double powerMonthlyCost() {
        return powerKwPerGpu * pue * Units.HOURS_PER_MONTH * electricityPricePerKwh;
    }

    /** What one owned GPU costs in cash each month it is held: power and colocation. */
    public double gpuRunningMonthlyCost() {
        return powerMonthlyCost() + colocationPerGpuMonth;
    }

    /**
     * {@code M = gpuPurchasePrice / depreciationMonths + powerKwPerGpu × pue × 720 × electricityPricePerKwh
     * + colocationPerGpuMonth}: one owned GPU per month, amortised.
     */
    public double gpuMonthlyCost() {
        return gpuPurchasePrice / depreciationMonths + powerMonthlyCost() + colocationPerGpuMonth;
    }
}
