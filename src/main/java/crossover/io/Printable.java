package crossover.io;

/** Text from a file or a command line made safe to show on one line of a terminal or a dialog. */
public final class Printable {

    private Printable() {
    }

    /**
     * The text with every control character written as an escape ({@code \n}, {@code \t}, {@code \r},
     * {@code \u001B}): a file name with a newline stays on one line, and a terminal escape code in a file is shown,
     * not obeyed. Line and paragraph separators and the bidirectional overrides, which reorder what follows them,
     * are escaped too.
     */
    public static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::needsEscape)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!needsEscape(c)) {
                b.appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04X", c));
            }
        });
        return b.toString();
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
