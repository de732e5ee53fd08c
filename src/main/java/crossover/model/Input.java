package crossover.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Every numeric input of a scenario, declared once (COST-MODEL.md, "Inputs" and later versions): its path in files,
 * label and unit, valid values, default with the source of that default, the version that introduced it, how to
 * read it from a {@link Scenario}, whether the tornado varies it, and the span people usually give it. Files, the
 * window, the tornado, the Monte Carlo, the PDF and the CLI all derive from this list.
 */
public enum Input implements Field {

    DAILY_REQUESTS(Section.WORKLOAD, "dailyRequests", "Requests per day", "req/day", Bounds.atLeast(0), 20_000,
            "How many requests the model serves per day today. Default 20,000: a mid-size internal assistant (a few "
                    + "thousand staff, a handful of requests each).",
            s -> s.workload().dailyRequests(), Tornado.YES, new Span(100, 100e6, true, 1)),
    TOKENS_PER_REQUEST(Section.WORKLOAD, "tokensPerRequest", "Tokens per request", "tokens", Bounds.above(0), 1_500,
            "Input plus output tokens of one request. Default 1,500: a chat turn with some context (about 1,000 in, "
                    + "500 out).",
            s -> s.workload().tokensPerRequest(), Tornado.YES, new Span(50, 100e3, true, 1)),
    OUTPUT_SHARE(Section.WORKLOAD, "outputShare", "Output share", "", Bounds.between(0, 1), 0.3,
            "Fraction of the tokens that are output (0 to 1). Output tokens cost more on every API. Default 0.3, "
                    + "typical for chat with context.",
            s -> s.workload().outputShare(), Tornado.YES, new Span(0, 1, false, 0.01)),
    LATENCY_SLA_MS(Section.WORKLOAD, "latencySlaMs", "Latency SLA", "ms", Bounds.above(0), 1_000,
            "Maximum acceptable time to first token. If the API's typical time to first token is above it, the API "
                    + "is excluded. Default 1,000 ms: interactive chat.",
            s -> s.workload().latencySlaMs(), Tornado.NO, null),
    PEAK_TO_AVERAGE(Section.WORKLOAD, "peakToAverage", "Peak ÷ average load", "×", Bounds.atLeast(1), 2,
            "How much higher the busiest hour is than the average; the cluster must absorb the peak. Default 2: "
                    + "office-hours traffic.",
            s -> s.workload().peakToAverage(), Tornado.YES, new Span(1, 5, false, 0.1)),
    MONTHLY_GROWTH_PERCENT(Section.WORKLOAD, "monthlyGrowthPercent", "Growth per month", "%", Bounds.above(-100), 5,
            "How fast volume grows each month (negative shrinks). Default 5 %: a product still being adopted. Growth "
                    + "decides where you will be at the end of the horizon.",
            s -> s.workload().monthlyGrowthPercent(), Tornado.YES, new Span(-20, 50, false, 0.5)),
    HORIZON_MONTHS(Section.WORKLOAD, "horizonMonths", "Planning horizon", "months",
            Bounds.wholeBetween(1, Workload.MAX_HORIZON_MONTHS), 24,
            "Months to plan over, 1 to 120. Set-up costs are spread over it. Default 24: a typical budgeting and "
                    + "hardware-commitment cycle.",
            s -> s.workload().horizonMonths(), Tornado.NO, new Span(1, 120, false, 1)),
    BATCH_SHARE(Section.WORKLOAD, "batchShare", "Batch share", "", Bounds.between(0, 1), 0,
            "Fraction of the tokens that are latency-insensitive batch work (0 to 1). Above 0, a hybrid option "
                    + "appears: real-time traffic on the API, batch on self-hosted spot GPUs. Default 0 (files of "
                    + "version 1 have none).",
            s -> s.workload().batchShare(), Tornado.NO, new Span(0, 1, false, 0.01), 2),
    CACHED_INPUT_SHARE(Section.WORKLOAD, "cachedInputShare", "Cached input share", "", Bounds.between(0, 1), 0,
            "Share of the input tokens the provider serves from its prompt cache and bills at the cached-input price "
                    + "(0 to 1): a long system prompt or shared document repeated on every request. Default 0, no "
                    + "caching (files before version 4 have none); an assistant with a long fixed prompt often "
                    + "reaches 0.5–0.9.",
            s -> s.workload().cachedInputShare(), Tornado.YES, new Span(0, 1, false, 0.01), 4),

