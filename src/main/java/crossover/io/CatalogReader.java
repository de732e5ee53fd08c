package crossover.io;

import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.Measurement;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.catalog.Sourced;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the dated, sourced catalogs bundled from {@code assets/catalog/}: API prices, GPUs, open-weight models and
 * the published measurements the throughput estimator is calibrated against. Strict like the scenario reader:
 * unknown fields, duplicate ids and out-of-range values are refused with their place in the file.
 */
public final class CatalogReader {

    /** The bundled catalogs are a few tens of kilobytes. */
    public static final int MAX_BYTES = 1 << 20;
    private static final String FORMAT = "crossover-catalog";
    private static final String RESOURCES = "/crossover/assets/catalog/";

    private static final List<String> API_FIELDS = List.of("id", "provider", "name", "inputPricePerMTok",
            "outputPricePerMTok", "cachedInputPricePerMTok", "asOf", "source", "note", "batchDiscountPercent");
    private static final List<String> GPU_FIELDS = List.of("id", "name", "vendor", "memoryGb", "memoryBandwidthGBs",
            "bf16Tflops", "fp8Tflops", "fp4Tflops", "specSource", "hourlyPrice", "priceSource", "asOf", "note", "boardPowerW",
            "purchasePrice", "committedDiscountPercent");
    /** A figure with its own source: {@code {"value": …, "source": "…", "asOf": "…"}}. */
    private static final List<String> SOURCED_FIELDS = List.of("value", "source", "asOf");
    private static final List<String> MODEL_FIELDS = List.of("id", "name", "parametersB", "activeParametersB",
            "layers", "kvHeads", "headDim", "attentionHeads", "hiddenSize", "contextLength", "experts", "expertsPerToken",
            "expertBitsPerWeight", "slidingWindow", "slidingWindowLayers", "kvLoraRank", "qkRopeHeadDim", "source",
            "asOf", "note");
    private static final List<String> MEASUREMENT_FIELDS = List.of("id", "engine", "engineVersion", "gpu", "gpuCount",
            "model", "precision", "inputTokens", "outputTokens", "concurrency", "engineBatchLimit", "tokensPerSecond",
            "per", "measures", "latencyLimit", "role", "reason", "source", "asOf", "note");

    private final JsonText json = new JsonText("a Crossover catalog", MAX_BYTES);

    private static volatile Catalog bundled;

    /** The catalogs shipped with the application (read once). */
    public static Catalog bundled() {
        Catalog c = bundled;
        if (c == null) {
            try {
                c = new CatalogReader().read(resource("api-models.json"), resource("gpus.json"),
                        resource("open-models.json"), resource("calibration.json"));
            } catch (ScenarioFileException e) {
                throw new IllegalStateException("the bundled catalog is broken: " + e.describe(), e);
            }
            bundled = c;
        }
        return c;
    }

    /** Reads the four catalog files, each given as (name, bytes). */
    public Catalog read(Source api, Source gpus, Source models, Source calibration) throws ScenarioFileException {
        List<ApiModel> apiModels = entries(api, "api-models", API_FIELDS, CatalogReader::apiModel);
        List<GpuSpec> gpuSpecs = entries(gpus, "gpus", GPU_FIELDS, CatalogReader::gpu);
        List<OpenModel> openModels = entries(models, "open-models", MODEL_FIELDS, CatalogReader::model);
        Catalog partial = new Catalog(apiModels, gpuSpecs, openModels, List.of());
        List<Measurement> measurements = entries(calibration, "calibration", MEASUREMENT_FIELDS,
                f -> measurement(f, calibration.name(), partial));
        return new Catalog(apiModels, gpuSpecs, openModels, measurements);
    }

    /** A catalog file's name (for messages) and bytes. */
    public record Source(String name, byte[] bytes) {
    }

