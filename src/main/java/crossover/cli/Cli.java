package crossover.cli;

import crossover.io.AppDirs;
import crossover.io.AppInfo;
import crossover.io.Printable;
import crossover.io.ScenarioFileException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crossover} command line: the engine's answers without a window. */
@Command(name = "crossover", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Compares the monthly cost of running an LLM through an API, on self-hosted GPUs or on a "
                + "cloud-managed endpoint, and finds the exact break-even volume.",
        subcommands = {EvaluateCommand.class, ExportCommand.class, EstimateCommand.class, CatalogCommand.class,
                OptimizeCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input (one line on stderr), 1 an internal error (a bug)."})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int BUG = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bytes for standard output ({@code export --csv -}), beside the text of {@code out}. */
    private final OutputStream standardOutput;

    private Cli(OutputStream standardOutput) {
        this.standardOutput = standardOutput;
    }

    /** Where {@code -} writes: the process's standard output, or the text writer in tests. */
    OutputStream standardOutput() {
        return standardOutput;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the given streams and returns its exit code; {@code -} outputs go to {@code out} as UTF-8. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        OutputStream asText = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                out.write(toString(StandardCharsets.UTF_8));
                out.flush();
                reset();
            }
        };
        return run(args, out, err, asText);
    }

    /** Runs the CLI and returns its exit code; {@code -} outputs (CSV, SVG) go to {@code standardOutput} as bytes. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, OutputStream standardOutput) {
        CommandLine cmd = new CommandLine(new Cli(standardOutput));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((e, a) -> {
            err.println("crossover: " + Printable.escape(e.getMessage()) + " (see "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionStrategy(parsed -> {
            // picocli lets "-V junk" and "--help junk" through as help requests; a stray argument is refused.
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (!p.unmatched().isEmpty()) {
                    throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof ScenarioFileException bad) {
                err.println("crossover: " + bad.describe());
            } else {
                String log = AppDirs.log("crossover " + String.join(" ", args), e);
                err.println("crossover: internal error (" + e.getClass().getSimpleName() + ")"
                        + (log.isEmpty() ? "" : "; details in " + log) + ". Please report it.");
            }
            err.flush();
            return e instanceof ScenarioFileException ? BAD_INPUT : BUG;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Whether {@code arg} names a subcommand or a CLI option, as opposed to a file to open in the window. */
    public static boolean isCommand(String arg) {
        return arg.startsWith("-") || new CommandLine(new Cli(OutputStream.nullOutputStream())).getSubcommands().containsKey(arg);
    }

    /** The version from the build. */
    public static String version() {
        return AppInfo.version();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Crossover " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