    API_INPUT_PRICE(Section.API, "inputPricePerMTok", "Input price", "$/MTok", Bounds.atLeast(0), 3,
            "The provider's list price per million input tokens. Default $3: frontier mid-tier models (list prices "
                    + "of 2025).",
            s -> s.api().inputPricePerMTok(), Tornado.YES, new Span(0.01, 100, true, 0.01)),
    API_OUTPUT_PRICE(Section.API, "outputPricePerMTok", "Output price", "$/MTok", Bounds.atLeast(0), 15,
            "The provider's list price per million output tokens. Default $15: frontier mid-tier models (list prices "
                    + "of 2025).",
            s -> s.api().outputPricePerMTok(), Tornado.YES, new Span(0.01, 200, true, 0.01)),
    API_TTFT_MS(Section.API, "typicalTtftMs", "Time to first token", "ms", Bounds.above(0), 400,
            "The provider's usual latency before the first token: 100–500 ms for frontier models (the cost model's "
                    + "source). Default 400 ms.",
            s -> s.api().typicalTtftMs(), Tornado.NO, null),
    API_CACHED_INPUT_PRICE(Section.API, "cachedInputPricePerMTok", "Cached input price", "$/MTok", Bounds.atLeast(0),
            3,
            "The provider's price per million cached input tokens (prompt caching). Default: the input price, so "
                    + "caching saves nothing until you enter the provider's price; providers list a tenth to a half "
                    + "of the input price (price pages of 2025).",
            s -> s.api().cachedPricePerMTok(), Tornado.YES, new Span(0.01, 100, true, 0.01), 4),
    API_BATCH_DISCOUNT_PERCENT(Section.API, "batchDiscountPercent", "Batch discount", "%", Bounds.between(0, 95), 0,
            "Discount of the provider's batch tier, 0 to 95; the API option sends the batch share there. Default 0; "
                    + "OpenAI, Anthropic and Google publish 50 % for their batch APIs (2025).",
            s -> s.api().batchDiscountPercent(), Tornado.NO, new Span(0, 95, false, 1), 4),

