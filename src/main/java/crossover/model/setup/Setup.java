package crossover.model.setup;

import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.OnPrem;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Uncertainty;
import crossover.model.Units;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One way to serve the model: a catalog GPU, a precision and a replica size on an engine, with the roofline estimate
 * they give and the inputs they put into a scenario.
 *
 * @param gpu                 the catalog GPU
 * @param precision           the weights' precision
 * @param gpusPerReplica      GPUs one replica spans (1, 2, 4 or 8)
 * @param estimate            the estimator's answer for this GPU, precision and replica size
 * @param tokensPerHourPerGpu the estimate's point rounded to three significant figures, as the catalog picker
 *                            writes it (an estimate is not more precise than that)
 */
public record Setup(GpuSpec gpu, Precision precision, int gpusPerReplica, ThroughputEstimate estimate,
                    double tokensPerHourPerGpu) {

    /** A setup of an estimate, its throughput rounded as the picker rounds it. */
    static Setup of(GpuSpec gpu, Precision precision, ThroughputEstimate estimate) {
        return new Setup(gpu, precision, estimate.gpusPerReplica(), estimate, estimate.roundedTokensPerHourPerGpu());
    }

    /** Milliseconds between two tokens of one sequence: one decoding step of the batch. */
    public double itlMs() {
        return estimate.point().stepSeconds() * 1000;
    }

    /** Milliseconds to the first token (prefill beside one decoding step; no queueing). */
    public double ttftMs() {
        return estimate.ttftSeconds() * 1000;
    }

    /** Whether owning this GPU can be priced: the catalog gives its purchase price. */
    public boolean hasPurchasePrice() {
        return gpu.purchasePrice() != null;
    }

    /** "2 × NVIDIA H100 SXM at fp8 on vLLM". */
    public String words() {
        return gpusPerReplica + " × " + gpu.name() + " at " + precision.id() + " on " + estimate.request().engine().label();
    }

    /**
     * The inputs this setup sets: the GPU's hourly price, the throughput, GPUs per replica and, when the scenario owns
     * GPUs and the catalog prices this one, its purchase price.
     */
    public Map<Input, Double> values(Scenario scenario) {
        Map<Input, Double> values = new EnumMap<>(Input.class);
        values.put(Input.GPU_HOURLY_PRICE, gpu.hourlyPrice());
        values.put(Input.TOKENS_PER_HOUR_PER_GPU, tokensPerHourPerGpu);
        values.put(Input.GPUS_PER_REPLICA, (double) gpusPerReplica);
        if (ownsPricedGpus(scenario)) {
            values.put(Input.ON_PREM_GPU_PURCHASE_PRICE, gpu.purchasePrice().value());
        }
        return values;
    }

    /** Whether the scenario owns GPUs and the catalog prices this one: then the setup sets its purchase price. */
    private boolean ownsPricedGpus(Scenario scenario) {
        return scenario.onPrem().isPresent() && hasPurchasePrice();
    }

    /**
     * The scenario with this setup's inputs, everything else kept: the same scenario as {@code Input.with(scenario,
     * values(scenario))}, built from the records directly because the search builds a hundred of them per drag.
     */
    public Scenario applyTo(Scenario scenario) {
        SelfHosting s = scenario.selfHosted();
        Scenario rented = scenario.withSelfHosted(new SelfHosting(gpu.hourlyPrice(), tokensPerHourPerGpu,
                gpusPerReplica, s.minReplicas(), s.maxUtilization(), s.setupCost(), s.monthlyOpsCost(),
                s.spotDiscountPercent(), s.committedGpus(), s.commitmentDiscountPercent()));
        if (!ownsPricedGpus(scenario)) {
            return rented;
        }
        OnPrem o = scenario.onPrem().get();
        return rented.withOnPrem(Optional.of(new OnPrem(gpu.purchasePrice().value(), o.depreciationMonths(),
                o.powerKwPerGpu(), o.pue(), o.electricityPricePerKwh(), o.colocationPerGpuMonth(), o.setupCost(),
                o.monthlyOpsCost())));
    }

    /**
     * The uncertainty ranges that go with this setup's inputs: the estimate's range for the throughput (as the
     * catalog picker sets it), and any range the scenario has on another input widened to take in the new value.
     */
    public Map<Input, Uncertainty.Range> ranges(Scenario scenario) {
        Map<Input, Uncertainty.Range> ranges = new EnumMap<>(Input.class);
        Map<Input, Uncertainty.Range> had = scenario.uncertainty().ranges();
        values(scenario).forEach((input, v) -> {
            if (input == Input.TOKENS_PER_HOUR_PER_GPU) {
                double[] range = estimate.roundedRange(v);
                ranges.put(input, new Uncertainty.Range(range[0], range[1]));
            } else if (had.containsKey(input)) {
                ranges.put(input, new Uncertainty.Range(Math.min(v, had.get(input).low()),
                        Math.max(v, had.get(input).high())));
            }
        });
        return ranges;
    }

    /** The scenario after "Use this setup": its values and their ranges set, everything else kept. */
    public Scenario use(Scenario scenario) {
        Map<Input, Uncertainty.Range> ranges = new EnumMap<>(Input.class);
        ranges.putAll(scenario.uncertainty().ranges());
        ranges.putAll(ranges(scenario));
        Uncertainty u = scenario.uncertainty();
        return Input.with(scenario.withUncertainty(Uncertainty.NONE), values(scenario))
                .withUncertainty(new Uncertainty(u.samples(), u.seed(), ranges));
    }

    /** Each input this setup sets, with where its value comes from (for the window's lines under the inputs). */
    public Map<Input, FieldSource> sources(Scenario scenario) {
        Map<Input, FieldSource> sources = new EnumMap<>(Input.class);
        String asOf = gpu.asOf() == null ? "an unknown date" : gpu.asOf();
        sources.put(Input.GPU_HOURLY_PRICE, new FieldSource(gpu.hourlyPrice(), "from catalog, as of " + asOf,
                gpu.name() + ", typical on-demand price. Source: " + gpu.priceSource()
                        + (gpu.note() == null ? "" : ". " + gpu.note())));
        sources.put(Input.TOKENS_PER_HOUR_PER_GPU, new FieldSource(tokensPerHourPerGpu,
                "from estimate (" + estimate.request().engine().label() + "), range "
                        + Units.compact(estimate.lowTokensPerHourPerGpu()) + "–"
                        + Units.compact(estimate.highTokensPerHourPerGpu()) + " (in the ± range)", estimate.basis()));
        sources.put(Input.GPUS_PER_REPLICA, new FieldSource(gpusPerReplica, "from the cheapest-setup search: "
                + words() + " for " + estimate.request().model().name(), estimate.basis()));
        if (ownsPricedGpus(scenario)) {
            sources.put(Input.ON_PREM_GPU_PURCHASE_PRICE, new FieldSource(gpu.purchasePrice().value(),
                    "from catalog: the GPU alone" + (gpu.purchasePrice().asOf() == null ? ""
                            : ", as of " + gpu.purchasePrice().asOf()),
                    gpu.name() + ", purchase price without its share of the server. Source: "
                            + gpu.purchasePrice().source()));
        }
        return sources;
    }
}
