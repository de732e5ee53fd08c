package crossover.model.catalog;

import crossover.model.Check;
import java.util.Objects;

/**
 * One GPU: what the roofline needs (memory, bandwidth, dense tensor throughput), a typical on-demand price, and
 * what owning or committing to it costs (version 4 of the cost model), each of those with its own source or null
 * where none was found.
 *
 * @param memoryGb                 memory in GB (10^9 bytes), as marketed
 * @param memoryBandwidthGBs       memory bandwidth in GB/s
 * @param bf16Tflops               dense BF16/FP16 tensor TFLOPS (not the "with sparsity" figure)
 * @param fp8Tflops                dense FP8 tensor TFLOPS, or null where the GPU has no FP8 tensor cores
 * @param fp4Tflops                dense FP4 tensor TFLOPS (NVFP4/MXFP4), or null where the GPU has no FP4 tensor cores
 * @param hourlyPrice              typical on-demand $ per GPU-hour
 * @param boardPowerW              the board's maximum power (TDP), W, or null
 * @param purchasePrice            typical price of one GPU bought, $, without its server, or null
 * @param committedDiscountPercent typical discount of a one-year commitment against on demand, %, or null
 */
public record GpuSpec(String id, String name, String vendor, double memoryGb, double memoryBandwidthGBs,
        double bf16Tflops, Double fp8Tflops, Double fp4Tflops, String specSource, double hourlyPrice,
        String priceSource, String asOf, String note, Sourced boardPowerW, Sourced purchasePrice,
        Sourced committedDiscountPercent) {

    public GpuSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(specSource, "specSource");
        Objects.requireNonNull(priceSource, "priceSource");
        Check.finiteAbove(id + ".memoryGb", memoryGb, 0);
        Check.finiteAbove(id + ".memoryBandwidthGBs", memoryBandwidthGBs, 0);
        Check.finiteAbove(id + ".bf16Tflops", bf16Tflops, 0);
        if (fp8Tflops != null) {
            Check.finiteAbove(id + ".fp8Tflops", fp8Tflops, 0);
        }
        if (fp4Tflops != null) {
            Check.finiteAbove(id + ".fp4Tflops", fp4Tflops, 0);
        }
        Check.finiteAbove(id + ".hourlyPrice", hourlyPrice, 0);
        if (boardPowerW != null) {
            Check.finiteAbove(id + ".boardPowerW", boardPowerW.value(), 0);
        }
        if (purchasePrice != null) {
            Check.finiteAbove(id + ".purchasePrice", purchasePrice.value(), 0);
        }
        if (committedDiscountPercent != null && !(committedDiscountPercent.value() >= 0
                && committedDiscountPercent.value() <= 90)) {
            throw Check.invalid(id + ".committedDiscountPercent", "a number from 0 to 90",
                    committedDiscountPercent.value());
        }
    }

    /** A GPU without figures for owning it or committing to it. */
    public GpuSpec(String id, String name, String vendor, double memoryGb, double memoryBandwidthGBs,
                   double bf16Tflops, Double fp8Tflops, Double fp4Tflops, String specSource, double hourlyPrice,
                   String priceSource, String asOf, String note) {
        this(id, name, vendor, memoryGb, memoryBandwidthGBs, bf16Tflops, fp8Tflops, fp4Tflops, specSource, hourlyPrice,
                priceSource, asOf, note, null, null, null);
    }

    /**
     * Dense tensor TFLOPS at a precision: FP4 cores for fp4, FP8 cores for fp8 where present, otherwise BF16 (int4
     * dequantises).
     */
    public double tflops(Precision precision) {
        if (precision == Precision.FP4 && fp4Tflops != null) {
            return fp4Tflops;
        }
        return (precision == Precision.FP8 || precision == Precision.FP4) && fp8Tflops != null ? fp8Tflops
                : bf16Tflops;
    }

    /** Whether the GPU has FP4 tensor cores (and so runs fp4 weights). */
    public boolean hasFp4() {
        return fp4Tflops != null;
    }
}
