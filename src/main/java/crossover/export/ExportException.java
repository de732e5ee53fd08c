package crossover.export;

import java.util.Optional;

/**
 * An export that was refused or failed, as one sentence for the person who asked: the output as they named it
 * (when the problem is one output) and why. Every output is then as it was before.
 */
public final class ExportException extends Exception {

    private final String file;
    private final String detail;

    ExportException(String file, String detail, Throwable cause) {
        super(file == null ? detail : file + ": " + detail, cause);
        this.file = file;
        this.detail = detail;
    }

    /** The output the problem concerns, as the user named it; empty when it concerns the request as a whole. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The problem without the file: "cannot be written: the folder /x does not exist." */
    public String detail() {
        return detail;
    }
}
