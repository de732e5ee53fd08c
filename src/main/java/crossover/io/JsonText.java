package crossover.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Strict reading of one JSON document from a file a user owns (scenario files, catalogs, imported price lists):
 * a size cap checked before parsing, UTF-8 only, no duplicate keys, bounded nesting and number length, and a
 * sentence with the file, line and column for everything that goes wrong. The result is a {@link Json} tree that
 * remembers positions, so the format's own checks can point at the offending value too.
 */
final class JsonText {

    private static final int MAX_NESTING = 32;
    private static final int MAX_NUMBER_LENGTH = 100;

    private final String noun;
    private final int maxBytes;
    private final JsonFactory factory;

    /**
     * @param noun     how messages name such a file, with its article: "a scenario file"
     * @param maxBytes the largest file accepted
     */
    JsonText(String noun, int maxBytes) {
        this.noun = noun;
        this.maxBytes = maxBytes;
        // Duplicate keys, non-finite numbers, nesting and number length are refused by value() below, where the
        // refusal is a type rather than a sentence of Jackson's; Jackson's own limits are the backstop.
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING + 1)
                        .maxNumberLength(maxBytes)
                        .maxStringLength(maxBytes)
                        .maxNameLength(maxBytes)
                        .build())
                .build();
    }

    /**
     * The bytes of a file, refusing folders, anything else that is not a regular file (a pipe, a device, a
     * socket: reading one could block forever or never end) and files over the size cap, before reading them.
     */
    byte[] readFile(Path file) throws ScenarioFileException {
        String name = file.toString();
        if (name.isEmpty()) {
            // An empty argument ("") names the working folder; said as what it is, not as ": is a folder".
            throw new ScenarioFileException("\"\"", "an empty file name; give the path of " + noun + ".", null);
        }
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ScenarioFileException(name, "is a folder, not " + noun + ".", null);
            }
            if (!attributes.isRegularFile()) {
                throw new ScenarioFileException(name, "is not a regular file (a pipe, device or socket); "
                        + noun + " is read only from a regular file.", null);
            }
            long size = attributes.size();
            if (size > maxBytes) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(name, "no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(name, "permission denied: the file cannot be read.", e);
        } catch (IOException e) {
            throw new ScenarioFileException(name, "cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length);
        }
        return bytes;
    }

    /** Parses the bytes of a file; {@code name} is how messages refer to it. */
    Json parse(String name, byte[] bytes) throws ScenarioFileException {
        try {
            if (bytes.length > maxBytes) {
                throw tooLarge(name, bytes.length);
            }
            String text = decode(name, bytes);
            if (text.isBlank()) {
                throw new ScenarioFileException(name, "is empty: " + noun + " holds a JSON object.", null);
            }
            return parseText(name, text);
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(name, e);
        }
    }

    /** A bug met while reading a file, said so, with the file to report. */
    static ScenarioFileException unexpected(String name, Throwable e) {
        return new ScenarioFileException(name, "could not be read because of an unexpected error ("
                + e.getClass().getSimpleName() + "); please report it with the file.", e);
    }

    /** A value or key cut to a length a message can carry. */
    static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 40) + "…";
    }

    private ScenarioFileException tooLarge(String name, long size) {
        return new ScenarioFileException(name, String.format(Locale.ROOT,
                "is %,d bytes; %s is at most %,d bytes (%s). Is it the right file?",
                size, noun, maxBytes, mebibytes(maxBytes)), null);
    }

    private static String mebibytes(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }

    private String decode(String name, byte[] bytes) throws ScenarioFileException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (looksLikeUtf16(bytes)) {
            throw new ScenarioFileException(name, "is encoded as UTF-16 or UTF-32; save it as UTF-8.", null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            if (text.indexOf('\0') >= 0) {
                throw new ScenarioFileException(name, "contains binary data, not JSON text: is it " + noun + "?",
                        null);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(name, "is not UTF-8 text (invalid bytes near byte " + in.position()
                    + "): is it " + noun + "?", e);
        }
    }

    private static boolean looksLikeUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return true;
        }
        // Without a byte-order mark, JSON in UTF-16/32 starts with a zero byte next to '{' or a space.
        return b.length >= 2 && (b[0] == 0 || b[1] == 0);
    }

    private Json parseText(String name, String text) throws ScenarioFileException {
        JsonParser p;
        try {
            p = factory.createParser(text);
        } catch (IOException e) {
            throw new ScenarioFileException(name, "cannot be read: " + e.getMessage(), e);
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioFileException(name, "is empty: " + noun + " holds a JSON object.", null);
            }
            Json root = value(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ScenarioFileException(name, at.getLineNr(), at.getColumnNr(), null,
                        "unexpected content after the end of the JSON object; " + noun + " holds exactly one JSON object.",
                        null);
            }
            return root;
        } catch (Refusal r) {
            String why = switch (r.kind) {
                case DUPLICATE_KEY -> "not valid JSON: the key '" + r.token + "' appears twice in the same object.";
                case NOT_FINITE -> "not valid JSON: Non-standard token '" + r.token
                        + "': only finite numbers are allowed.";
                case TOO_DEEP -> "nested more than " + MAX_NESTING + " levels deep; " + noun
                        + " is at most a few levels deep.";
                case NUMBER_TOO_LONG -> "a number longer than " + MAX_NUMBER_LENGTH
                        + " characters; write it with at most 17 significant digits.";
                case OUT_OF_RANGE -> "not valid JSON: the number " + abbreviate(r.token) + " is out of range.";
            };
            throw new ScenarioFileException(name, r.line, r.column, r.field,
                    r.field == null ? why : r.field + ": " + why, r);
        } catch (StreamConstraintsException e) {
            // Only a backstop is left here (value() checks the limits a file can meet); the parser knows where it is.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw new ScenarioFileException(name, line(at), column(at), null,
                    "exceeds a size limit of the reader (" + e.getOriginalMessage() + ").", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Jackson throws its end-of-input type for most truncations, a plain parse error for one after a comma.
            String why = e instanceof JsonEOFException || endsAfterComma(text, at)
                    ? "the file ends too early; it may be truncated."
                    : isAt(text, at, '/') ? "comments are not allowed in JSON."
                    : plainJacksonMessage(e.getOriginalMessage());
            throw new ScenarioFileException(name, line(at), column(at), null, "not valid JSON: " + why, e);
        } catch (IOException e) {
            throw new ScenarioFileException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Json value(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                checkDepth(p, line, col);
                Json.Obj obj = new Json.Obj(line, col);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    if (obj.members().containsKey(key)) {
                        throw new Refusal(Refusal.Kind.DUPLICATE_KEY, abbreviate(key), keyAt.getLineNr(),
                                keyAt.getColumnNr(), null);
                    }
                    obj.keyPositions().put(key, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                    p.nextToken();
                    obj.members().put(key, value(p));
                }
                return obj;
            }
            case START_ARRAY -> {
                checkDepth(p, line, col);
                List<Json> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new Json.Arr(items, line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = p.getText();
                if (p.isNaN()) {
                    throw new Refusal(Refusal.Kind.NOT_FINITE, text, line, col, null);
                }
                if (text.length() > MAX_NUMBER_LENGTH) {
                    throw new Refusal(Refusal.Kind.NUMBER_TOO_LONG, text, line, col, pathOf(p.getParsingContext()));
                }
                try {
                    return new Json.Num(text, new BigDecimal(text), line, col);
                } catch (NumberFormatException e) {
                    throw new Refusal(Refusal.Kind.OUT_OF_RANGE, text, line, col, null);
                }
            }
            case VALUE_STRING -> {
                return new Json.Str(p.getText(), line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Json.Bool(t == JsonToken.VALUE_TRUE, line, col);
            }
            case VALUE_NULL -> {
                return new Json.Null(line, col);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        }
    }

    private static void checkDepth(JsonParser p, int line, int column) throws Refusal {
        if (p.getParsingContext().getNestingDepth() > MAX_NESTING) {
            throw new Refusal(Refusal.Kind.TOO_DEEP, null, line, column, pathOf(p.getParsingContext()));
        }
    }

    /** Whether Jackson stopped at the end of a text whose last sign is a comma. */
    private static boolean endsAfterComma(String text, JsonLocation at) {
        long offset = at == null ? -1 : at.getCharOffset();
        return offset >= 0 && offset <= text.length() && text.substring((int) offset).isBlank()
                && text.stripTrailing().endsWith(",");
    }

    /** Whether the text holds {@code c} where Jackson stopped. */
    private static boolean isAt(String text, JsonLocation at, char c) {
        long offset = at == null ? -1 : at.getCharOffset();
        return offset >= 0 && offset < text.length() && text.charAt((int) offset) == c;
    }

    /** Something the file may not hold, found while building the tree: what, and where. */
    private static final class Refusal extends IOException {
        enum Kind { DUPLICATE_KEY, NOT_FINITE, TOO_DEEP, NUMBER_TOO_LONG, OUT_OF_RANGE }

        final Kind kind;
        final String token;
        final int line;
        final int column;
        final String field;

        Refusal(Kind kind, String token, int line, int column, String field) {
            super(kind.name());
            this.kind = kind;
            this.token = token;
            this.line = line;
            this.column = column;
            this.field = field;
        }
    }

    /** The dotted path of the field the parser is in, e.g. {@code selfHosted.setupCost}; null at the top. */
    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, path.length() == 0 ? c.getCurrentName() : c.getCurrentName() + ".");
            } else if (c.inArray()) {
                return null;
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    /**
     * The sentence of a syntax error Jackson found, for display only (errors are told apart by type above): its
     * messages name its internals ("ctxt", "REQUIRE_TRAILING"); keep the part a person can use.
     */
    private static String plainJacksonMessage(String message) {
        String m = message == null ? "" : message;
        int cut = m.indexOf(" (for ");
        m = cut > 0 ? m.substring(0, cut) : m;
        cut = m.indexOf("\n");
        m = cut > 0 ? m.substring(0, cut) : m;
        // A hint to "enable `JsonReadFeature...`" names a switch of ours, not something the user can do; and the
        // parser reads NaN and infinities only so that value() can refuse them by name, so it must not offer them.
        cut = m.indexOf(": enable `");
        m = cut > 0 ? m.substring(0, cut) : m;
        m = m.replace(" (or 'NaN'/'+INF'/'-INF')", "");
        return m.endsWith(".") ? m : m + ".";
    }
}
