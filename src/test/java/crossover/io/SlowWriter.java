package crossover.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process that starts replacing a file and never finishes, for the tests of writes that are stopped: arguments
 * are the file and the folder of records. It prints "writing" once the temporary file has content.
 */
final class SlowWriter {

    private SlowWriter() {
    }

    public static void main(String[] args) throws IOException {
        AtomicFile.recordTemporaryFilesIn(Path.of(args[1]));
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("half of it".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("stopped");
            }
        });
    }
}
