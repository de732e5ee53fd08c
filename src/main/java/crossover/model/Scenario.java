package crossover.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete, valid set of inputs: what to serve and what each way of serving it costs.
 * Construction validates every field (COST-MODEL.md, "Inputs") and that the figures it implies are
 * finite, so an evaluation never meets an overflow.
 *
 * @param onPrem owned GPUs (version 4), present only when the scenario owns hardware
 */
public record Scenario(
        String name,
        String notes,
        Workload workload,
        ApiPricing api,
        SelfHosting selfHosted,
        CloudManaged cloudManaged,
        Optional<OnPrem> onPrem,
        Uncertainty uncertainty) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notes, "notes");
        Check.present("workload", workload);
        Check.present("api", api);
        Check.present("selfHosted", selfHosted);
        Check.present("cloudManaged", cloudManaged);
        Check.present("onPrem", onPrem);
        Check.present("uncertainty", uncertainty);
        checkComputable(workload, api, selfHosted, cloudManaged, onPrem);
        checkRanges(name, notes, workload, api, selfHosted, cloudManaged, onPrem, uncertainty);
    }

    /** A scenario without owned hardware. */
    public Scenario(String name, String notes, Workload workload, ApiPricing api, SelfHosting selfHosted,
                    CloudManaged cloudManaged, Uncertainty uncertainty) {
        this(name, notes, workload, api, selfHosted, cloudManaged, Optional.empty(), uncertainty);
    }

    /** A scenario without owned hardware or uncertainty ranges. */
    public Scenario(String name, String notes, Workload workload, ApiPricing api, SelfHosting selfHosted,
                    CloudManaged cloudManaged) {
        this(name, notes, workload, api, selfHosted, cloudManaged, Uncertainty.NONE);
    }

    public Scenario withUncertainty(Uncertainty u) {
        return new Scenario(name, notes, workload, api, selfHosted, cloudManaged, onPrem, u);
    }

    /** Whether the scenario has a section: every required one, an optional one when it holds it. */
    public boolean has(Section section) {
        return section != Section.ON_PREM || onPrem.isPresent();
    }

    /** Its optional sections and stated dependent defaults. */
    public Shape shape() {
        EnumSet<Section> sections = EnumSet.noneOf(Section.class);
        for (Section s : Section.values()) {
            if (s.optional() && has(s)) {
                sections.add(s);
            }
        }
        EnumSet<Input> stated = EnumSet.noneOf(Input.class);
        if (api.cachedInputPricePerMTok().isPresent()) {
            stated.add(Input.API_CACHED_INPUT_PRICE);
        }
        return new Shape(sections, stated);
    }

    /** Each range holds the scenario's value, and each end is itself a valid value for its input. */
    private static void checkRanges(String name, String notes, Workload w, ApiPricing a, SelfHosting s,
                                    CloudManaged c, Optional<OnPrem> o, Uncertainty u) {
        if (!u.hasRanges()) {
            return;
        }
        Scenario point = new Scenario(name, notes, w, a, s, c, o, Uncertainty.NONE);
        for (var r : u.ranges().entrySet()) {
            Input input = r.getKey();
            String path = "uncertainty.ranges." + input.path();
            if (!point.has(input.section())) {
                throw new InvalidInputException(path, "a range of an input the scenario has", path
                        + " gives a range, but the scenario has no " + input.section().id()
                        + " section; add the section or remove the range.", input, InvalidInputException.Part.RANGE);
            }
            double v = input.of(point);
            if (!(r.getValue().low() <= v && v <= r.getValue().high())) {
                String range = "low ≤ " + Units.plain(v) + " ≤ high";
                throw new InvalidInputException(path, range, path + " must contain the scenario's value "
                        + Units.plain(v) + ", not " + Units.plain(r.getValue().low()) + " … "
                        + Units.plain(r.getValue().high()) + ".", input, InvalidInputException.Part.RANGE);
            }
            for (double end : new double[] {r.getValue().low(), r.getValue().high()}) {
                try {
                    Input.with(point, java.util.Map.of(input, end));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(path, e.validRange(), path + ": " + Units.plain(end)
                            + " is not a valid " + input.path() + " (" + e.validRange() + ").", input,
                            end == r.getValue().low() ? InvalidInputException.Part.RANGE_LOW
                                    : InvalidInputException.Part.RANGE_HIGH);
                }
            }
        }
    }

    /** This scenario with one input's value replaced; validated like any other. */
    public Scenario with(Input input, double value) {
        return Input.with(this, java.util.Map.of(input, value));
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, notes, workload, api, selfHosted, cloudManaged, onPrem, uncertainty);
    }

    public Scenario withWorkload(Workload w) {
        return new Scenario(name, notes, w, api, selfHosted, cloudManaged, onPrem, uncertainty);
    }

    public Scenario withApi(ApiPricing a) {
        return new Scenario(name, notes, workload, a, selfHosted, cloudManaged, onPrem, uncertainty);
    }

    public Scenario withSelfHosted(SelfHosting s) {
        return new Scenario(name, notes, workload, api, s, cloudManaged, onPrem, uncertainty);
    }

    public Scenario withCloudManaged(CloudManaged c) {
        return new Scenario(name, notes, workload, api, selfHosted, c, onPrem, uncertainty);
    }

    /** This scenario owning its GPUs as {@code o} says, or (empty) renting only. */
    public Scenario withOnPrem(Optional<OnPrem> o) {
        return new Scenario(name, notes, workload, api, selfHosted, cloudManaged, o, uncertainty);
    }

    /*
     * Every field can be valid on its own and still multiply past Double.MAX_VALUE (10^300 requests a day,
     * say). Such a scenario is refused here, naming the input that most likely did it.
     */
    private static void checkComputable(Workload w, ApiPricing a, SelfHosting s, CloudManaged c,
                                        Optional<OnPrem> onPrem) {
        double v = w.monthlyTokens();
        requireFinite(Input.DAILY_REQUESTS, v,
                Input.DAILY_REQUESTS.path() + " × " + Input.TOKENS_PER_REQUEST.path()
                        + " × 30 exceeds the largest volume that can be computed");
        double growth = Math.pow(1 + w.monthlyGrowthPercent() / 100, w.horizonMonths() - 1);
        double peakVolume = v * Math.max(1, growth);
        requireFinite(Input.MONTHLY_GROWTH_PERCENT, peakVolume,
                "growth of " + Units.plain(w.monthlyGrowthPercent()) + " % a month over " + w.horizonMonths()
                        + " months makes the volume too large to compute");
        // The API's cost as the engine computes it (blended price, per million tokens), at the peak month's volume.
        requireFinite(Input.API_OUTPUT_PRICE, new ApiLine(a.blendedPricePerMTok(w)).costAt(peakVolume) * w.horizonMonths(),
                "API prices this high make costs too large to compute");
        double perReplica = s.gpuHourlyPrice() * s.gpusPerReplica() * Units.HOURS_PER_MONTH
                * (1 + c.overheadPercent() / 100);
        requireFinite(Input.GPU_HOURLY_PRICE, perReplica,
                "the GPU price makes the cost of one replica too large to compute");
        double capacity = StairCase.replicaCapacity(w, s);
        if (!(capacity > 0) || !Double.isFinite(capacity)) {
            Input t = Input.TOKENS_PER_HOUR_PER_GPU;
            throw new InvalidInputException(t.path(), "a throughput one replica can serve",
                    t.path() + " is too small for one replica to serve any tokens.", t, InvalidInputException.Part.VALUE);
        }
        double replicas = Math.max(s.minReplicas(), Math.ceil(peakVolume / capacity));
        requireFinite(Input.TOKENS_PER_HOUR_PER_GPU, replicas * s.gpusPerReplica(),
                "the cluster this volume needs has too many GPUs to count");
        double fixed = s.monthlyOpsCost() + s.setupCost() + c.monthlyOpsCost() + c.setupCost();
        requireFinite(Input.TOKENS_PER_HOUR_PER_GPU, (replicas * perReplica + fixed) * w.horizonMonths(),
                "the cluster this volume needs costs too much to compute");
        double committed = Units.HOURS_PER_MONTH * s.gpuHourlyPrice() * s.committedGpus();
        requireFinite(Input.COMMITTED_GPUS, (committed + replicas * perReplica + fixed) * w.horizonMonths(),
                "the committed GPUs cost too much to compute");
        if (onPrem.isPresent()) {
            OnPrem o = onPrem.get();
            double gpus = replicas * s.gpusPerReplica();
            requireFinite(Input.ON_PREM_POWER_KW_PER_GPU, o.gpuMonthlyCost(),
                    "the power and electricity price make one owned GPU too costly to compute");
            requireFinite(Input.ON_PREM_GPU_PURCHASE_PRICE, o.gpuPurchasePrice() * gpus,
                    "buying the GPUs this volume needs costs too much to compute");
            double ownedFixed = o.monthlyOpsCost() + o.setupCost();
            requireFinite(Input.ON_PREM_POWER_KW_PER_GPU,
                    (gpus * o.gpuMonthlyCost() + ownedFixed) * w.horizonMonths() + o.gpuPurchasePrice() * gpus,
                    "the owned GPUs this volume needs cost too much to compute");
        }
    }

    private static void requireFinite(Input input, double value, String why) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(input.path(), "a value whose costs stay below 10^308", why + ".", input,
                    InvalidInputException.Part.VALUE);
        }
    }
}