    GPU_HOURLY_PRICE(Section.SELF_HOSTED, "gpuHourlyPrice", "GPU price", "$/GPU-hour", Bounds.atLeast(0), 2.5,
            "What one GPU costs per hour, busy or idle. Default $2.50: an H100 on demand at specialised GPU clouds in "
                    + "2025 (hyperscalers charge more).",
            s -> s.selfHosted().gpuHourlyPrice(), Tornado.YES, new Span(0.1, 20, true, 0.01)),
    TOKENS_PER_HOUR_PER_GPU(Section.SELF_HOSTED, "tokensPerHourPerGpu", "Throughput per GPU", "tokens/hour",
            Bounds.above(0), 3_600_000,
            "Sustained tokens per hour one GPU serves with batching. Default 3.6 M (1,000 tokens/s): a 70B-class "
                    + "model on an H100; published figures vary 2× and more.",
            s -> s.selfHosted().tokensPerHourPerGpu(), Tornado.YES, new Span(100e3, 100e6, true, 1)),
    GPUS_PER_REPLICA(Section.SELF_HOSTED, "gpusPerReplica", "GPUs per replica", "GPUs", Bounds.wholeAtLeast(1), 2,
            "GPUs one copy of the model needs to fit in memory. Default 2: a 70B model in 16-bit weights needs about "
                    + "140 GB.",
            s -> s.selfHosted().gpusPerReplica(), Tornado.NO, null),
    MIN_REPLICAS(Section.SELF_HOSTED, "minReplicas", "Minimum replicas", "", Bounds.wholeAtLeast(1), 2,
            "Replicas always on, for redundancy, even at zero traffic. Default 2: survive one failure.",
            s -> s.selfHosted().minReplicas(), Tornado.NO, null),
    MAX_UTILIZATION(Section.SELF_HOSTED, "maxUtilization", "Planned utilisation", "", Bounds.aboveUpTo(0, 1), 0.6,
            "The highest average utilisation you plan for (above 0, at most 1); headroom keeps latency down. "
                    + "Default 0.6.",
            s -> s.selfHosted().maxUtilization(), Tornado.YES, new Span(0.05, 1, false, 0.01)),
    SELF_HOSTED_SETUP_COST(Section.SELF_HOSTED, "setupCost", "Set-up cost", "$", Bounds.atLeast(0), 30_000,
            "One-time engineering to get serving right. Default $30,000: the cost model's 1–2 engineer-months.",
            s -> s.selfHosted().setupCost(), Tornado.YES, null),
    SELF_HOSTED_OPS_COST(Section.SELF_HOSTED, "monthlyOpsCost", "Ops cost", "$/month", Bounds.atLeast(0), 4_000,
            "On-call, driver and CUDA upkeep, model updates, monitoring. Default $4,000: a fraction of an engineer.",
            s -> s.selfHosted().monthlyOpsCost(), Tornado.YES, null),
    SPOT_DISCOUNT_PERCENT(Section.SELF_HOSTED, "spotDiscountPercent", "Spot discount (batch)", "%",
            Bounds.between(0, 90), 0,
            "How much cheaper spot or preemptible GPUs are than on demand; the hybrid option runs its batch work on "
                    + "them. 0 to 90. Default 0; spot GPUs are often 60–70 % cheaper.",
            s -> s.selfHosted().spotDiscountPercent(), Tornado.NO, new Span(0, 90, false, 1), 2),
    COMMITTED_GPUS(Section.SELF_HOSTED, "committedGpus", "Committed GPUs", "GPUs",
            Bounds.wholeBetween(0, SelfHosting.MAX_COMMITTED_GPUS), 0,
            "GPUs reserved for the whole horizon at the commitment discount, paid whether used or not; GPUs needed "
                    + "beyond them are rented on demand. 0 to 100,000. Default 0: everything on demand.",
            s -> s.selfHosted().committedGpus(), Tornado.NO, new Span(0, 100, false, 1), 4),
    COMMITMENT_DISCOUNT_PERCENT(Section.SELF_HOSTED, "commitmentDiscountPercent", "Commitment discount", "%",
            Bounds.between(0, 90), 0,
            "Discount of committed GPUs against the on-demand GPU price, 0 to 90. Default 0; GPU clouds typically "
                    + "give 30–60 % for a one- to three-year commitment (price pages of 2025).",
            s -> s.selfHosted().commitmentDiscountPercent(), Tornado.NO, new Span(0, 90, false, 1), 4),

    CLOUD_OVERHEAD_PERCENT(Section.CLOUD_MANAGED, "overheadPercent", "Markup over compute", "%", Bounds.atLeast(0), 30,
            "What the managed endpoint charges above raw GPU compute. Default 30 %: the cost model's typical 20–40 %.",
            s -> s.cloudManaged().overheadPercent(), Tornado.NO, new Span(0, 100, false, 1)),
    CLOUD_SETUP_COST(Section.CLOUD_MANAGED, "setupCost", "Set-up cost", "$", Bounds.atLeast(0), 8_000,
            "One-time work to package weights and container. Default $8,000.",
            s -> s.cloudManaged().setupCost(), Tornado.NO, null),
    CLOUD_OPS_COST(Section.CLOUD_MANAGED, "monthlyOpsCost", "Ops cost", "$/month", Bounds.atLeast(0), 1_500,
            "Moderate upkeep of the endpoint. Default $1,500.",
            s -> s.cloudManaged().monthlyOpsCost(), Tornado.NO, null),

