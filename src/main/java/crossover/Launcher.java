package crossover;

import crossover.cli.Cli;
import crossover.io.AppDirs;
import crossover.io.AtomicFile;
import crossover.ui.App;
import crossover.ui.StartupProbe;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import javafx.application.Application;

/**
 * The jar's entry point. With a subcommand it runs the CLI; with no arguments, or one file path, it opens the
 * window. Deliberately not a JavaFX {@code Application}: with JavaFX on the class path the main class must not
 * extend it.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        // Window and CLI alike: remove the hidden temporary files a killed run left beside its targets.
        AtomicFile.recordTemporaryFilesIn(AppDirs.dataDir().resolve("temporary-files"));
        boolean window = args.length == 0 || args.length == 1 && !Cli.isCommand(args[0]);
        if (window) {
            App.prepare();
            Application.launch(App.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        System.exit(Cli.run(args, out, err, System.out));
    }
}