    /** The entries of one catalog file, each read by {@code read} after the file's and the entry's checks. */
    private <T> List<T> entries(Source source, String kind, List<String> fields, JsonFields.Read<T> read)
            throws ScenarioFileException {
        Json root = json.parse(source.name(), source.bytes());
        JsonFields top = new JsonFields(source.name(), "the catalog", root);
        if (!FORMAT.equals(top.string("format"))) {
            throw new ScenarioFileException(source.name(), root.line(), root.column(), "format",
                    "is not a Crossover catalog: \"format\" must be \"" + FORMAT + "\".", null);
        }
        if (!kind.equals(top.string("kind"))) {
            throw new ScenarioFileException(source.name(), root.line(), root.column(), "kind",
                    "\"kind\" must be \"" + kind + "\" in this file, not \"" + top.string("kind") + "\".", null);
        }
        if (top.whole("version") != 1) {
            throw new ScenarioFileException(source.name(), root.line(), root.column(), "version",
                    "is a catalog of version " + top.whole("version") + "; this Crossover reads version 1.", null);
        }
        Json list = top.node().members().get("entries");
        top.finish(List.of("format", "kind", "version", "entries"));
        if (!(list instanceof Json.Arr arr)) {
            Json at = list == null ? root : list;
            throw new ScenarioFileException(source.name(), at.line(), at.column(), "entries",
                    "\"entries\" must be a list of " + kind + " entries.", null);
        }
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < arr.items().size(); i++) {
            JsonFields f = new JsonFields(source.name(), "entries[" + i + "]", arr.items().get(i));
            String id = f.string("id");
            if (!id.matches("[a-z0-9][a-z0-9./-]*")) {
                throw new ScenarioFileException(source.name(), f.node().line(), f.node().column(), "id",
                        "entries[" + i + "].id \"" + JsonText.abbreviate(id) + "\" must be lower-case letters, "
                                + "digits, dots, slashes and hyphens.", null);
            }
            if (!ids.add(id)) {
                throw new ScenarioFileException(source.name(), f.node().line(), f.node().column(), "id",
                        "entries[" + i + "].id \"" + id + "\" appears twice; ids are unique.", null);
            }
            out.add(f.record(fields, read));
        }
        return out;
    }

    private static ApiModel apiModel(JsonFields f) throws ScenarioFileException {
        return new ApiModel(f.string("id"), f.string("provider"), f.string("name"),
                f.optionalNumber("inputPricePerMTok"), f.optionalNumber("outputPricePerMTok"),
                f.optionalNumber("cachedInputPricePerMTok"), f.optionalString("asOf"), f.string("source"),
                f.optionalString("note"), sourced(f, "batchDiscountPercent"));
    }

    private static GpuSpec gpu(JsonFields f) throws ScenarioFileException {
        return new GpuSpec(f.string("id"), f.string("name"), f.string("vendor"), f.number("memoryGb"),
                f.number("memoryBandwidthGBs"), f.number("bf16Tflops"), f.optionalNumber("fp8Tflops"),
                f.optionalNumber("fp4Tflops"),
                f.string("specSource"), f.number("hourlyPrice"), f.string("priceSource"), f.string("asOf"),
                f.optionalString("note"), sourced(f, "boardPowerW"), sourced(f, "purchasePrice"),
                sourced(f, "committedDiscountPercent"));
    }

    /** An optional figure with its own source and date, or null when the entry has none. */
    private static Sourced sourced(JsonFields f, String key) throws ScenarioFileException {
        JsonFields n = f.optionalObject(key);
        return n == null ? null : n.record(SOURCED_FIELDS, x -> new Sourced(x.number("value"), x.string("source"),
                x.optionalString("asOf")));
    }

    private static OpenModel model(JsonFields f) throws ScenarioFileException {
        return new OpenModel(f.string("id"), f.string("name"), f.number("parametersB"),
                f.number("activeParametersB"), f.whole("layers"), f.whole("kvHeads"), f.whole("headDim"),
                f.whole("attentionHeads"), f.whole("hiddenSize"), f.whole("contextLength"), zeroIfAbsent(f, "experts"),
                zeroIfAbsent(f, "expertsPerToken"), f.optionalNumber("expertBitsPerWeight"),
                zeroIfAbsent(f, "slidingWindow"), zeroIfAbsent(f, "slidingWindowLayers"),
                zeroIfAbsent(f, "kvLoraRank"), zeroIfAbsent(f, "qkRopeHeadDim"), f.string("source"),
                f.string("asOf"), f.optionalString("note"));
    }

    /** A whole number that is 0 when the entry does not give it (a dense model has no experts). */
    private static int zeroIfAbsent(JsonFields f, String key) throws ScenarioFileException {
        Integer v = f.optionalWhole(key);
        return v == null ? 0 : v;
    }

    private static Measurement measurement(JsonFields f, String file, Catalog known) throws ScenarioFileException {
        String gpu = f.string("gpu");
        String model = f.string("model");
        Engine engine = Engine.byId(f.string("engine"));
        Precision precision = Precision.byId(f.string("precision"));
        Measurement.Per per = Measurement.Per.byId(f.string("per"));
        Measurement.Measures measures = Measurement.Measures.byId(f.string("measures"));
        Measurement.Role role = Measurement.Role.byId(f.string("role"));
        String bad = engine == null ? "engine" : known.gpu(gpu).isEmpty() ? "gpu"
                : known.model(model).isEmpty() ? "model" : precision == null ? "precision" : per == null ? "per"
                : measures == null ? "measures" : role == null ? "role" : null;
        if (bad != null) {
            String what = switch (bad) {
                case "engine" -> "engine must be " + Engine.validIds();
                case "gpu" -> "gpu \"" + gpu + "\" is not in gpus.json; the ids there are " + known.gpuIds();
                case "model" -> "model \"" + model + "\" is not in open-models.json; the ids there are "
                        + known.modelIds();
                case "precision" -> "precision must be " + Precision.validIds();
                case "per" -> "per must be gpu, replica or sequence";
                case "measures" -> "measures must be decode, output or total";
                default -> "role must be fit, check or excluded";
            };
            Json at = f.node().members().get(bad);
            throw new ScenarioFileException(file, at.line(), at.column(), bad, f.string("id") + "." + bad + ": "
                    + what + ".", null);
        }
        return new Measurement(f.string("id"), engine, f.string("engineVersion"), gpu, f.whole("gpuCount"), model,
                precision, f.optionalWhole("inputTokens"), f.optionalWhole("outputTokens"),
                f.optionalWhole("concurrency"), f.optionalWhole("engineBatchLimit"), f.number("tokensPerSecond"), per,
                measures, f.optionalString("latencyLimit"), role, f.optionalString("reason"), f.string("source"),
                f.string("asOf"), f.optionalString("note"));
    }

    private static Source resource(String file) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalog " + file + " is missing from the build");
            }
            return new Source(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
