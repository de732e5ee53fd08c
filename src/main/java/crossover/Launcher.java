package crossover;

import crossover.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The jar's entry point. With a subcommand it runs the CLI; with no arguments, or one file path, it opens the
 * window. Deliberately not a JavaFX {@code Application}: with JavaFX on the class path the main class must not
 * extend it.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean window = args.length == 0 || args.length == 1 && !Cli.isCommand(args[0]);
        PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        if (window) {
            err.println("crossover: the window is not part of this version yet; use the command line, "
                    + "e.g. crossover evaluate FILE (see crossover --help).");
            System.exit(Cli.BAD_INPUT);
        }
        System.exit(Cli.run(args, out, err));
    }
}
