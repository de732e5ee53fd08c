package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crossover.model.TestScenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, items 7 and 12: a file that is not a regular file is refused before it is read (reading a FIFO blocks
 * forever), and file names and file text reach a message with their control characters escaped, on one line.
 */
class FileKindsAndControlCharactersTest {

    /** Reading a FIFO nobody writes to never returns; a refusal takes milliseconds. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;


    @Test
    void aFifoIsRefusedAsAScenarioFileInOneSentenceWithoutReadingIt() throws Exception {
        Path fifo = TestFiles.fifo(dir, "pipe.crossover");

        ScenarioFileException e = assertTimeoutPreemptively(BOUND,
                () -> catchThrowableOfType(ScenarioFileException.class, () -> new ScenarioReader().read(fifo)));

        assertThat(e).isNotNull();
        assertThat(e.describe()).isEqualTo(fifo + ": is not a regular file (a pipe, device or socket); "
                + "a scenario file is read only from a regular file.");
    }

    @Test
    void aFifoIsRefusedAsALiteLlmPriceListInOneSentenceWithoutReadingIt() throws Exception {
        Path fifo = TestFiles.fifo(dir, "prices.json");

        ScenarioFileException e = assertTimeoutPreemptively(BOUND,
                () -> catchThrowableOfType(ScenarioFileException.class, () -> new LiteLlmImporter().read(fifo)));

        assertThat(e).isNotNull();
        assertThat(e.describe()).startsWith(fifo + ": is not a regular file").contains("a LiteLLM price list")
                .doesNotContain("\n");
    }

    @Test
    void aDeviceIsRefusedAsNotARegularFile() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "no /dev/zero here");

        ScenarioFileException e = assertTimeoutPreemptively(BOUND,
                () -> catchThrowableOfType(ScenarioFileException.class, () -> new ScenarioReader().read(device)));

        assertThat(e).isNotNull();
        assertThat(e.describe()).contains("is not a regular file");
    }

    @Test
    void aPathWithANewlineGivesAOneLineErrorWithTheNewlineEscaped() throws IOException {
        Path file;
        try {
            file = Files.writeString(dir.resolve("two\nlines.crossover"), "{", StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException notOnThisFileSystem) {
            assumeTrue(false, "this file system refuses a newline in a name");
            return;
        }

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> new ScenarioReader().read(file));

        assertThat(e).isNotNull();
        assertThat(e.describe()).doesNotContain("\n").contains("two\\nlines.crossover: line 1, column 2: ");
        // The exception keeps the name as given, for code that opens it again.
        assertThat(e.file()).isEqualTo(file.toString());
    }

    @Test
    void aMissingFileWhoseNameHoldsATerminalEscapeIsNamedWithTheEscapeShownNotObeyed() {
        Path file = dir.resolve("missing\u001b[2J.crossover");

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> new ScenarioReader().read(file));

        assertThat(e).isNotNull();
        assertThat(e.describe()).doesNotContain("\u001b").endsWith("missing\\u001B[2J.crossover: no such file.");
    }

    @Test
    void controlCharactersFromTheFileAreEscapedInTheMessage() {
        String text = new ScenarioWriter().toJson(TestScenarios.typical())
                .replaceFirst("\"dailyRequests\"", "\"bad\\\\u001b[31mkey\\\\nhere\": 1, \"dailyRequests\"");
        assertThat(text).contains("bad\\u001b[31mkey\\nhere");

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> new ScenarioReader().read("s.crossover", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(e).isNotNull();
        assertThat(e.describe()).contains("unknown field").contains("bad\\u001B[31mkey\\nhere")
                .doesNotContain("\u001b").doesNotContain("\n");
        assertThat(e.getMessage()).doesNotContain("\u001b");
        assertThat(e.detail()).doesNotContain("\u001b");
    }

    @Test
    void printableEscapesControlAndReorderingCharactersAndLeavesAllOtherTextAlone() {
        assertThat(Printable.escape("tab\there\r\n")).isEqualTo("tab\\there\\r\\n");
        assertThat(Printable.escape("\u001b[2J\u0000\u007f\u009b")).isEqualTo("\\u001B[2J\\u0000\\u007F\\u009B");
        assertThat(Printable.escape("a\u202Eb\u2028c")).isEqualTo("a\\u202Eb\\u2028c");
        String ordinary = "Prix « été » 日本 😀 C:\\Users\\x";
        assertThat(Printable.escape(ordinary)).isSameAs(ordinary);
        assertThat(Printable.escape(null)).isNull();
    }
}
