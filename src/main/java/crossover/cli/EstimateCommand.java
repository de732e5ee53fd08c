package crossover.cli;

import crossover.io.CatalogReader;
import crossover.io.Printable;
import crossover.model.InvalidInputException;
import crossover.model.Units;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossover estimate --gpu ID --model ID --precision P [--engine E]}: the roofline estimate of throughput. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimates the sustained throughput of one GPU (tokens an hour, input plus output) and the GPUs "
                + "one replica needs, from a roofline model of decoding calibrated against published measurements. "
                + "The GPU and model ids are those of `crossover catalog`.")
final class EstimateCommand implements Callable<Integer> {

    @Option(names = "--gpu", required = true, paramLabel = "ID", description = "a GPU id, e.g. h100-sxm")
    String gpu;

    @Option(names = "--model", required = true, paramLabel = "ID", description = "an open-weight model id, e.g. llama-3.1-8b")
    String model;

    @Option(names = "--precision", required = true, paramLabel = "P", description = "weights: fp16, fp8 or int4")
    String precision;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "vllm",
            description = "serving engine: vllm, sglang or trtllm (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--tokens-per-request", paramLabel = "N", defaultValue = "1500",
            description = "input plus output tokens of one request (default: ${DEFAULT-VALUE}, as the default scenario)")
    double tokensPerRequest;

    @Option(names = "--output-share", paramLabel = "F", defaultValue = "0.3",
            description = "generated share of those tokens, 0 to 1 (default: ${DEFAULT-VALUE})")
    double outputShare;

    @Option(names = "--itl-ms", paramLabel = "MS", defaultValue = "50",
            description = "inter-token latency target in ms; the batch stops growing there (default: ${DEFAULT-VALUE})")
    double itlMs;

    @Option(names = "--latency-sla-ms", paramLabel = "MS",
            description = "longest acceptable time to first token in ms; the basis and warnings say whether the "
                    + "estimate meets it (default: none)")
    Double latencySlaMs;

    @Option(names = "--batch", paramLabel = "N", description = "use this batch instead of the largest that fits")
    Integer batch;

    @Option(names = "--gpus", paramLabel = "N", description = "GPUs per replica instead of the smallest that hold the model")
    Integer gpus;

    @Option(names = "--json", description = "print JSON: tokensPerHourPerGpu, gpusPerReplica, batch, ttftSeconds, basis "
            + "and the range")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = CatalogReader.bundled();
        GpuSpec g = catalog.gpu(gpu).orElseThrow(() -> bad("--gpu: no GPU \"" + gpu + "\" in the catalog; the ids are "
                + catalog.gpuIds() + "."));
        OpenModel m = catalog.model(model).orElseThrow(() -> bad("--model: no model \"" + model
                + "\" in the catalog; the ids are " + catalog.modelIds() + "."));
        Precision p = Precision.byId(precision);
        if (p == null) {
            throw bad("--precision must be " + Precision.validIds() + ", not \"" + Printable.escape(precision) + "\".");
        }
        if (!p.id().equals(precision.trim().toLowerCase(java.util.Locale.ROOT))) {
            // bf16 has no entry of its own: say how it is read rather than accept it silently.
            spec.commandLine().getErr().println("crossover: --precision " + Printable.escape(precision.trim())
                    + " is read as " + p.id() + ": both store 2 bytes a weight and run at the same tensor rate.");
        }
        Engine en = Engine.byId(engine);
        if (en == null) {
            throw bad("--engine must be " + Engine.validIds() + ", not \"" + Printable.escape(engine) + "\".");
        }
        ThroughputEstimate e;
        try {
            e = ThroughputEstimator.estimate(new EstimateRequest(g, m, p, en, tokensPerRequest, outputShare, itlMs,
                    batch == null ? 0 : positive("--batch", batch), gpus == null ? 0 : positive("--gpus", gpus),
                    latencySlaMs == null ? 0 : sla(latencySlaMs)));
        } catch (InvalidInputException x) {
            throw bad(flag(x.field()) + ": " + x.getMessage());
        }
        spec.commandLine().getOut().print(json ? toJson(e) : text(e));
        return Cli.OK;
    }

    private int positive(String flag, int value) {
        if (value < 1) {
            throw bad(flag + " must be a whole number ≥ 1, not " + value + ".");
        }
        return value;
    }

    private double sla(double ms) {
        if (!Double.isFinite(ms) || ms <= 0) {
            throw bad("--latency-sla-ms must be a number of milliseconds > 0, not " + Units.plain(ms) + ".");
        }
        return ms;
    }

    private static String flag(String field) {
        return switch (field) {
            case "latencySlaMs" -> "--latency-sla-ms";
            case "tokensPerRequest" -> "--tokens-per-request";
            case "outputShare" -> "--output-share";
            case "itlTargetMs" -> "--itl-ms";
            case "batch" -> "--batch";
            case "gpus" -> "--gpus";
            default -> "--" + field;
        };
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static String text(ThroughputEstimate e) {
        return String.format(java.util.Locale.ROOT, "%s tokens an hour per GPU (range %s–%s)%n"
                        + "%d GPU%s per replica, batch %d, first token after about %s ms%n%s%n",
                Units.compact(e.tokensPerHourPerGpu()), Units.compact(e.lowTokensPerHourPerGpu()),
                Units.compact(e.highTokensPerHourPerGpu()), e.gpusPerReplica(), e.gpusPerReplica() == 1 ? "" : "s",
                e.batch(), Units.plain(Math.round(e.ttftSeconds() * 1000)), e.basis());
    }

    /** The JSON of {@code estimate --json}; the components' order is the keys' order. */
    record EstimateJson(String gpu, String model, String precision, String engine, double tokensPerHourPerGpu,
                        double lowTokensPerHourPerGpu, double highTokensPerHourPerGpu, int gpusPerReplica, int batch,
                        String batchLimitedBy, String bound, double weightBytes, double kvBytesPerToken,
                        double stepSeconds, double decodeTokensPerSecondPerReplica,
                        double prefillTokensPerSecondPerReplica, double prefillSeconds, double ttftSeconds,
                        Double latencySlaMs, Boolean ttftWithinSla, String basis, List<String> warnings) {
    }

    static String toJson(ThroughputEstimate e) {
        return CliJson.document(new EstimateJson(e.request().gpu().id(), e.request().model().id(),
                e.request().precision().id(), e.request().engine().id(), e.tokensPerHourPerGpu(), e.lowTokensPerHourPerGpu(),
                e.highTokensPerHourPerGpu(), e.gpusPerReplica(), e.batch(), e.batchLimit().words(), e.bound().words(),
                e.weightBytes(), e.kvBytesPerToken(), e.point().stepSeconds(), e.point().decodePerSecond(),
                e.point().prefillPerSecond(), e.prefillSeconds(), e.ttftSeconds(),
                e.request().latencySlaMs() > 0 ? e.request().latencySlaMs() : null,
                e.request().latencySlaMs() > 0 ? !e.ttftAboveSla() : null, e.basis(), e.warnings()));
    }

}
