package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing files: all or nothing, through links, never onto devices, and no temporary file left behind. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private static AtomicFile.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFolderForOneOutputLeavesEveryOutputUnwritten() throws IOException {
        Path first = dir.resolve("a.png");
        Path missing = dir.resolve("missing").resolve("x.svg");

        assertThatThrownBy(() -> AtomicFile.writeAll(List.of(new AtomicFile.Output(first, text("png")),
                new AtomicFile.Output(missing, text("svg")))))
                .isInstanceOfSatisfying(AtomicFile.UnwritableException.class,
                        e -> assertThat(e.file()).isEqualTo(missing));

        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void aContentThatFailsLeavesTheFilesBeforeItAsTheyWereAndNoTemporaryFile() throws IOException {
        Path first = Files.writeString(dir.resolve("a.csv"), "old");

        assertThatThrownBy(() -> AtomicFile.writeAll(List.of(new AtomicFile.Output(first, text("new")),
                new AtomicFile.Output(dir.resolve("b.svg"), out -> {
                    out.write(1);
                    throw new IOException("No space left on device");
                }))))
                .isInstanceOf(AtomicFile.UnwritableException.class);

        assertThat(Files.readString(first)).isEqualTo("old");
        assertThat(namesIn(dir)).containsExactly("a.csv");
    }

    @Test
    void theErrorNamesTheUsersPathAndTheReasonNeverTheTemporaryFile() {
        Path missing = dir.resolve("missing").resolve("x.svg");
        Path full = dir.resolve("full.csv");

        assertThatThrownBy(() -> AtomicFile.write(missing, text("svg")))
                .hasMessage(missing + ": the folder " + missing.getParent() + " does not exist");
        assertThatThrownBy(() -> AtomicFile.write(full, out -> {
            throw new java.nio.file.FileSystemException(dir.resolve(".full.csv.1v4n9oxvl239d.crossover.tmp").toString(),
                    null, "No space left on device");
        }))
                .hasMessage(full + ": the disk is full")
                .isInstanceOfSatisfying(AtomicFile.UnwritableException.class,
                        e -> assertThat(e.reason()).isEqualTo("the disk is full"));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTargetAndStaysALink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("target.csv"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), Path.of("new.csv"));

        AtomicFile.write(link, text("new"));
        AtomicFile.write(dangling, text("created"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("new.csv"))).isEqualTo("created");
        assertThat(namesIn(dir)).containsExactly("dangling.csv", "link.csv", "new.csv", "target.csv");
    }

    @Test
    void aDeviceIsRefusedBeforeAnythingIsWritten() {
        Path device = Path.of("/dev/null");
        assumeThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).as("a Unix device").isTrue();

        // Only the check, which writes nothing: a write that wrongly went ahead would replace the device as root.
        assertThatThrownBy(() -> AtomicFile.checkedTarget(device))
                .hasMessage("/dev/null: it is a device, a pipe or a socket, not a regular file, and only regular "
                        + "files are written");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void aFolderIsRefusedAndKeepsWhatIsInIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("chart.png"));
        Files.writeString(folder.resolve("inside.txt"), "keep");

        assertThatThrownBy(() -> AtomicFile.write(folder, text("png"))).hasMessage(folder + ": it is a folder");

        assertThat(namesIn(folder)).containsExactly("inside.txt");
        assertThat(namesIn(dir)).containsExactly("chart.png");
    }

    @Test
    void aWriteStoppedWithSigtermLeavesNoTemporaryFile() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path records = dir.resolve("records");
        Process writer = startSlowWriter(out.resolve("report.pdf"), records);
        assertThat(namesIn(out)).singleElement().asString().startsWith(".report.pdf.");

        writer.destroy(); // SIGTERM, as Ctrl+C's SIGINT: the JVM runs its shutdown hooks
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(namesIn(out)).isEmpty();
        assertThat(namesIn(records)).isEmpty();
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsDeletedAtTheNextStartAndNotWhileItsWriterRuns() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path records = dir.resolve("records");
        Process writer = startSlowWriter(out.resolve("report.pdf"), records);
        try {
            assertThat(AtomicFile.deleteOrphans(records)).isZero();
            assertThat(namesIn(out)).hasSize(1);
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(namesIn(out)).hasSize(1);

        assertThat(AtomicFile.deleteOrphans(records)).isEqualTo(1);

        assertThat(namesIn(out)).isEmpty();
        assertThat(namesIn(records)).isEmpty();
    }

    @Test
    void aRecordThatNamesSomethingElseDeletesNothing() throws IOException {
        Path records = Files.createDirectory(dir.resolve("records"));
        Path precious = Files.writeString(dir.resolve("precious.txt"), "mine");
        Files.writeString(records.resolve("1-1-x.record"), precious.toString());

        assertThat(AtomicFile.deleteOrphans(records)).isZero();

        assertThat(Files.readString(precious)).isEqualTo("mine");
    }

    /** Starts a JVM that begins writing {@code file} and waits until the temporary file has content. */
    private static Process startSlowWriter(Path file, Path records) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), file.toString(),
                records.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("writing");
        return p;
    }
}
