package crossover.cli;

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
                out.print(toJson(r.models(), null, null, r));
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
        out.print(json ? toJson(c.api(), c.gpus(), c.models(), null) : text(c));
        return Cli.OK;
    }

    private static String text(Catalog c) {
        StringBuilder b = new StringBuilder("API models ($ per million tokens: input / output / cached input)\n");
        b.append(apiTable(c.api()));
        b.append("\nGPUs (on-demand $ per GPU-hour)\n");
        for (GpuSpec g : c.gpus()) {
            b.append(String.format(Locale.ROOT, "  %-12s %-28s %5s GB %6s GB/s  $%-7s as of %s%n", g.id(), g.name(),
                    Units.plain(g.memoryGb()), Units.plain(g.memoryBandwidthGBs()), Units.plain(g.hourlyPrice()),
                    g.asOf()));
        }
        b.append("\nOpen-weight models\n");
        for (OpenModel m : c.models()) {
            b.append(String.format(Locale.ROOT, "  %-14s %-20s %6s B parameters (%s B active), %d layers, %d KV heads "
                    + "× %d%n", m.id(), m.name(), Units.plain(m.parametersB()), Units.plain(m.activeParametersB()),
                    m.layers(), m.kvHeads(), m.headDim()));
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

    private static String calibrationJson(List<Calibration.Check> checks) {
        return CliJson.document(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("calibration");
            for (Calibration.Check c : checks) {
                Measurement m = c.measurement();
                g.writeStartObject();
                g.writeStringField("id", m.id());
                g.writeStringField("gpu", m.gpu());
                g.writeNumberField("gpuCount", m.gpuCount());
                g.writeStringField("model", m.model());
                g.writeStringField("precision", m.precision().id());
                g.writeNumberField("batch", c.batch());
                g.writeStringField("measures", m.measures().id());
                CliJson.number(g, "published", m.tokensPerSecond());
                CliJson.number(g, "low", c.low());
                CliJson.number(g, "point", c.point());
                CliJson.number(g, "high", c.high());
                g.writeBooleanField("inside", c.inside());
                g.writeBooleanField("assumedLengths", c.assumedLengths());
                g.writeStringField("source", m.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
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

    private static String toJson(List<ApiModel> api, List<GpuSpec> gpus, List<OpenModel> models,
            LiteLlmImporter.Result imported) {
        return CliJson.document(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("api");
            for (ApiModel m : api) {
                g.writeStartObject();
                g.writeStringField("id", m.id());
                g.writeStringField("provider", m.provider());
                g.writeStringField("name", m.name());
                CliJson.optional(g, "inputPricePerMTok", m.inputPricePerMTok());
                CliJson.optional(g, "outputPricePerMTok", m.outputPricePerMTok());
                CliJson.optional(g, "cachedInputPricePerMTok", m.cachedInputPricePerMTok());
                g.writeStringField("asOf", m.asOf());
                g.writeStringField("source", m.source());
                g.writeStringField("note", m.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (gpus != null) {
                g.writeArrayFieldStart("gpus");
                for (GpuSpec s : gpus) {
                    g.writeStartObject();
                    g.writeStringField("id", s.id());
                    g.writeStringField("name", s.name());
                    CliJson.number(g, "memoryGb", s.memoryGb());
                    CliJson.number(g, "memoryBandwidthGBs", s.memoryBandwidthGBs());
                    CliJson.number(g, "bf16Tflops", s.bf16Tflops());
                    CliJson.optional(g, "fp8Tflops", s.fp8Tflops());
                    CliJson.number(g, "hourlyPrice", s.hourlyPrice());
                    g.writeStringField("asOf", s.asOf());
                    g.writeStringField("source", s.priceSource());
                    g.writeStringField("specSource", s.specSource());
                    g.writeStringField("note", s.note());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (models != null) {
                g.writeArrayFieldStart("models");
                for (OpenModel m : models) {
                    g.writeStartObject();
                    g.writeStringField("id", m.id());
                    g.writeStringField("name", m.name());
                    CliJson.number(g, "parametersB", m.parametersB());
                    CliJson.number(g, "activeParametersB", m.activeParametersB());
                    g.writeNumberField("layers", m.layers());
                    g.writeNumberField("kvHeads", m.kvHeads());
                    g.writeNumberField("headDim", m.headDim());
                    g.writeNumberField("contextLength", m.contextLength());
                    g.writeStringField("asOf", m.asOf());
                    g.writeStringField("source", m.source());
                    g.writeStringField("note", m.note());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (imported != null) {
                g.writeNumberField("skippedUnpriced", imported.skippedUnpriced());
                g.writeNumberField("ignoredOtherModes", imported.ignoredOtherModes());
            }
            g.writeEndObject();
        });
    }


}
