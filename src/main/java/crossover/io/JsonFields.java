package crossover.io;

import crossover.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed access to one JSON object of a file, for formats read field by field (catalogs, imported lists): every
 * wrong value becomes a {@link ScenarioFileException} pointing at it, and {@link #finish} refuses fields the
 * format does not know, with a "did you mean".
 */
final class JsonFields {

    private final String file;
    private final String where;
    private final Json.Obj obj;
    private final Set<String> read = new HashSet<>();

    /** @param where the object's place for messages, e.g. {@code gpus[3]} */
    JsonFields(String file, String where, Json node) throws ScenarioFileException {
        this.file = file;
        this.where = where;
        if (!(node instanceof Json.Obj o)) {
            throw new ScenarioFileException(file, node.line(), node.column(), where,
                    where + " must be an object, not " + node.kindName() + ".", null);
        }
        this.obj = o;
    }

    Json.Obj node() {
        return obj;
    }

    String string(String key) throws ScenarioFileException {
        Json v = required(key);
        if (v instanceof Json.Str s && !s.value().isBlank()) {
            return s.value();
        }
        throw wrong(v, key, "a non-empty string");
    }

    /** A string, or null when the key is absent or null. */
    String optionalString(String key) throws ScenarioFileException {
        Json v = optional(key);
        return v == null ? null : string(key);
    }

    double number(String key) throws ScenarioFileException {
        return decimal(key).doubleValue();
    }

    /** A number, or null when the key is absent or null. */
    Double optionalNumber(String key) throws ScenarioFileException {
        Json v = optional(key);
        return v == null ? null : number(key);
    }

    BigDecimal decimal(String key) throws ScenarioFileException {
        Json v = required(key);
        if (v instanceof Json.Num n) {
            return n.value();
        }
        throw wrong(v, key, "a number");
    }

    int whole(String key) throws ScenarioFileException {
        BigDecimal d = decimal(key);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw wrong(required(key), key, "a whole number");
        }
    }

    /** An object-valued field, to read with its own fields; null when the key is absent or null. */
    JsonFields optionalObject(String key) throws ScenarioFileException {
        Json v = optional(key);
        return v == null ? null : new JsonFields(file, path(key), v);
    }

    /** A whole number, or null when the key is absent or null. */
    Integer optionalWhole(String key) throws ScenarioFileException {
        return optional(key) == null ? null : whole(key);
    }

    /** Refuses any key not read, naming the closest known one. */
    void finish(List<String> known) throws ScenarioFileException {
        for (String key : obj.members().keySet()) {
            if (!read.contains(key) && !known.contains(key)) {
                int[] at = obj.keyPositions().get(key);
                String hint = Spelling.closest(key, known).map(k -> " Did you mean \"" + k + "\"?").orElse("");
                throw new ScenarioFileException(file, at[0], at[1], path(key), path(JsonText.abbreviate(key))
                        + " is not a field of " + where + "; the fields are " + String.join(", ", known) + "." + hint,
                        null);
            }
        }
    }

    /** What builds a record from an object's fields. */
    interface Read<T> {
        T read(JsonFields fields) throws ScenarioFileException;
    }

    /**
     * The record this object holds: unknown fields are refused first (so a misspelt required field is named as
     * such), then {@code read} builds the record, and the record's own refusal is placed at the offending field.
     */
    <T> T record(List<String> known, Read<T> read) throws ScenarioFileException {
        finish(known);
        try {
            return read.read(this);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    /** A model record's refusal, placed at this object. */
    ScenarioFileException invalid(InvalidInputException e) {
        String field = e.field().contains(".") ? e.field().substring(e.field().lastIndexOf('.') + 1) : e.field();
        Json at = obj.members().getOrDefault(field, obj);
        return new ScenarioFileException(file, at.line(), at.column(), path(field),
                where + ": " + e.getMessage(), e);
    }

    private Json required(String key) throws ScenarioFileException {
        Json v = optional(key);
        if (v == null) {
            throw new ScenarioFileException(file, obj.line(), obj.column(), path(key),
                    where + " has no \"" + key + "\".", null);
        }
        return v;
    }

    private Json optional(String key) {
        read.add(key);
        Json v = obj.members().get(key);
        return v instanceof Json.Null ? null : v;
    }

    private ScenarioFileException wrong(Json v, String key, String valid) {
        return new ScenarioFileException(file, v.line(), v.column(), path(key),
                path(key) + " must be " + valid + ", not " + v.kindName() + ".", null);
    }

    private String path(String key) {
        return where + "." + key;
    }
}
