package crossover.io;

import java.util.Optional;

/**
 * A scenario file that cannot be read or written, explained for the person who owns it: which file, where in
 * it (when known), which field, and what would be valid. The only exception the reader and writer throw.
 */
public final class ScenarioFileException extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String detail;

    public ScenarioFileException(String file, int line, int column, String field, String detail, Throwable cause) {
        // Details quote the file's text (keys, values, names), which may hold control characters.
        super(position(line, column) + Printable.escape(detail), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.detail = Printable.escape(detail);
    }

    public ScenarioFileException(String file, String detail, Throwable cause) {
        this(file, 0, 0, null, detail, cause);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it has no place in the text. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when it has no place in the text. */
    public int column() {
        return column;
    }

    /** The dotted field path the problem concerns, if any. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The problem without position or file. */
    public String detail() {
        return detail;
    }

    /**
     * {@code FILE: line L, column C: detail}, the one line the CLI prints and dialogs show; control characters in
     * the file's name or text are escaped, so it is one line and a terminal shows them rather than obeys them.
     */
    public String describe() {
        return Printable.escape(file) + ": " + getMessage();
    }

    private static String position(int line, int column) {
        return line > 0 ? "line " + line + ", column " + column + ": " : "";
    }
}
