package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crossover.io.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 at the command line: a valid scenario that used to loop forever returns, a FIFO is refused rather than
 * waited on, control characters from names and files never reach the terminal raw, and a stray argument after
 * {@code -V} is refused.
 */
class CliHostileInputsTest {

    /** Far more than any of these takes; a hang fails the test instead of stalling the build. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        }, () -> "crossover " + String.join(" ", args) + " did not return within " + BOUND);
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
        Run r = run("evaluate", file.toString(), "--json");
        System.out.printf("crossover evaluate (setupCost 1e21) --json: %.1f ms%n", (System.nanoTime() - start) / 1e6);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\"breakEven\": \\{\\s*\"self-hosted\": \\{\\s*\"first\": null,\\s*"
                + "\"sustained\": null").contains("beyond a million replicas");
    }

    @Test
    void evaluateOfAFifoExitsTwoWithOneLineInsteadOfWaitingForever() throws Exception {
        Path fifo = TestFiles.fifo(dir, "f");

        Run r = run("evaluate", fifo.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("crossover: " + fifo + ": is not a regular file (a pipe, device or socket); "
                + "a scenario file is read only from a regular file." + System.lineSeparator());
    }

    @Test
    void catalogImportOfAFifoExitsTwoWithOneLineInsteadOfWaitingForever() throws Exception {
        Path fifo = TestFiles.fifo(dir, "f");

        Run r = run("catalog", "--import-litellm", fifo.toString());

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

        Run r = run("evaluate", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).hasLineCount(1).contains("two\\nlines.crossover: line 1, column 2: ");
    }

    @Test
    void aScenarioNameWithTerminalEscapeCodesIsPrintedWithTheCodesEscaped() throws IOException {
        String text = staircaseSample().replaceFirst("\"name\": \"[^\"]*\"",
                "\"name\": \"Red \\\\u001b[31malert\\\\u001b[0m\\\\nsecond line\"");
        Path file = Files.writeString(dir.resolve("s.crossover"), text, StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).contains("\\u001b[31malert");

        Run r = run("evaluate", file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").startsWith("Red \\u001B[31malert\\u001B[0m\\nsecond line\n");
    }

    @Test
    void anUnknownOptionWithAControlCharacterIsNamedWithItEscaped() {
        Run r = run("evaluate", "--bad\u001b[2J", "x.crossover");

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).doesNotContain("\u001b").contains("\\u001B[2J").hasLineCount(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-V junk|junk", "--version junk|junk", "--help junk|junk",
            "evaluate --help a.crossover b|b"})
    void versionOrHelpWithAStrayArgumentExitsTwoNamingIt(String args, String stray) {
        Run r = run(args.split(" "));

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'" + stray + "'").hasLineCount(1);
    }

    @Test
    void versionAloneStillPrintsTheVersion() {
        Run r = run("-V");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Crossover ");
    }
}
