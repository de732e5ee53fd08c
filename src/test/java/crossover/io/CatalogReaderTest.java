package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.Measurement;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.model.catalog.Sourced;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled catalogs, and hostile catalog files refused with their place in the file. */
class CatalogReaderTest {

    // ---------------------------------------------------------------------------------------------------------
    // The bundled catalogs
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void bundledApiEntriesAreDatedSourcedAndPriced() {
        Catalog c = CatalogReader.bundled();

        assertThat(c.api()).hasSizeGreaterThanOrEqualTo(20);
        for (ApiModel m : c.api()) {
            assertThat(m.provider()).as(m.id()).isNotBlank();
            assertThat(m.inputPricePerMTok()).as(m.id() + " input price").isNotNull().isGreaterThanOrEqualTo(0.0);
            assertThat(m.outputPricePerMTok()).as(m.id() + " output price").isNotNull().isGreaterThanOrEqualTo(0.0);
            assertThat(m.asOf()).as(m.id() + " asOf").isNotNull().matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(m.source()).as(m.id() + " source").isNotBlank();
        }
    }

    @Test
    void bundledGpusAreTheNineKnownOnesEachPricedAndSourced() {
        Catalog c = CatalogReader.bundled();

        assertThat(c.gpus()).extracting(GpuSpec::id).containsExactlyInAnyOrder("l4", "a10g", "l40s", "a100-40gb",
                "a100-80gb", "h100-sxm", "h200", "mi300x", "b200");
        for (GpuSpec g : c.gpus()) {
            assertThat(g.memoryGb()).as(g.id()).isPositive();
            assertThat(g.hourlyPrice()).as(g.id()).isPositive();
            assertThat(g.priceSource()).as(g.id()).isNotBlank();
            assertThat(g.specSource()).as(g.id()).isNotBlank();
        }
        // Spot checks against the data sheets: H100 SXM 80 GB at 3350 GB/s, H200 141 GB, MI300X 192 GB.
        assertThat(c.gpu("h100-sxm").orElseThrow().memoryGb()).isEqualTo(80.0);
        assertThat(c.gpu("h100-sxm").orElseThrow().memoryBandwidthGBs()).isEqualTo(3350.0);
        assertThat(c.gpu("h200").orElseThrow().memoryGb()).isEqualTo(141.0);
        assertThat(c.gpu("mi300x").orElseThrow().memoryGb()).isEqualTo(192.0);
    }

    @Test
    void theProvidersThatPublishABatchTierHaveTheirFiftyPercentWithASourceAndADate() {
        Catalog c = CatalogReader.bundled();

        for (ApiModel m : c.api()) {
            boolean publishes = List.of("OpenAI", "Anthropic", "Google").contains(m.provider());
            assertThat(m.batchDiscountPercent() != null).as(m.id()).isEqualTo(publishes);
            if (publishes) {
                assertThat(m.batchDiscountPercent().value()).as(m.id()).isEqualTo(50.0);
                assertThat(m.batchDiscountPercent().source()).as(m.id()).contains("http");
                assertThat(m.batchDiscountPercent().asOf()).as(m.id()).isNotNull();
            }
        }
        assertThat(c.api("anthropic/claude-sonnet-4-6").orElseThrow().cachedInputPricePerMTok()).isEqualTo(0.3);
    }

    @Test
    void gpuFiguresForOwningAndCommittingCarryTheirSourcesAndStayInRange() {
        Catalog c = CatalogReader.bundled();

        for (GpuSpec g : c.gpus()) {
            for (Sourced s : java.util.Arrays.asList(g.boardPowerW(), g.purchasePrice(), g.committedDiscountPercent())) {
                if (s != null) {
                    assertThat(s.source()).as(g.id()).contains("http");
                }
            }
            assertThat(g.committedDiscountPercent()).as(g.id()).isNotNull();
            assertThat(g.committedDiscountPercent().value()).as(g.id()).isBetween(0.0, 90.0);
        }
        // Spot checks against the sources: the H100 SXM and H200 SXM draw up to 700 W, the MI300X 750 W, the L4 72 W.
        assertThat(c.gpu("h100-sxm").orElseThrow().boardPowerW().value()).isEqualTo(700.0);
        assertThat(c.gpu("h200").orElseThrow().boardPowerW().value()).isEqualTo(700.0);
        assertThat(c.gpu("mi300x").orElseThrow().boardPowerW().value()).isEqualTo(750.0);
        assertThat(c.gpu("l4").orElseThrow().boardPowerW().value()).isEqualTo(72.0);
        // $25,000–30,000: the middle. 1 − 3.20 / 4.99 = 35.9 %, rounded.
        assertThat(c.gpu("h100-sxm").orElseThrow().purchasePrice().value()).isEqualTo(27_500.0);
        assertThat(c.gpu("h100-sxm").orElseThrow().committedDiscountPercent().value()).isEqualTo(36.0);
    }

