package crossover.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files for tests that are not plain files. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A named pipe in {@code dir}; the calling test is skipped where no {@code mkfifo} can make one. */
    public static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            throw noMkfifo;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a FIFO here");
        return fifo;
    }
}