    ON_PREM_GPU_PURCHASE_PRICE(Section.ON_PREM, "gpuPurchasePrice", "GPU purchase price", "$/GPU", Bounds.above(0),
            35_000,
            "What one GPU costs to buy, with its share of the server, network and installation. A file with owned "
                    + "hardware must state it. Default in the window $35,000: an H100 with its share of an 8-GPU "
                    + "server (such servers sold for roughly $250–300 k in 2024).",
            s -> s.onPrem().orElseThrow().gpuPurchasePrice(), Tornado.NO, new Span(1_000, 500_000, true, 1), 4),
    ON_PREM_DEPRECIATION_MONTHS(Section.ON_PREM, "depreciationMonths", "Depreciation", "months",
            Bounds.wholeBetween(1, 120), 36,
            "Months over which a GPU is written off, straight-line, 1 to 120. Default 36: three years, a common "
                    + "write-off for servers and about one GPU generation.",
            s -> s.onPrem().orElseThrow().depreciationMonths(), Tornado.NO, new Span(12, 72, false, 1), 4),
    ON_PREM_POWER_KW_PER_GPU(Section.ON_PREM, "powerKwPerGpu", "Power per GPU", "kW", Bounds.atLeast(0), 1.0,
            "Draw at full load of one GPU with its share of the server, kW; GPUs held for serving stay powered. "
                    + "Default 1.0 kW: an H100 SXM (700 W) with its share of CPUs, memory and fans.",
            s -> s.onPrem().orElseThrow().powerKwPerGpu(), Tornado.NO, new Span(0.1, 3, false, 0.05), 4),
    ON_PREM_PUE(Section.ON_PREM, "pue", "PUE", "×", Bounds.between(1, 3), 1.3,
            "Power usage effectiveness: facility power ÷ IT power (cooling, conversion), 1 to 3. Default 1.3: a "
                    + "modern data centre (surveys report about 1.5 on average).",
            s -> s.onPrem().orElseThrow().pue(), Tornado.NO, new Span(1, 3, false, 0.05), 4),
    ON_PREM_ELECTRICITY_PRICE(Section.ON_PREM, "electricityPricePerKwh", "Electricity price", "$/kWh",
            Bounds.atLeast(0), 0.10,
            "What the data centre pays per kWh. Default $0.10: about the US commercial and industrial average "
                    + "(EIA, 2024).",
            s -> s.onPrem().orElseThrow().electricityPricePerKwh(), Tornado.NO, new Span(0.02, 0.5, false, 0.01), 4),
    ON_PREM_COLOCATION(Section.ON_PREM, "colocationPerGpuMonth", "Colocation", "$/GPU-month", Bounds.atLeast(0), 0,
            "Rack space, cooling and remote hands per GPU and month, if a colocation provider hosts the servers. "
                    + "Default 0: your own data centre, its upkeep in the ops cost.",
            s -> s.onPrem().orElseThrow().colocationPerGpuMonth(), Tornado.NO, new Span(0, 1_000, false, 10), 4),
    ON_PREM_SETUP_COST(Section.ON_PREM, "setupCost", "Set-up cost", "$", Bounds.atLeast(0), 0,
            "One-time work to rack, cable and get serving right on your own GPUs. Default: self-hosting's set-up "
                    + "cost when owned hardware is added in the window (0 in a file without it). Enter your estimate.",
            s -> s.onPrem().orElseThrow().setupCost(), Tornado.NO, null, 4),
    ON_PREM_OPS_COST(Section.ON_PREM, "monthlyOpsCost", "Ops cost", "$/month", Bounds.atLeast(0), 0,
            "On-call, hardware failures, driver and model upkeep on your own GPUs. Default: self-hosting's ops "
                    + "cost when owned hardware is added in the window (0 in a file without it). Enter your estimate.",
            s -> s.onPrem().orElseThrow().monthlyOpsCost(), Tornado.NO, null, 4);

    /** Whether the tornado (COST-MODEL.md, "Sensitivity") varies an input, and how it keeps the variant valid. */
    enum Tornado {
        NO, YES
    }

    /**
     * The span a slider covers: what people usually enter, not what is valid.
     *
     * @param min  left end
     * @param max  right end
     * @param log  logarithmic (volumes and throughputs span decades)
     * @param step rounding of dragged values on a linear slider; on a log slider values keep 3 significant digits
     */
    public record Span(double min, double max, boolean log, double step) {

        /** Slider position of a value. */
        public double toPosition(double value) {
            double v = Math.max(min, Math.min(max, value));
            return log ? Math.log10(v) : v;
        }

