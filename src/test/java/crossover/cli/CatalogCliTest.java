package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import crossover.io.CatalogReader;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossover estimate} and {@code crossover catalog} as a user meets them: exit codes, JSON keys, values. */
class CatalogCliTest {

    @TempDir
    Path dir;

    private static final Catalog CATALOG = CatalogReader.bundled();

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    /** Exit 2 and exactly one line on stderr, which is returned. */
    private static String badInput(CliRun r) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().lines().toList()).as("stderr lines").hasSize(1);
        return r.err().strip();
    }

    // ---------------------------------------------------------------------------------------------------------
    // crossover estimate
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void estimateJsonCarriesTheEstimatorsNumbers() throws IOException {
        CliRun r = run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp16", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, Object> json = object(parse(r.out()));
        assertThat(json).containsKeys("tokensPerHourPerGpu", "gpusPerReplica", "batch", "basis");
        // The defaults of the command: 1500 tokens per request, output share 0.3, 50 ms between tokens.
        ThroughputEstimate e = ThroughputEstimator.estimate(EstimateRequest.of(CATALOG.gpu("h100-sxm").orElseThrow(),
                CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 1500, 0.3));
        assertThat(json.get("tokensPerHourPerGpu")).isEqualTo(e.tokensPerHourPerGpu());
        assertThat(json.get("lowTokensPerHourPerGpu")).isEqualTo(e.lowTokensPerHourPerGpu());
        assertThat(json.get("highTokensPerHourPerGpu")).isEqualTo(e.highTokensPerHourPerGpu());
        assertThat(json.get("gpusPerReplica")).isEqualTo((double) e.gpusPerReplica());
        assertThat(json.get("batch")).isEqualTo((double) e.batch());
        assertThat(json.get("basis")).isEqualTo(e.basis());
        assertThat(json).containsEntry("gpu", "h100-sxm").containsEntry("model", "llama-3.1-8b")
                .containsEntry("precision", "fp16");
        // 16.06e9 bytes of weights and 2·32·8·128·2 = 131 072 bytes of KV cache per token.
        assertThat((double) json.get("kvBytesPerToken")).isEqualTo(131_072.0);
    }

    @Test
    void estimateFlagsReachTheRequest() throws IOException {
        CliRun r = run("estimate", "--gpu", "H100-SXM", "--model", "llama-3.1-8b", "--precision", "int4",
                "--tokens-per-request", "3000", "--output-share", "0.5", "--itl-ms", "30", "--batch", "16",
                "--gpus", "2", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = object(parse(r.out()));
        ThroughputEstimate e = ThroughputEstimator.estimate(new EstimateRequest(CATALOG.gpu("h100-sxm").orElseThrow(),
                CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.INT4, Engine.VLLM, 3000, 0.5, 30, 16, 2, 0));
        assertThat(json.get("tokensPerHourPerGpu")).isEqualTo(e.tokensPerHourPerGpu());
        assertThat(json.get("gpusPerReplica")).isEqualTo(2.0);
        assertThat(json.get("batch")).isEqualTo(16.0);
    }

    @Test
    void theEngineFlagReachesTheRequestAndTheJsonNamesIt() throws IOException {
        CliRun r = run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp8",
                "--engine", "SGLang", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = object(parse(r.out()));
        ThroughputEstimate e = ThroughputEstimator.estimate(EstimateRequest.of(CATALOG.gpu("h100-sxm").orElseThrow(),
                CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.FP8, 1500, 0.3).withEngine(Engine.SGLANG));
        assertThat(json).containsEntry("engine", "sglang");
        assertThat(json.get("tokensPerHourPerGpu")).isEqualTo(e.tokensPerHourPerGpu());
        assertThat((String) json.get("basis")).contains("SGLang");
        // Without the flag the engine is vLLM.
        Map<String, Object> plain = object(parse(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b",
                "--precision", "fp8", "--json").out()));
        assertThat(plain).containsEntry("engine", "vllm");
    }

    @Test
    void theJsonCarriesTheTimeToFirstTokenAndWhetherItMeetsTheSla() throws IOException {
        CliRun r = run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp16",
                "--tokens-per-request", "22000", "--output-share", "0.1", "--latency-sla-ms", "200", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = object(parse(r.out()));
        ThroughputEstimate e = ThroughputEstimator.estimate(EstimateRequest.of(CATALOG.gpu("h100-sxm").orElseThrow(),
                CATALOG.model("llama-3.1-8b").orElseThrow(), Precision.FP16, 22_000, 0.1).withLatencySla(200));
        assertThat(json.get("ttftSeconds")).isEqualTo(e.ttftSeconds());
        assertThat(json.get("prefillSeconds")).isEqualTo(e.prefillSeconds());
        assertThat(json).containsEntry("latencySlaMs", 200.0).containsEntry("ttftWithinSla", false);
        // Without an SLA both are null.
        Map<String, Object> plain = object(parse(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b",
                "--precision", "fp16", "--json").out()));
        assertThat(plain).containsEntry("latencySlaMs", null).containsEntry("ttftWithinSla", null)
                .containsKey("ttftSeconds");
    }

    @Test
    void aLatencySlaThatIsNotAPositiveNumberIsRefused() {
        String line = badInput(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp16",
                "--latency-sla-ms", "0"));

        assertThat(line).contains("--latency-sla-ms must be a number of milliseconds > 0, not 0.");
    }

    /** Issue 16, item 12: 1e308 tokens reported "922337203685477630 GB" and blamed --model. */
    @Test
    void aRequestLongerThanTheModelsContextIsRefusedNamingTheFlagAndWhatIsValid() {
        String line = badInput(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp16",
                "--tokens-per-request", "1e308"));

        // Llama 3.1 8B's max_position_embeddings: 131,072.
        assertThat(line).startsWith("crossover: --tokens-per-request: tokens per request must be from 1 to 131,072 "
                + "(Llama 3.1 8B's context), not ").doesNotContain("--model").doesNotContain(" GB");
        // Qwen3 8B's native context is 32,768.
        assertThat(badInput(run("estimate", "--gpu", "h100-sxm", "--model", "qwen3-8b", "--precision", "fp16",
                "--tokens-per-request", "40000"))).contains("from 1 to 32,768 (Qwen3 8B's context), not 40000.");
    }

    /** Issue 16, item 12: --precision bf16 was accepted silently. */
    @Test
    void bf16IsSaidToBeReadAsFp16() throws IOException {
        CliRun r = run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "bf16", "--json");

        assertThat(r.code()).isZero();
        assertThat(r.err().lines().toList()).containsExactly("crossover: --precision bf16 is read as fp16: both "
                + "store 2 bytes a weight and run at the same tensor rate.");
        assertThat(object(parse(r.out()))).containsEntry("precision", "fp16");
        // The names it has need no note.
        assertThat(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "FP16").err())
                .isEmpty();
    }

    @Test
    void anUnknownEngineIsRefusedNamingTheValidOnes() {
        String line = badInput(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp16",
                "--engine", "tgi"));

        assertThat(line).contains("--engine").contains("vllm, sglang or trtllm").contains("\"tgi\"");
    }

    @Test
    void anUnknownGpuIsRefusedListingTheValidIds() {
        String line = badInput(run("estimate", "--gpu", "h100-pcie", "--model", "llama-3.1-8b", "--precision",
                "fp16"));

        assertThat(line).contains("h100-pcie");
        for (String id : List.of("l4", "a10g", "l40s", "a100-40gb", "a100-80gb", "h100-sxm", "h200", "mi300x")) {
            assertThat(line).contains(id);
        }
    }

    @Test
    void anUnknownPrecisionIsRefused() {
        String line = badInput(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "fp2"));

        assertThat(line).contains("--precision").contains("fp16, fp8, int4 or fp4").contains("\"fp2\"");
    }

    @Test
    void fp4OnAGpuWithoutFp4TensorCoresIsRefusedNamingTheFlag() {
        String line = badInput(run("estimate", "--gpu", "h100-sxm", "--model", "llama-3.3-70b", "--precision",
                "fp4"));

        assertThat(line).contains("--precision").contains("fp4 needs FP4 tensor cores").contains("B200");
        CliRun ok = run("estimate", "--gpu", "b200", "--model", "llama-3.3-70b", "--precision", "fp4", "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
    }

    @Test
    void aModelTooBigForTheGpusAskedForIsRefused() {
        // Llama 3.1 70B at fp16: 141.1e9 bytes of weights > 24e9 × 0.9 on one L4.
        String line = badInput(run("estimate", "--gpu", "l4", "--model", "llama-3.1-70b", "--precision", "fp16",
                "--gpus", "1"));

        assertThat(line).contains("--gpus").contains("141.1 GB").contains("choose a larger GPU");
    }

    // ---------------------------------------------------------------------------------------------------------
    // crossover catalog
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void catalogJsonListsEveryBundledEntryWithItsDateAndSource() throws IOException {
        CliRun r = run("catalog", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = object(parse(r.out()));
        assertThat(json).containsKeys("api", "gpus", "models");
        List<Map<String, Object>> api = objects(json.get("api"));
        List<Map<String, Object>> gpus = objects(json.get("gpus"));
        List<Map<String, Object>> models = objects(json.get("models"));
        assertThat(api).hasSize(CATALOG.api().size());
        assertThat(gpus).hasSize(CATALOG.gpus().size());
        assertThat(models).hasSize(CATALOG.models().size());
        for (Map<String, Object> a : api) {
            assertThat(a).containsKeys("id", "provider", "inputPricePerMTok", "outputPricePerMTok", "asOf", "source");
            var bundled = CATALOG.api((String) a.get("id")).orElseThrow();
            assertThat(a.get("inputPricePerMTok")).as((String) a.get("id")).isEqualTo(bundled.inputPricePerMTok());
            assertThat(a.get("outputPricePerMTok")).as((String) a.get("id")).isEqualTo(bundled.outputPricePerMTok());
        }
        for (Map<String, Object> g : gpus) {
            assertThat(g).containsKeys("id", "name", "memoryGb", "hourlyPrice", "source");
            var bundled = CATALOG.gpu((String) g.get("id")).orElseThrow();
            assertThat(g.get("memoryGb")).isEqualTo(bundled.memoryGb());
            assertThat(g.get("hourlyPrice")).isEqualTo(bundled.hourlyPrice());
        }
        assertThat(models).extracting(m -> m.get("id")).contains("llama-3.1-8b", "mixtral-8x7b");
    }

    @Test
    void calibrationJsonSetsEachPublishedFigureAgainstTheEstimatedRange() throws IOException {
        CliRun r = run("catalog", "--calibration", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = objects(object(parse(r.out())).get("calibration"));
        assertThat(rows).hasSize(CATALOG.calibration().size());
        for (Map<String, Object> row : rows) {
            var m = CATALOG.calibration().stream().filter(x -> x.id().equals(row.get("id"))).findFirst().orElseThrow();
            var check = crossover.model.catalog.Calibration.check(m, CATALOG);
            assertThat(row.get("published")).isEqualTo(m.tokensPerSecond());
            assertThat(row.get("publishedPerReplica")).isEqualTo(m.perReplica());
            assertThat(row.get("role")).isEqualTo(m.role().id());
            assertThat(row.get("engine")).isEqualTo(m.engine().id());
            assertThat((double) row.get("low")).isEqualTo(check.low());
            assertThat((double) row.get("point")).isEqualTo(check.point());
            assertThat((double) row.get("high")).isEqualTo(check.high());
            // The flag agrees with the numbers printed next to it.
            double published = m.perReplica();
            boolean inside = (double) row.get("low") <= published && published <= (double) row.get("high");
            assertThat(row.get("inside")).as(m.id()).isEqualTo(inside);
        }
    }

    @Test
    void calibrationTextShowsEachPartAndItsSummary() {
        CliRun r = run("catalog", "--calibration");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\nFIT\n").contains("\nCHECK (held out)\n").contains("\nNOT USED");
        for (var role : crossover.model.catalog.Measurement.Role.values()) {
            long n = CATALOG.calibration().stream().filter(m -> m.role() == role).count();
            String line = r.out().lines().filter(l -> l.startsWith(role.id() + " ")).findFirst().orElseThrow();
            assertThat(line).as(role.id()).contains(" " + n + " measurements: published ÷ point ");
            if (role != crossover.model.catalog.Measurement.Role.EXCLUDED) {
                // Every fitted and every held-out figure lies inside its range.
                assertThat(line).as(role.id()).endsWith("; " + n + " inside the range");
            }
        }
        assertThat(r.out()).contains("Range: 0.50–1.49 × the point (high ÷ low 2.98), for every engine.");
        // Every left-out row is followed by its reason.
        for (var m : CATALOG.calibration()) {
            if (m.role() == crossover.model.catalog.Measurement.Role.EXCLUDED) {
                assertThat(r.out()).contains("    " + m.reason());
            }
        }
    }

    @Test
    void catalogImportsALiteLlmListAsApiEntriesOfTheSameShape() throws IOException {
        Path file = dir.resolve("prices.json");
        try (InputStream in = CatalogCliTest.class.getResourceAsStream("/crossover/io/litellm-fixture.json")) {
            assertThat(in).isNotNull();
            Files.write(file, in.readAllBytes());
        }

        CliRun r = run("catalog", "--import-litellm", file.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = object(parse(r.out()));
        List<Map<String, Object>> api = objects(json.get("api"));
        assertThat(api).extracting(a -> a.get("id")).containsExactly("litellm/gpt-4o-mini",
                "litellm/mistral/mistral-small-latest", "litellm/claude-3-5-haiku-20241022",
                "litellm/together_ai/some-input-only-model");
        for (Map<String, Object> a : api) {
            assertThat(a).containsKeys("id", "provider", "inputPricePerMTok", "outputPricePerMTok", "asOf", "source");
        }
        // 1.5e-07 and 6e-07 per token → 0.15 and 0.6 per million, exactly.
        assertThat(api.get(0)).containsEntry("inputPricePerMTok", 0.15).containsEntry("outputPricePerMTok", 0.6)
                .containsEntry("provider", "openai");
        // Only an input price (9e-07 → 0.9): the output side is JSON null, not 0.
        assertThat(api.get(3)).containsEntry("inputPricePerMTok", 0.9).containsEntry("outputPricePerMTok", null);
        assertThat(json).containsEntry("skippedUnpriced", 1.0).containsEntry("ignoredOtherModes", 3.0)
                .doesNotContainKeys("gpus", "models");
    }

    @Test
    void catalogImportOfAMissingFileIsRefused() {
        Path missing = dir.resolve("nope.json");

        String line = badInput(run("catalog", "--import-litellm", missing.toString(), "--json"));

        assertThat(line).contains(missing.toString()).contains("no such file");
    }

    // ---------------------------------------------------------------------------------------------------------
    // JSON, parsed with Jackson's streaming API: objects as maps, lists, numbers as Double, null
    // ---------------------------------------------------------------------------------------------------------

    private static Object parse(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            Object value = value(p);
            assertThat(p.nextToken()).as("one JSON value").isNull();
            return value;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, value(p));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        if (t.isNumeric()) {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isBoolean()) {
            return p.getBooleanValue();
        }
        return p.getText();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Map<String, Object>> objects(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(CatalogCliTest::object).toList();
    }
}
