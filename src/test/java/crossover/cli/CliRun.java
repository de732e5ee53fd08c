package crossover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line as a user meets it, for tests: its exit code and what it printed on standard output
 * and standard error.
 */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
