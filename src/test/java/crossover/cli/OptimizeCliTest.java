package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import crossover.io.CatalogReader;
import crossover.io.ScenarioReader;
import crossover.io.ScenarioWriter;
import crossover.model.Scenario;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.setup.SetupRow;
import crossover.model.setup.SetupSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code crossover optimize} as a user meets it: the table, the JSON keys, exit codes, and evaluate agreeing. */
class OptimizeCliTest {

    private static final Path SEVEN = Path.of("assets", "scenarios", "7-buying-beats-renting.crossover");
    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void jsonRowsCarryTheIssuesKeysBestFirst() throws Exception {
        CliRun r = run("optimize", SEVEN.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out()).get("rows");
        assertThat(rows.size()).isGreaterThan(50);
        List<String> keys = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("option", "gpu", "precision", "gpusPerReplica", "engine", "tokensPerHourPerGpu",
                "batch", "itlMs", "ttftMs", "replicas", "gpus", "monthly", "horizonTotal", "sustainedBreakEven",
                "meetsTargets", "pareto");
        assertThat(rows.get(0).get("meetsTargets").asBoolean()).isTrue();
        assertThat(rows.get(0).get("pareto").asBoolean()).as("the cheapest row is on the front").isTrue();
        assertThat(rows.get(0).get("engine").asText()).isEqualTo("vllm");
        double previous = 0;
        for (JsonNode row : rows) {
            if (!row.get("meetsTargets").asBoolean()) {
                break;
            }
            assertThat(row.get("horizonTotal").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = row.get("horizonTotal").asDouble();
        }
        assertThat(rows.findValuesAsText("option")).contains("self-hosted", "cloud-managed", "on-prem");
    }

    @Test
    void theTableHasAHeaderAndTopRows() {
        CliRun r = run("optimize", SEVEN.toString(), "--top", "3", "--model", "llama-3.1-8b", "--engine", "trtllm");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Cheapest setup meeting the targets: Llama 3.1 8B at ");
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("rank")).findFirst().orElseThrow());
        assertThat(lines.get(header)).contains("GPU", "prec", "GPUs", "throughput", "ITL ms", "TTFT ms",
                "replicas", "horizon total", "meets", "Pareto");
        assertThat(lines.subList(header + 1, lines.size())).hasSize(3);
        assertThat(lines.get(header + 1).strip()).startsWith("1 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--model=nope", "--engine=tgi", "--top=0", "--top=x", "--itl-ms=-1", "--itl-ms=NaN",
            "--frobnicate"})
    void badFlagsAreOneLineAndExitTwo(String flag) {
        CliRun r = run("optimize", SEVEN.toString(), flag);
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("crossover: ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownModelNamesTheValidIds() {
        CliRun r = run("optimize", SEVEN.toString(), "--model", "gpt-5");
        assertThat(r.err()).contains("--model", "\"gpt-5\"", "llama-3.1-8b", "deepseek-v3");
    }

    @Test
    void requestsLongerThanTheContextAreOneLine() throws Exception {
        Path file = dir.resolve("long.crossover");
        Files.writeString(file, Files.readString(SEVEN).replace("\"tokensPerRequest\": 1500",
                "\"tokensPerRequest\": 500000"));
        CliRun r = run("optimize", file.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("context");
    }

    @Test
    void usingARowsSetupThenEvaluateGivesTheRowsFigures() throws Exception {
        CliRun opt = run("optimize", SEVEN.toString(), "--json", "--model", "qwen3-32b", "--top", "40");
        JsonNode rows = JSON.readTree(opt.out()).get("rows");
        Scenario s = new ScenarioReader().read(SEVEN).scenario();
        Catalog catalog = CatalogReader.bundled();
        List<SetupRow> found = SetupSearch.search(SetupSearch.Request.of(s, catalog,
                catalog.model("qwen3-32b").orElseThrow(), Engine.VLLM, 50)).rows();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            SetupRow x = found.get(i);
            assertThat(x.setup().gpu().id()).isEqualTo(row.get("gpu").asText());
            Path used = dir.resolve("used-" + i + ".crossover");
            new ScenarioWriter().write(used, x.setup().use(s), Map.of());
            CliRun ev = run("evaluate", used.toString(), "--json");
            assertThat(ev.code()).as(ev.err()).isZero();
            JsonNode cost = JSON.readTree(ev.out()).get("costs").get(row.get("option").asText());
            assertThat(cost.get("monthly").asDouble()).isEqualTo(row.get("monthly").asDouble());
            assertThat(cost.get("horizonTotal").asDouble()).isEqualTo(row.get("horizonTotal").asDouble());
            assertThat(cost.get("gpus").asDouble()).isEqualTo(row.get("gpus").asDouble());
            JsonNode be = JSON.readTree(ev.out()).get("breakEven").get(row.get("option").asText()).get("sustained");
            assertThat(be.isNull() ? null : be.asDouble()).isEqualTo(row.get("sustainedBreakEven").isNull() ? null
                    : row.get("sustainedBreakEven").asDouble());
        }
    }
}
