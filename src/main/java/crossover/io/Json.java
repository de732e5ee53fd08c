package crossover.io;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed JSON value that remembers where it stood in the file, so every error can point at it. */
sealed interface Json {

    int line();

    int column();

    /** How a person would name this kind of value in a message: "a string", "null", … */
    String kindName();

    record Obj(Map<String, Json> members, Map<String, int[]> keyPositions, int line, int column) implements Json {
        Obj(int line, int column) {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), line, column);
        }

        @Override
        public String kindName() {
            return "an object";
        }
    }

    record Arr(List<Json> items, int line, int column) implements Json {
        @Override
        public String kindName() {
            return "a list";
        }
    }

    record Num(String text, BigDecimal value, int line, int column) implements Json {
        @Override
        public String kindName() {
            return "the number " + text;
        }
    }

    record Str(String value, int line, int column) implements Json {
        @Override
        public String kindName() {
            return "a string";
        }
    }

    record Bool(boolean value, int line, int column) implements Json {
        @Override
        public String kindName() {
            return value ? "true" : "false";
        }
    }

    record Null(int line, int column) implements Json {
        @Override
        public String kindName() {
            return "null";
        }
    }
}