    @Test
    void bundledModelsIncludeTheFourUsedInExamples() {
        Catalog c = CatalogReader.bundled();

        assertThat(c.models()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(c.models()).extracting(OpenModel::id)
                .contains("llama-3.1-8b", "llama-3.1-70b", "mistral-7b", "mixtral-8x7b");
        OpenModel mixtral = c.model("mixtral-8x7b").orElseThrow();
        assertThat(mixtral.sparse()).isTrue();
        assertThat(c.model("llama-3.1-8b").orElseThrow().sparse()).isFalse();
        assertThat(c.models()).allSatisfy(m -> assertThat(m.source()).as(m.id()).isNotBlank());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Minimal valid files, and hostile variants of them
    // ---------------------------------------------------------------------------------------------------------

    private static final String API_ENTRY = """
                {
                  "id": "openai/gpt-test",
                  "provider": "OpenAI",
                  "name": "GPT test",
                  "inputPricePerMTok": 0.15,
                  "outputPricePerMTok": 0.6,
                  "cachedInputPricePerMTok": null,
                  "asOf": "2025-01-01",
                  "source": "test"
                }""";

    private static final String L4 = """
                {
                  "id": "l4",
                  "name": "NVIDIA L4 24GB",
                  "vendor": "NVIDIA",
                  "memoryGb": 24,
                  "memoryBandwidthGBs": 300,
                  "bf16Tflops": 121,
                  "fp8Tflops": 242.5,
                  "specSource": "test",
                  "hourlyPrice": 0.7992,
                  "priceSource": "test",
                  "asOf": "2026-05-07"
                }""";

    private static final String H100 = """
                {
                  "id": "h100-sxm",
                  "name": "NVIDIA H100 SXM 80GB",
                  "vendor": "NVIDIA",
                  "memoryGb": 80,
                  "memoryBandwidthGBs": 3350,
                  "bf16Tflops": 989.4,
                  "fp8Tflops": 1978.9,
                  "specSource": "test",
                  "hourlyPrice": 2.99,
                  "priceSource": "test",
                  "asOf": "2026-05-07"
                }""";

    private static final String MODEL = """
                {
                  "id": "llama-3.1-8b",
                  "name": "Llama 3.1 8B",
                  "parametersB": 8.03,
                  "activeParametersB": 8.03,
                  "layers": 32,
                  "kvHeads": 8,
                  "headDim": 128,
                  "attentionHeads": 32,
                  "hiddenSize": 4096,
                  "contextLength": 131072,
                  "source": "test",
                  "asOf": "2024-07-23"
                }""";

    private static final String MEASUREMENT = """
                {
                  "id": "test-h100-llama8b",
                  "engine": "vllm",
                  "engineVersion": "0.11.0",
                  "gpu": "h100-sxm",
                  "gpuCount": 1,
                  "model": "llama-3.1-8b",
                  "precision": "fp16",
                  "inputTokens": 256,
                  "outputTokens": 256,
                  "concurrency": 64,
                  "tokensPerSecond": 2000,
                  "per": "gpu",
                  "measures": "decode",
                  "role": "fit",
                  "source": "test",
                  "asOf": "2025-09-07"
                }""";

    /** A catalog file of {@code kind} holding the given entries (header on lines 1–5, entries from line 6). */
    private static String catalog(String kind, String... entries) {
        return "{\n"
                + "  \"format\": \"crossover-catalog\",\n"
                + "  \"kind\": \"" + kind + "\",\n"
                + "  \"version\": 1,\n"
                + "  \"entries\": [\n"
                + String.join(",\n", entries) + "\n"
                + "  ]\n"
                + "}\n";
    }

    private static CatalogReader.Source source(String name, String text) {
        return new CatalogReader.Source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Catalog read(String gpus, String calibration) throws ScenarioFileException {
        return new CatalogReader().read(source("api-models.json", catalog("api-models", API_ENTRY)),
                source("gpus.json", gpus), source("open-models.json", catalog("open-models", MODEL)),
                source("calibration.json", calibration));
    }

    private static ScenarioFileException refused(String gpus, String calibration) {
        return catchThrowableOfType(ScenarioFileException.class, () -> read(gpus, calibration));
    }

    private static ScenarioFileException refusedGpus(String gpus) {
        return refused(gpus, catalog("calibration", MEASUREMENT));
    }

    /** The 1-based line of the first occurrence of {@code needle} in {@code text}, counted by hand. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("fixture contains %s", needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }

    /** The line of the {@code n}-th (0-based) entry's opening brace in a file made by {@link #catalog}. */
    private static int entryLine(String text, int n) {
        String[] lines = text.split("\n", -1);
        int seen = -1;
        for (int i = lineOf(text, "\"entries\""); i < lines.length; i++) {
            if (lines[i].trim().equals("{") && ++seen == n) {
                return i + 1;
            }
        }
        throw new AssertionError("no entry " + n);
    }

    @Test
    void theMinimalFilesAreValid() throws ScenarioFileException {
        Catalog c = read(catalog("gpus", L4, H100), catalog("calibration", MEASUREMENT));

        assertThat(c.gpus()).extracting(GpuSpec::id).containsExactly("l4", "h100-sxm");
        assertThat(c.gpu("l4").orElseThrow().hourlyPrice()).isEqualTo(0.7992);
        assertThat(c.api("openai/gpt-test").orElseThrow().inputPricePerMTok()).isEqualTo(0.15);
        assertThat(c.api("openai/gpt-test").orElseThrow().cachedInputPricePerMTok()).isNull();
        Measurement m = c.calibration().get(0);
        assertThat(m.precision()).isEqualTo(Precision.FP16);
        assertThat(m.measures()).isEqualTo(Measurement.Measures.DECODE);
        assertThat(m.inputTokens()).isEqualTo(256);
    }

    @Test
    void anExtraMisspeltFieldInAGpuEntryIsRefusedWithDidYouMean() {
        String gpus = catalog("gpus", L4.replace("\"memoryGb\": 24,", "\"memoryGb\": 24,\n      \"memoryGB\": 24,"));

        ScenarioFileException e = refusedGpus(gpus);

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("gpus.json");
        assertThat(e.line()).isEqualTo(lineOf(gpus, "\"memoryGB\""));
        assertThat(e.getMessage()).startsWith("line " + e.line() + ",")
                .contains("memoryGB").contains("Did you mean \"memoryGb\"?");
        assertThat(e.field()).contains("entries[0].memoryGB");
        assertThat(e.describe()).startsWith("gpus.json: line " + e.line());
    }

    @Test
    void aMisspeltOptionalFieldInAGpuEntryIsRefusedWithDidYouMean() {
        String gpus = catalog("gpus", L4.replace("\"fp8Tflops\"", "\"fp8TFlops\""));

        ScenarioFileException e = refusedGpus(gpus);

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(lineOf(gpus, "\"fp8TFlops\""));
        assertThat(e.getMessage()).contains("fp8TFlops").contains("Did you mean \"fp8Tflops\"?");
        assertThat(e.field()).contains("entries[0].fp8TFlops");
    }

    /**
     * The likely typo: "memoryGB" written instead of "memoryGb". The scenario reader refuses unknown fields before
     * it looks for missing ones, so a typo is named with "did you mean"; the catalog reader should do the same and
     * point at the misspelt key, not only say that "memoryGb" is missing.
     */
    @Test
    void aMisspeltRequiredFieldInAGpuEntryIsNamedWithDidYouMean() {
        String gpus = catalog("gpus", L4.replace("\"memoryGb\"", "\"memoryGB\""));

        ScenarioFileException e = refusedGpus(gpus);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("memoryGB").contains("Did you mean \"memoryGb\"?");
        assertThat(e.line()).isEqualTo(lineOf(gpus, "\"memoryGB\""));
    }

    @Test
    void aDuplicateIdIsRefusedAtTheSecondEntry() {
        String gpus = catalog("gpus", L4, H100, L4);

        ScenarioFileException e = refusedGpus(gpus);

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("gpus.json");
        // Entries start on line 6; a GPU entry is 13 lines (braces and 11 fields): the third opens on 6 + 2 × 13 = 32.
        assertThat(e.line()).isEqualTo(entryLine(gpus, 2)).isEqualTo(32);
        assertThat(e.getMessage()).startsWith("line 32,").contains("entries[2].id").contains("\"l4\"")
                .contains("appears twice");
        assertThat(e.field()).contains("id");
    }

    @Test
    void aNegativeHourlyPriceIsRefusedAtTheValue() {
        String gpus = catalog("gpus", L4, H100.replace("\"hourlyPrice\": 2.99", "\"hourlyPrice\": -2.99"));

        ScenarioFileException e = refusedGpus(gpus);

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(lineOf(gpus, "-2.99"));
        assertThat(e.getMessage()).startsWith("line " + e.line() + ",").contains("entries[1]")
                .contains("hourlyPrice").contains("> 0").contains("2.99");
        assertThat(e.field()).contains("entries[1].hourlyPrice");
    }

    @Test
    void aBatchDiscountAboveNinetyFivePercentOrAFigureWithoutASourceIsRefused() {
        String tooMuch = API_ENTRY.replace("\"source\": \"test\"", "\"source\": \"test\", \"batchDiscountPercent\": "
                + "{\"value\": 120, \"source\": \"a test\", \"asOf\": \"2025\"}");
        String unsourced = H100.replace("\"asOf\": \"2026-05-07\"", "\"asOf\": \"2026-05-07\", \"boardPowerW\": "
                + "{\"value\": 700}");
        String misspelt = H100.replace("\"asOf\": \"2026-05-07\"", "\"asOf\": \"2026-05-07\", "
                + "\"purchasePrice\": {\"value\": 27500, \"sourse\": \"x\"}");
        String badDate = H100.replace("\"asOf\": \"2026-05-07\"", "\"asOf\": \"2026-05-07\", "
                + "\"committedDiscountPercent\": {\"value\": 36, \"source\": \"x\", \"asOf\": \"May 2026\"}");

        ScenarioFileException batch = catchThrowableOfType(ScenarioFileException.class, () -> new CatalogReader()
                .read(source("api-models.json", catalog("api-models", tooMuch)),
                        source("gpus.json", catalog("gpus", L4, H100)),
                        source("open-models.json", catalog("open-models", MODEL)),
                        source("calibration.json", catalog("calibration", MEASUREMENT))));

        assertThat(batch.getMessage()).contains("batchDiscountPercent").contains("from 0 to 95").contains("120");
        assertThat(refusedGpus(catalog("gpus", L4, unsourced)).getMessage()).contains("boardPowerW")
                .contains("has no \"source\"");
        assertThat(refusedGpus(catalog("gpus", L4, misspelt)).getMessage()).contains("Did you mean \"source\"?");
        assertThat(refusedGpus(catalog("gpus", L4, badDate)).getMessage()).contains("YYYY-MM-DD");
    }

    @Test
    void aCatalogOfTheWrongKindIsRefused() {
        String gpus = catalog("api-models", L4);

        ScenarioFileException e = refusedGpus(gpus);

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("gpus.json");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("\"kind\" must be \"gpus\"").contains("\"api-models\"");
        assertThat(e.field()).contains("kind");
    }

    @Test
    void aMeasurementOnAGpuNotInTheCatalogIsRefused() {
        String calibration = catalog("calibration", MEASUREMENT.replace("\"gpu\": \"h100-sxm\"", "\"gpu\": \"h100-pcie\""));

        ScenarioFileException e = refused(catalog("gpus", L4, H100), calibration);

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("calibration.json");
        // The error points at the offending value, not at the entry.
        int gpuLine = calibration.substring(0, calibration.indexOf("\"gpu\": \"h100-pcie\"")).split("\n", -1).length;
        assertThat(gpuLine).isGreaterThan(entryLine(calibration, 0));
        assertThat(e.line()).isEqualTo(gpuLine);
        assertThat(e.field()).contains("gpu");
        assertThat(e.getMessage()).startsWith("line " + gpuLine + ",").contains("test-h100-llama8b")
                .contains("gpu \"h100-pcie\" is not in gpus.json").contains("l4, h100-sxm");
    }

    @Test
    void aMeasurementLeftOutWithoutAReasonIsRefused() {
        String calibration = catalog("calibration", MEASUREMENT.replace("\"role\": \"fit\"",
                "\"role\": \"excluded\""));

        ScenarioFileException e = refused(catalog("gpus", L4, H100), calibration);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("test-h100-llama8b.reason").contains("says why");
    }

    @Test
    void aMeasurementOfAnUnknownEngineIsRefusedNamingTheValidOnes() {
        String calibration = catalog("calibration", MEASUREMENT.replace("\"vllm\"", "\"tgi\""));

        ScenarioFileException e = refused(catalog("gpus", L4, H100), calibration);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("engine must be vllm, sglang or trtllm");
    }

    @Test
    void aMeasurementOfAnUnknownPrecisionIsRefused() {
        String calibration = catalog("calibration", MEASUREMENT.replace("\"fp16\"", "\"fp2\""));

        ScenarioFileException e = refused(catalog("gpus", L4, H100), calibration);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("precision must be fp16, fp8, int4 or fp4");
    }
}
