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
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.Measurement;
import crossover.model.catalog.OpenModel;
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

    @Option(names = "--calibration", description = "set the estimator against the published measurements it is "
            + "calibrated on: each one's conditions, the figure and the estimated range")
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
        StringBuilder b = new StringBuilder("API models ($ per million tokens: input / output / cached input)\n");
        b.append(apiTable(c.api()));
        b.append("\nGPUs (on-demand $ per GPU-hour)\n");
        for (GpuSpec g : c.gpus()) {
            b.append(String.format(Locale.ROOT, "  %-12s %-28s %5s GB %6s GB/s  $%-7s as of %s%s%n", g.id(), g.name(),
                    Units.plain(g.memoryGb()), Units.plain(g.memoryBandwidthGBs()), Units.plain(g.hourlyPrice()),
                    g.asOf(), g.hasFp4() ? "  (fp4)" : ""));
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
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%-44s %-11s %-13s %-5s %5s %9s   %s%n", "measurement", "gpus", "model", "prec", "batch", "published",
                "estimated low / point / high (tokens/s), published ÷ point"));
        int inside = 0;
        for (Calibration.Check c : checks) {
            Measurement m = c.measurement();
            b.append(String.format(Locale.ROOT, "%-44s %-11s %-13s %-5s %5d %9s   %s / %s / %s  %s  %.2f×%s%n", m.id(),
                    m.gpuCount() + "×" + m.gpu(), m.model(), m.precision().id(), c.batch(),
                    Units.plain(m.tokensPerSecond()), round(c.low()), round(c.point()), round(c.high()),
                    c.inside() ? "inside" : "OUTSIDE", c.ratio(), c.assumedLengths() ? " (lengths assumed "
                            + Calibration.ASSUMED_INPUT_TOKENS + "/" + Calibration.ASSUMED_OUTPUT_TOKENS + ")" : ""));
            inside += c.inside() ? 1 : 0;
        }
        b.append(String.format(Locale.ROOT, "%d of %d published figures inside the estimated range.%n", inside,
                checks.size()));
        return b.toString();
    }

    private static String round(double v) {
        return Units.plain(Math.round(v));
    }

    /** The JSON of {@code catalog --calibration --json}. */
    record CalibrationJson(List<CheckJson> calibration) {
    }

    /** One published measurement against the estimate; the components' order is the keys' order. */
    record CheckJson(String id, String gpu, int gpuCount, String model, String precision, int batch, String measures,
                     double published, double low, double point, double high, boolean inside, boolean assumedLengths,
                     String source) {
    }

    private static String calibrationJson(List<Calibration.Check> checks) {
        return CliJson.document(new CalibrationJson(checks.stream().map(c -> {
            Measurement m = c.measurement();
            return new CheckJson(m.id(), m.gpu(), m.gpuCount(), m.model(), m.precision().id(), c.batch(),
                    m.measures().id(), m.tokensPerSecond(), c.low(), c.point(), c.high(), c.inside(),
                    c.assumedLengths(), m.source());
        }).toList()));
    }

    private static String apiTable(List<ApiModel> models) {
        StringBuilder b = new StringBuilder();
        for (ApiModel m : models) {
            b.append(String.format(Locale.ROOT, "  %-44s %9s / %9s / %9s  as of %s%n", Printable.escape(m.id()),
                    ApiModel.priceText(m.inputPricePerMTok()), ApiModel.priceText(m.outputPricePerMTok()),
                    m.cachedInputPricePerMTok() == null ? "—" : ApiModel.priceText(m.cachedInputPricePerMTok()),
                    m.asOf() == null ? "no date" : m.asOf()));
        }
        return b.toString();
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
                   Double cachedInputPricePerMTok, String asOf, String source, String note) {
        static ApiJson of(ApiModel m) {
            return new ApiJson(m.id(), m.provider(), m.name(), m.inputPricePerMTok(), m.outputPricePerMTok(),
                    m.cachedInputPricePerMTok(), m.asOf(), m.source(), m.note());
        }
    }

    record GpuJson(String id, String name, double memoryGb, double memoryBandwidthGBs, double bf16Tflops,
                   Double fp8Tflops, Double fp4Tflops, double hourlyPrice, String asOf, String source,
                   String specSource, String note) {
        static GpuJson of(GpuSpec s) {
            return new GpuJson(s.id(), s.name(), s.memoryGb(), s.memoryBandwidthGBs(), s.bf16Tflops(), s.fp8Tflops(),
                    s.fp4Tflops(), s.hourlyPrice(), s.asOf(), s.priceSource(), s.specSource(), s.note());
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
