package crossover.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/** Where Crossover keeps its own files (log, autosave): the platform's per-user data folder. */
public final class AppDirs {

    private AppDirs() {
    }

    /**
     * The data folder: {@code -Dcrossover.data.dir} if set; else {@code %APPDATA%\Crossover} on Windows,
     * {@code ~/Library/Application Support/Crossover} on macOS, {@code $XDG_DATA_HOME/crossover} or
     * {@code ~/.local/share/crossover} elsewhere.
     */
    public static Path dataDir() {
        String override = System.getProperty("crossover.data.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Crossover") : Path.of(home, "AppData", "Roaming", "Crossover");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Crossover");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "crossover") : Path.of(home, ".local", "share", "crossover");
    }

    /** The log file that takes stack traces, so that dialogs and the terminal get sentences only. */
    public static Path logFile() {
        return dataDir().resolve("crossover.log");
    }

    /**
     * Appends a failure with its stack trace to the log.
     *
     * @return the log file, or empty text if even the log could not be written
     */
    public static String log(String context, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        Path log = logFile();
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " " + context + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
