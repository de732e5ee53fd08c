package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossover export FILE --chart setup}: the cheapest-setup scatter and its rows, with optimize's flags. */
class ExportSetupCliTest {

    private static final Path SEVEN = Path.of("assets", "scenarios", "7-buying-beats-renting.crossover");
    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void theCsvListsOptimizesRowsInItsOrderWithItsFigures() throws Exception {
        CliRun csv = run("export", SEVEN.toString(), "--chart", "setup", "--model", "qwen3-32b", "--engine", "sglang",
                "--itl-ms", "40", "--csv", "-");
        CliRun json = run("optimize", SEVEN.toString(), "--model", "qwen3-32b", "--engine", "sglang", "--itl-ms", "40",
                "--json");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(json.code()).as(json.err()).isZero();

        List<String> lines = csv.out().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).startsWith("rank", "option", "gpu", "precision", "gpusPerReplica", "engine")
                .contains("horizonTotal", "sustainedBreakEven", "meetsTargets", "pareto");
        JsonNode rows = JSON.readTree(json.out()).get("rows");
        assertThat(lines).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            JsonNode row = rows.get(i);
            assertThat(cells[header.indexOf("option")]).isEqualTo(row.get("option").asText());
            assertThat(cells[header.indexOf("gpu")]).isEqualTo(row.get("gpu").asText());
            assertThat(cells[header.indexOf("engine")]).isEqualTo("sglang");
            assertThat(Double.parseDouble(cells[header.indexOf("horizonTotal")]))
                    .isEqualTo(row.get("horizonTotal").asDouble());
            assertThat(cells[header.indexOf("rank")])
                    .isEqualTo(row.get("rank").isNull() ? "" : row.get("rank").asText());
            assertThat(cells[header.indexOf("pareto")]).isEqualTo(row.get("pareto").asText());
        }
    }

    @Test
    void thePngAndSvgShowTheScatterWithItsSentencesLabels() throws Exception {
        Path png = dir.resolve("seven-setup.png");
        Path svg = dir.resolve("seven-setup.svg");
        CliRun r = run("export", SEVEN.toString(), "--chart", "setup", "--png", png.toString(), "--svg", svg.toString());

        assertThat(r.code()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        String drawing = Files.readString(svg);
        assertThat(drawing).contains("Llama 3.3 70B on vLLM: horizon total over 36 months").contains("ITL target 50 ms")
                .contains("API");
    }

    @Test
    void searchFlagsWithoutTheSetupChartAndBadSearchFlagsAreOneLineAndExitTwo() {
        CliRun stray = run("export", SEVEN.toString(), "--model", "qwen3-8b", "--csv", "-");
        assertThat(stray.code()).isEqualTo(2);
        assertThat(stray.err()).contains("--model, --engine and --itl-ms choose the setup search: give them with "
                + "--chart setup").hasLineCount(1);
        assertThat(stray.out()).isEmpty();

        CliRun unknown = run("export", SEVEN.toString(), "--chart", "setup", "--model", "gpt-9", "--csv", "-");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--model: no model \"gpt-9\" in the catalog; the ids are").hasLineCount(1);

        CliRun itl = run("export", SEVEN.toString(), "--chart", "setup", "--itl-ms", "0", "--csv", "-");
        assertThat(itl.code()).isEqualTo(2);
        assertThat(itl.err()).contains("--itl-ms must be a number of milliseconds > 0, not 0.").hasLineCount(1);
    }
}
