package crossover.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import crossover.io.CatalogReader;
import crossover.io.LiteLlmImporter;
import crossover.io.Printable;
import crossover.io.ScenarioFileException;
import crossover.model.Units;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Calibration;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.Measurement;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Sourced;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossover catalog [--json] [--import-litellm FILE]}: the bundled catalogs, or an imported price list. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Lists the bundled catalogs: API models with their prices, GPUs with memory and a typical "
                + "hourly price, open-weight models; each entry with its date and source. With --import-litellm, "
                + "lists the chat models of a LiteLLM price list instead.")
final class CatalogCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print JSON with the keys api, gpus and models")
    boolean json;

    @Option(names = "--import-litellm", paramLabel = "FILE",
            description = "a LiteLLM model_prices_and_context_window.json to import")
    Path litellm;

    @Option(names = "--calibration", description = "set the estimator against the published measurements it was "
            + "fitted on and checked on: each one's conditions, the figure, the estimated range and published ÷ "
            + "estimated, with a summary of each part")
    boolean calibration;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioFileException {
        PrintWriter out = spec.commandLine().getOut();
        if (litellm != null) {
            LiteLlmImporter.Result r = new LiteLlmImporter().read(litellm);
            if (json) {
                out.print(toJson(r));
            } else {
                out.print(apiTable(r.models()));
                out.println(r.summary(Printable.escape(litellm.toString())));
            }
            return Cli.OK;
        }
        Catalog c = CatalogReader.bundled();
        if (calibration) {
            List<Calibration.Check> checks = Calibration.checkAll(c);
            out.print(json ? calibrationJson(checks) : calibrationText(checks));
            return Cli.OK;
        }
        out.print(json ? toJson(c) : text(c));
        return Cli.OK;
    }

    private static String text(Catalog c) {
        StringBuilder b = new StringBuilder("API models ($ per million tokens: input / output / cached input; "
                + "the batch tier's discount where published)\n");
        b.append(apiTable(c.api()));
        b.append("\nGPUs (on-demand $ per GPU-hour; board power, purchase price and one-year commitment discount "
                + "where sourced)\n");
        for (GpuSpec g : c.gpus()) {
            b.append(String.format(Locale.ROOT, "  %-12s %-28s %5s GB %6s GB/s  $%-7s as of %s%s%s%s%s%n", g.id(),
                    g.name(), Units.plain(g.memoryGb()), Units.plain(g.memoryBandwidthGBs()),
                    Units.plain(g.hourlyPrice()), g.asOf(), g.hasFp4() ? "  (fp4)" : "", figure(g.boardPowerW(), "", " W"),
                    figure(g.purchasePrice(), "bought $", ""), figure(g.committedDiscountPercent(), "committed −", " %")));
        }
        b.append("\nOpen-weight models\n");
        for (OpenModel m : c.models()) {
            b.append(String.format(Locale.ROOT, "  %-16s %-20s %6s B parameters (%s B active), %d layers, %s%s%s%n",
                    m.id(), m.name(), Units.plain(m.parametersB()), Units.plain(m.activeParametersB()), m.layers(),
                    m.latentKv() ? "latent KV " + m.kvLoraRank() + " + " + m.qkRopeHeadDim()
                            : m.kvHeads() + " KV heads × " + m.headDim(),
                    m.sparse() ? ", " + m.expertsPerToken() + " of " + m.experts() + " experts" : "",
                    m.slidingWindowLayers() > 0 ? ", " + m.slidingWindowLayers() + " layers windowed to "
                            + m.slidingWindow() : ""));
        }
        b.append("\nSources: crossover catalog --json lists each entry's source and note.\n");
        return b.toString();
    }

    private static String calibrationText(List<Calibration.Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append("Published throughput against the estimate of its conditions, per replica in tokens/s. Fit: the\n"
                + "efficiencies and overheads were fitted on these. Check: held out, never fitted on. Each figure is\n"
                + "converted to the whole replica (per GPU × GPUs, per sequence × sequences) and compared as what it\n"
                + "counts: output tokens end to end, total (input + output) tokens, or decoding alone. None of these\n"
                + "figures was held to a latency limit.\n");
        for (Measurement.Role role : Measurement.Role.values()) {
            b.append(String.format(Locale.ROOT, "%n%s%n%-44s %-7s %-11s %-16s %-5s %-11s %5s %-6s %9s   %s%n",
                    switch (role) {
                        case FIT -> "FIT";
                        case CHECK -> "CHECK (held out)";
                        case EXCLUDED -> "NOT USED (outside what the estimator models; reason under each)";
                    }, "measurement", "engine", "gpus", "model", "prec", "in/out", "batch", "counts", "published",
                    "low / point / high, published ÷ point"));
            for (Calibration.Check c : checks) {
                Measurement m = c.measurement();
                if (m.role() != role) {
                    continue;
                }
                b.append(String.format(Locale.ROOT, "%-44s %-7s %-11s %-16s %-5s %-11s %5d %-6s %9s   %s / %s / %s"
                                + "  %.2f×  %s%n", m.id(), m.engine().id(), m.gpuCount() + "×" + m.gpu(), m.model(),
                        m.precision().id(), lengths(m), c.batch(), m.measures().id(), round(c.published()),
                        round(c.low()), round(c.point()), round(c.high()), c.ratio(),
                        c.inside() ? "inside" : "OUTSIDE"));
                if (role == Measurement.Role.EXCLUDED) {
                    b.append("    ").append(m.reason()).append('\n');
                }
            }
        }
        b.append('\n');
        for (Measurement.Role role : Measurement.Role.values()) {
            Calibration.Summary s = Calibration.summarize(checks, role);
            b.append(String.format(Locale.ROOT, "%-9s %2d measurements: published ÷ point %.2f–%.2f, geometric mean "
                            + "%.2f, spread ×%.2f; %d within %.2f–%.1f×; %d inside the range%n", role.id(), s.count(),
                    s.min(), s.max(), s.geometricMean(), s.spread(), s.withinAim(), Calibration.AIM_LOW,
                    Calibration.AIM_HIGH, s.inside()));
        }
        b.append(String.format(Locale.ROOT, "Range: %.2f–%.2f × the point (high ÷ low %.2f), for every engine.%n",
                Engine.LOW_FACTOR, Engine.HIGH_FACTOR, Engine.HIGH_FACTOR / Engine.LOW_FACTOR));
        return b.toString();
    }

    private static String lengths(Measurement m) {
        return m.inputTokens() == null || m.outputTokens() == null
                ? "assumed" : m.inputTokens() + "/" + m.outputTokens();
    }

    private static String round(double v) {
        return Units.plain(Math.round(v));
    }

    /** The JSON of {@code catalog --calibration --json}. */
    record CalibrationJson(List<CheckJson> calibration, List<SummaryJson> summary, double lowFactor,
                           double highFactor) {
    }

    /** One published measurement against the estimate; the components' order is the keys' order. */
    record CheckJson(String id, String role, String engine, String engineVersion, String gpu, int gpuCount,
                     String model, String precision, Integer inputTokens, Integer outputTokens, Integer concurrency,
                     int batch, String measures, String per, double published, double publishedPerReplica, double low,
                     double point, double high, double ratio, boolean inside, boolean assumedLengths,
                     String latencyLimit, String reason, String source, String asOf) {
    }

    /** How one role came out. */
    record SummaryJson(String role, int count, double min, double max, double geometricMean, double spread,
                       int withinAim, int inside) {
    }

    private static String calibrationJson(List<Calibration.Check> checks) {
        List<CheckJson> rows = checks.stream().map(c -> {
            Measurement m = c.measurement();
            return new CheckJson(m.id(), m.role().id(), m.engine().id(), m.engineVersion(), m.gpu(), m.gpuCount(),
                    m.model(), m.precision().id(), m.inputTokens(), m.outputTokens(), m.concurrency(), c.batch(),
                    m.measures().id(), m.per().id(), m.tokensPerSecond(), c.published(), c.low(), c.point(), c.high(),
                    c.ratio(), c.inside(), c.assumedLengths(), m.latencyLimit(), m.reason(), m.source(), m.asOf());
        }).toList();
        List<SummaryJson> summary = java.util.Arrays.stream(Measurement.Role.values()).map(r -> {
            Calibration.Summary s = Calibration.summarize(checks, r);
            return new SummaryJson(r.id(), s.count(), s.min(), s.max(), s.geometricMean(), s.spread(), s.withinAim(),
                    s.inside());
        }).toList();
        return CliJson.document(new CalibrationJson(rows, summary, Engine.LOW_FACTOR, Engine.HIGH_FACTOR));
    }

    private static String apiTable(List<ApiModel> models) {
        StringBuilder b = new StringBuilder();
        for (ApiModel m : models) {
            b.append(String.format(Locale.ROOT, "  %-44s %9s / %9s / %9s  as of %s%n", Printable.escape(m.id()),
                    ApiModel.priceText(m.inputPricePerMTok()), ApiModel.priceText(m.outputPricePerMTok()),
                    m.cachedInputPricePerMTok() == null ? "—" : ApiModel.priceText(m.cachedInputPricePerMTok()),
                    (m.asOf() == null ? "no date" : m.asOf()) + figure(m.batchDiscountPercent(), "batch −", " %")));
        }
        return b.toString();
    }

    /** ", 700 W": a sourced figure after a table row, or nothing where there is none. */
    private static String figure(Sourced f, String before, String after) {
        return f == null ? "" : ", " + before + Units.grouped(f.value()) + after;
    }

    /**
     * The JSON of {@code catalog --json}: the bundled catalogs, or (with {@code --import-litellm}) the imported
     * API entries and what the import left out; absent parts are left out of the document.
     */
    record CatalogJson(List<ApiJson> api, @JsonInclude(Include.NON_NULL) List<GpuJson> gpus,
                       @JsonInclude(Include.NON_NULL) List<ModelJson> models,
                       @JsonInclude(Include.NON_NULL) Integer skippedUnpriced,
                       @JsonInclude(Include.NON_NULL) Integer ignoredOtherModes) {
    }

    /** An API model; an unpublished price is null. */
    record ApiJson(String id, String provider, String name, Double inputPricePerMTok, Double outputPricePerMTok,
                   Double cachedInputPricePerMTok, String asOf, String source, String note,
                   @JsonInclude(Include.NON_NULL) Sourced batchDiscountPercent) {
        static ApiJson of(ApiModel m) {
            return new ApiJson(m.id(), m.provider(), m.name(), m.inputPricePerMTok(), m.outputPricePerMTok(),
                    m.cachedInputPricePerMTok(), m.asOf(), m.source(), m.note(), m.batchDiscountPercent());
        }
    }

    record GpuJson(String id, String name, double memoryGb, double memoryBandwidthGBs, double bf16Tflops,
                   Double fp8Tflops, Double fp4Tflops, double hourlyPrice, String asOf, String source,
                   String specSource, String note,
                   @JsonInclude(Include.NON_NULL) Sourced boardPowerW,
                   @JsonInclude(Include.NON_NULL) Sourced purchasePrice,
                   @JsonInclude(Include.NON_NULL) Sourced committedDiscountPercent) {
        static GpuJson of(GpuSpec s) {
            return new GpuJson(s.id(), s.name(), s.memoryGb(), s.memoryBandwidthGBs(), s.bf16Tflops(), s.fp8Tflops(),
                    s.fp4Tflops(), s.hourlyPrice(), s.asOf(), s.priceSource(), s.specSource(), s.note(),
                    s.boardPowerW(), s.purchasePrice(), s.committedDiscountPercent());
        }
    }

    record ModelJson(String id, String name, double parametersB, double activeParametersB, int layers, int kvHeads,
                     int headDim, int contextLength, int experts, int expertsPerToken, Double expertBitsPerWeight,
                     int slidingWindow, int slidingWindowLayers, int kvLoraRank, int qkRopeHeadDim, String asOf,
                     String source, String note) {
        static ModelJson of(OpenModel m) {
            return new ModelJson(m.id(), m.name(), m.parametersB(), m.activeParametersB(), m.layers(), m.kvHeads(),
                    m.headDim(), m.contextLength(), m.experts(), m.expertsPerToken(), m.expertBitsPerWeight(),
                    m.slidingWindow(), m.slidingWindowLayers(), m.kvLoraRank(), m.qkRopeHeadDim(), m.asOf(),
                    m.source(), m.note());
        }
    }

    private static String toJson(Catalog c) {
        return CliJson.document(new CatalogJson(c.api().stream().map(ApiJson::of).toList(),
                c.gpus().stream().map(GpuJson::of).toList(), c.models().stream().map(ModelJson::of).toList(),
                null, null));
    }

    private static String toJson(LiteLlmImporter.Result imported) {
        return CliJson.document(new CatalogJson(imported.models().stream().map(ApiJson::of).toList(), null, null,
                imported.skippedUnpriced(), imported.ignoredOtherModes()));
    }

}