        /** Value at a slider position, rounded to what a person would type. */
        public double fromPosition(double position) {
            if (log) {
                double v = Math.pow(10, position);
                double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 2);
                return Math.max(min, Math.min(max, Math.round(v / magnitude) * magnitude));
            }
            double v = Math.round(position / step) * step + 0.0; // + 0.0 turns -0.0 into 0
            return Math.max(min, Math.min(max, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v))));
        }

        public double positionMin() {
            return log ? Math.log10(min) : min;
        }

        public double positionMax() {
            return log ? Math.log10(max) : max;
        }
    }

    private final Section section;
    private final String key;
    private final String label;
    private final String unit;
    private final Bounds bounds;
    private final double defaultValue;
    private final String help;
    private final ToDoubleFunction<Scenario> read;
    private final boolean inTornado;
    private final Span span;
    private final int since;

    Input(Section section, String key, String label, String unit, Bounds bounds, double defaultValue, String help,
          ToDoubleFunction<Scenario> read, Tornado tornado, Span span) {
        this(section, key, label, unit, bounds, defaultValue, help, read, tornado, span, 1);
    }

    Input(Section section, String key, String label, String unit, Bounds bounds, double defaultValue, String help,
          ToDoubleFunction<Scenario> read, Tornado tornado, Span span, int since) {
        this.section = section;
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.bounds = bounds;
        this.defaultValue = defaultValue;
        this.help = help;
        this.read = read;
        this.inTornado = tornado == Tornado.YES;
        this.span = span;
        this.since = since;
    }

    @Override
    public Section section() {
        return section;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The label where the section is not in sight (tornado rows, the status line, the CLI): "Set-up cost
     * (self-hosted)" for labels that two sections share, the plain label otherwise.
     */
    public String qualifiedLabel() {
        boolean shared = Arrays.stream(values()).anyMatch(i -> i != this && i.label.equals(label));
        return shared ? label + " (" + section.title().toLowerCase(java.util.Locale.ROOT) + ")" : label;
    }

    /**
     * How a file's or a flag's message names this input: its key and, for whoever knows it from the window, its
     * label: {@code workload.outputShare (Output share)}.
     */
    public String named() {
        return path() + " (" + label + ")";
    }

    /** The unit shown after the value, e.g. {@code $/MTok}; may be empty. */
    public String unit() {
        return unit;
    }

    @Override
    public String help() {
        return help;
    }

    @Override
    public int since() {
        return since;
    }

    /** The values it accepts. */
    public Bounds bounds() {
        return bounds;
    }

    /** Whether only whole numbers are valid. */
    public boolean whole() {
        return bounds.whole();
    }

    /** The value of the bundled default scenario, whose source {@link #help()} names. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The span a slider covers, if the window gives it one. */
    public Optional<Span> span() {
        return Optional.ofNullable(span);
    }

    /** Whether the tornado varies it. */
    public boolean inTornado() {
        return inTornado;
    }

    /**
     * Its value in a scenario; for an input whose optional section the scenario lacks, its default (what the
     * window shows before the section is added).
     */
    public double of(Scenario s) {
        return s.has(section) ? read.applyAsDouble(s) : defaultValue;
    }

    /**
     * The input whose value is this one's default, if its default is not a number of its own: the cached-input
     * price is the input price unless stated (COST-MODEL.md, version 4). {@link #defaultValue()} is then that
     * input's default.
     */
    public Optional<Input> defaultsTo() {
        return this == API_CACHED_INPUT_PRICE ? Optional.of(API_INPUT_PRICE) : Optional.empty();
    }

    /**
     * Whether a scenario makes use of it: every input of versions 1 to 3, which every file holds; a later one when
     * its optional section is there, when it is stated (a dependent default), or when it is away from its default
     * (the cached-input price also while some input is cached). Files and the PDF's inputs table leave out the
     * later inputs a scenario does not use.
     */
    public boolean usedIn(Scenario s) {
        if (!s.has(section)) {
            return false;
        }
        if (since <= 3 || section.optional()) {
            return true;
        }
        if (this == API_CACHED_INPUT_PRICE) {
            return s.api().cachedInputPricePerMTok().isPresent() || s.workload().cachedInputShare() > 0;
        }
        return of(s) != defaultValue;
    }

    /**
     * Whether a file must state it (in its section, when the section is there): the version-1 inputs, and the
     * purchase price of owned GPUs, which has no default one could assume. Any other input a file lacks takes its
     * default.
     */
    public boolean required() {
        return since == 1 || this == ON_PREM_GPU_PURCHASE_PRICE;
    }

    /**
     * A valid value, or the one sentence that says what is valid: "PATH must be VALID, not VALUE."
     *
     * @throws InvalidInputException naming this input and its bounds
     */
    public double check(double value) {
        if (!bounds.contains(value)) {
            boolean notWhole = bounds.whole() && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE);
            throw new InvalidInputException(this, named() + " must be "
                    + (notWhole ? "a whole number" : bounds.describe()) + ", not " + Units.plain(value) + ".");
        }
        return value;
    }

    /** A whole-number input's value as an int; see {@link #check}. */
    int checkWhole(double value) {
        return (int) check(value);
    }

    /**
     * The largest value anyone plans with, if there is a sensible one: a value above it is valid but most likely a
     * unit slip (an hourly GPU price typed per month, a daily volume typed per year), so the window says so at the
     * field while every figure is still computed.
     */
    public OptionalDouble plausibleMax() {
        return switch (this) {
            case DAILY_REQUESTS -> OptionalDouble.of(1e10);
            case TOKENS_PER_REQUEST -> OptionalDouble.of(2e6);
            case LATENCY_SLA_MS, API_TTFT_MS -> OptionalDouble.of(600_000);
            case PEAK_TO_AVERAGE -> OptionalDouble.of(100);
            case MONTHLY_GROWTH_PERCENT -> OptionalDouble.of(1_000);
            case API_INPUT_PRICE, API_OUTPUT_PRICE -> OptionalDouble.of(1_000);
            case GPU_HOURLY_PRICE -> OptionalDouble.of(1_000);
            case TOKENS_PER_HOUR_PER_GPU -> OptionalDouble.of(1e10);
            case GPUS_PER_REPLICA -> OptionalDouble.of(1_024);
            case MIN_REPLICAS -> OptionalDouble.of(100_000);
            case SELF_HOSTED_SETUP_COST, CLOUD_SETUP_COST -> OptionalDouble.of(1e9);
            case SELF_HOSTED_OPS_COST, CLOUD_OPS_COST -> OptionalDouble.of(1e8);
            case CLOUD_OVERHEAD_PERCENT -> OptionalDouble.of(1_000);
            default -> OptionalDouble.empty();
        };
    }

    /** The tornado's variant of a value, kept valid (COST-MODEL.md, "Sensitivity" and "Clarifications"). */
    double tornadoClamp(double value) {
        return switch (this) {
            case OUTPUT_SHARE, MAX_UTILIZATION, CACHED_INPUT_SHARE -> Math.min(1, value);
            case PEAK_TO_AVERAGE -> Math.max(1, value);
            case MONTHLY_GROWTH_PERCENT -> Math.max(-99, value);
            default -> value;
        };
    }

    /** The input at a path, e.g. {@code selfHosted.gpuHourlyPrice}. */
    public static Optional<Input> byPath(String path) {
        for (Input i : values()) {
            if (i.path().equals(path)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Every input's value in a scenario. */
    public static EnumMap<Input, Double> valuesOf(Scenario s) {
        EnumMap<Input, Double> values = new EnumMap<>(Input.class);
        for (Input i : values()) {
            values.put(i, i.of(s));
        }
        return values;
    }

    /**
     * Builds a validated scenario from a value per input, with no optional section; a cached-input price equal to
     * the input price is taken as "the input price" and follows it.
     *
     * @throws InvalidInputException naming the first input out of range
     */
    public static Scenario scenario(String name, String notes, DataSensitivity sensitivity, OpsCapacity ops,
                                    ToDoubleFunction<Input> v) {
        return scenario(name, notes, sensitivity, ops, Shape.NONE, v);
    }

    /**
     * Builds a validated scenario from a value per input, with the optional sections and stated defaults of
     * {@code shape}; the inputs of sections it lacks are not read.
     *
     * @throws InvalidInputException naming the first input out of range
     */
    public static Scenario scenario(String name, String notes, DataSensitivity sensitivity, OpsCapacity ops,
                                    Shape shape, ToDoubleFunction<Input> v) {
        Workload w = new Workload(v.applyAsDouble(DAILY_REQUESTS), v.applyAsDouble(TOKENS_PER_REQUEST),
                v.applyAsDouble(OUTPUT_SHARE), v.applyAsDouble(LATENCY_SLA_MS), sensitivity, ops,
                v.applyAsDouble(PEAK_TO_AVERAGE), v.applyAsDouble(MONTHLY_GROWTH_PERCENT),
                HORIZON_MONTHS.checkWhole(v.applyAsDouble(HORIZON_MONTHS)), v.applyAsDouble(BATCH_SHARE),
                v.applyAsDouble(CACHED_INPUT_SHARE));
        double inputPrice = v.applyAsDouble(API_INPUT_PRICE);
        double cachedPrice = v.applyAsDouble(API_CACHED_INPUT_PRICE);
        boolean stated = shape.stated().contains(API_CACHED_INPUT_PRICE) || cachedPrice != inputPrice;
        ApiPricing a = new ApiPricing(inputPrice, v.applyAsDouble(API_OUTPUT_PRICE), v.applyAsDouble(API_TTFT_MS),
                stated ? OptionalDouble.of(cachedPrice) : OptionalDouble.empty(),
                v.applyAsDouble(API_BATCH_DISCOUNT_PERCENT));
        SelfHosting h = new SelfHosting(v.applyAsDouble(GPU_HOURLY_PRICE), v.applyAsDouble(TOKENS_PER_HOUR_PER_GPU),
                GPUS_PER_REPLICA.checkWhole(v.applyAsDouble(GPUS_PER_REPLICA)),
                MIN_REPLICAS.checkWhole(v.applyAsDouble(MIN_REPLICAS)), v.applyAsDouble(MAX_UTILIZATION),
                v.applyAsDouble(SELF_HOSTED_SETUP_COST), v.applyAsDouble(SELF_HOSTED_OPS_COST),
                v.applyAsDouble(SPOT_DISCOUNT_PERCENT), COMMITTED_GPUS.checkWhole(v.applyAsDouble(COMMITTED_GPUS)),
                v.applyAsDouble(COMMITMENT_DISCOUNT_PERCENT));
        CloudManaged c = new CloudManaged(v.applyAsDouble(CLOUD_OVERHEAD_PERCENT), v.applyAsDouble(CLOUD_SETUP_COST),
                v.applyAsDouble(CLOUD_OPS_COST));
        Optional<OnPrem> o = shape.sections().contains(Section.ON_PREM)
                ? Optional.of(new OnPrem(v.applyAsDouble(ON_PREM_GPU_PURCHASE_PRICE),
                        ON_PREM_DEPRECIATION_MONTHS.checkWhole(v.applyAsDouble(ON_PREM_DEPRECIATION_MONTHS)),
                        v.applyAsDouble(ON_PREM_POWER_KW_PER_GPU), v.applyAsDouble(ON_PREM_PUE),
                        v.applyAsDouble(ON_PREM_ELECTRICITY_PRICE), v.applyAsDouble(ON_PREM_COLOCATION),
                        v.applyAsDouble(ON_PREM_SETUP_COST), v.applyAsDouble(ON_PREM_OPS_COST)))
                : Optional.empty();
        return new Scenario(name, notes, w, a, h, c, o, Uncertainty.NONE);
    }

    /** The scenario a first start shows: every input at its default, with its source in {@link #help()}. */
    public static Scenario defaults() {
        return scenario("Support assistant", "Crossover's starting point: an internal support assistant on a "
                        + "70B-class open-weight model, compared with a frontier API. Every value has its source in "
                        + "the tooltip of its field; replace them with your own.",
                DataSensitivity.INTERNAL, OpsCapacity.LIMITED, Input::defaultValue);
    }

    /**
     * A scenario with some inputs' values replaced (validated), everything else kept: its optional sections, and
     * an input whose default is another input's value (and not stated) still following that input.
     *
     * @throws IllegalArgumentException if a change names an input of an optional section the scenario lacks
     */
    public static Scenario with(Scenario s, Map<Input, Double> changes) {
        EnumMap<Input, Double> values = valuesOf(s);
        for (Input changed : changes.keySet()) {
            if (!s.has(changed.section())) {
                throw new IllegalArgumentException(changed.path() + " cannot change: the scenario has no "
                        + changed.section().id() + " section");
            }
        }
        values.putAll(changes);
        Shape shape = s.shape();
        for (Input i : values()) {
            i.defaultsTo().filter(to -> !shape.stated().contains(i) && !changes.containsKey(i))
                    .ifPresent(to -> values.put(i, values.get(to)));
        }
        return scenario(s.name(), s.notes(), s.workload().dataSensitivity(), s.workload().opsCapacity(), shape,
                values::get).withUncertainty(s.uncertainty());
    }
}
