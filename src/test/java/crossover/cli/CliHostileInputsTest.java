package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crossover.io.ScenarioWriter;
import crossover.io.TestFiles;
import crossover.model.MonteCarlo;
import crossover.model.TestScenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 at the command line: a valid scenario that used to loop forever returns, a FIFO is refused rather than
 * waited on, control characters from names and files never reach the terminal raw, a tornado variant or a draw
 * that overflows is reported rather than fatal, and a stray argument after {@code -V} is refused.
 */
class CliHostileInputsTest {

    /** Far more than any of these takes; a hang fails the test instead of stalling the build. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> CliRun.run(args),
                () -> "crossover " + String.join(" ", args) + " did not return within " + BOUND);
    }

    private static String staircaseSample() throws IOException {
        return Files.readString(Path.of("assets", "scenarios", "4-zig-zag-break-even.crossover"));
    }


    @Test
    void theStaircaseSampleWithASetupCostOf1e21EvaluatesAndReportsNoSelfHostedBreakEven() throws IOException {
        String text = staircaseSample();
        // The sample's self-hosted set-up cost is the first "setupCost": 0 in the file.
        Path file = Files.writeString(dir.resolve("s.crossover"),
                text.replaceFirst("\"setupCost\": 0", "\"setupCost\": 1e21"));
        assertThat(Files.readString(file)).contains("\"setupCost\": 1e21");

        long start = System.nanoTime();
        CliRun r = run("evaluate", file.toString(), "--json");
        System.out.printf("crossover evaluate (setupCost 1e21) --json: %.1f ms%n", (System.nanoTime() - start) / 1e6);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\"breakEven\": \\{\\s*\"self-hosted\": \\{\\s*\"first\": null,\\s*"
                + "\"sustained\": null");
        // The readable summary gives each GPU option's break-even sentence, self-hosting's included.
        CliRun summary = run("evaluate", file.toString());
        assertThat(summary.out()).contains("No break-even for self-hosting").contains("beyond a million replicas");
    }

    @Test
    void evaluateOfAFifoExitsTwoWithOneLineInsteadOfWaitingForever() throws Exception {
        Path fifo = TestFiles.fifo(dir, "f");

        CliRun r = run("evaluate", fifo.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("crossover: " + fifo + ": is not a regular file (a pipe, device or socket); "
                + "a scenario file is read only from a regular file." + System.lineSeparator());
    }

    @Test
    void catalogImportOfAFifoExitsTwoWithOneLineInsteadOfWaitingForever() throws Exception {
        Path fifo = TestFiles.fifo(dir, "f");

        CliRun r = run("catalog", "--import-litellm", fifo.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).startsWith("crossover: " + fifo + ": is not a regular file").hasLineCount(1);
    }

    @Test
    void aPathWithANewlineGivesAOneLineErrorWithTheNewlineEscaped() throws IOException {
        Path file;
        try {
            file = Files.writeString(dir.resolve("two\nlines.crossover"), "{");
        } catch (IOException | java.nio.file.InvalidPathException notOnThisFileSystem) {
            assumeTrue(false, "this file system refuses a newline in a name");
            return;
        }

        CliRun r = run("evaluate", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).hasLineCount(1).contains("two\\nlines.crossover: line 1, column 2: ");
    }

    @Test
    void aScenarioNameWithTerminalEscapeCodesIsPrintedWithTheCodesEscaped() throws IOException {
        String text = staircaseSample().replaceFirst("\"name\": \"[^\"]*\"",
                "\"name\": \"Red \\\\u001b[31malert\\\\u001b[0m\\\\nsecond line\"");
        Path file = Files.writeString(dir.resolve("s.crossover"), text, StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).contains("\\u001b[31malert");

        CliRun r = run("evaluate", file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").startsWith("Red \\u001B[31malert\\u001B[0m\\nsecond line\n");
    }

    @Test
    void anUnknownOptionWithAControlCharacterIsNamedWithItEscaped() {
        CliRun r = run("evaluate", "--bad\u001b[2J", "x.crossover");

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).doesNotContain("\u001b").contains("\\u001B[2J").hasLineCount(1);
    }

    private Path written(String name, crossover.model.Scenario s) throws Exception {
        Path file = dir.resolve(name);
        new ScenarioWriter().write(file, s);
        return file;
    }

    @Test
    void evaluateJsonOfAScenarioWhoseTornadoVariantOverflowsExitsZeroWithRowsWithoutValuesAndAReason()
            throws Exception {
        Path file = written("near.crossover", TestScenarios.nearTheLargestVolume());

        CliRun r = run("evaluate", file.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode rows = JSON.readTree(r.out()).get("sensitivity");
        Map<String, JsonNode> byInput = new LinkedHashMap<>();
        rows.forEach(row -> byInput.put(row.get("input").asText(), row));
        for (String path : List.of("workload.dailyRequests", "workload.tokensPerRequest")) {
            JsonNode row = byInput.get(path);
            assertThat(List.of(row.get("low"), row.get("high"), row.get("swing"))).as(path).allMatch(JsonNode::isNull);
            assertThat(row.get("reason").asText()).as(path).startsWith("At 1.2× (")
                    .contains("exceeds the largest volume");
        }
        JsonNode price = byInput.get("selfHosted.gpuHourlyPrice");
        assertThat(List.of(price.get("low"), price.get("high"), price.get("swing"))).allMatch(JsonNode::isNumber);
        assertThat(price.has("reason")).isFalse();
    }

    @Test
    void evaluateJsonCountsDrawsWhoseCostsOverflowAsInvalidDrawsAndReportsTheRest() throws Exception {
        crossover.model.Scenario s = TestScenarios.drawsThatOverflow(1_000, 7);
        Path file = written("draws.crossover", s);

        CliRun r = run("evaluate", file.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode u = JSON.readTree(r.out()).get("uncertainty");
        assertThat(u.get("samples").asInt()).isEqualTo(1_000);
        // The model's count is checked against the ranges' probability in VariantsAndDrawsThatOverflowTest.
        assertThat(u.get("invalidDraws").asInt()).isEqualTo(MonteCarlo.run(s).invalidDraws()).isBetween(100, 400);
        u.get("horizonTotal").forEach(p -> assertThat(List.of(p.get("p10"), p.get("p50"), p.get("p90")))
                .allMatch(JsonNode::isNumber));
    }

    @Test
    void exportOfTheTornadoShowsARowWithoutValuesWithItsReasonInTheCsvAndTheImage() throws Exception {
        Path file = written("near.crossover", TestScenarios.nearTheLargestVolume());
        Path csv = dir.resolve("tornado.csv");
        Path svg = dir.resolve("tornado.svg");

        CliRun r = run("export", file.toString(), "--chart", "tornado", "--csv", csv.toString(), "--svg",
                svg.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("input,low,high,swing,reason");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("workload.dailyRequests,,,,\"At 1.2× (")
                .endsWith("exceeds the largest volume that can be computed.\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("selfHosted\\.gpuHourlyPrice,[^,]+,[^,]+,[^,]+,"));
        assertThat(Files.readString(svg)).contains("At 1.2× (");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-V junk|junk", "--version junk|junk", "--help junk|junk",
            "evaluate --help a.crossover b|b"})
    void versionOrHelpWithAStrayArgumentExitsTwoNamingIt(String args, String stray) {
        CliRun r = run(args.split(" "));

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'" + stray + "'").hasLineCount(1);
    }

    @Test
    void versionAloneStillPrintsTheVersion() {
        CliRun r = run("-V");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Crossover ");
    }

    @Test
    void evaluateJsonKeepsStandardOutputToTheJsonAndTellsOfSlowDrawsOnlyOnStandardError() throws Exception {
        Path file = Path.of("assets", "scenarios", "5-hybrid-batch-and-growth.crossover");

        CliRun r = run("evaluate", file.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        // Quick draws say nothing; on a busy machine they may pass a second and say so, on standard error only.
        assertThat(r.err().lines()).allMatch(line -> line.startsWith("crossover: drawing 10,000 samples "));
        assertThat(r.out()).startsWith("{").endsWith("}\n");
        JsonNode document = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r.out());
        assertThat(document.get("uncertainty").get("invalidDraws").asInt()).isZero();
    }
}
