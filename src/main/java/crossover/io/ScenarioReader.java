package crossover.io;

import crossover.model.FieldSource;
import crossover.model.InvalidInputException;
import crossover.model.Scenario;
import crossover.model.Input;
import crossover.model.Section;
import crossover.model.Shape;
import crossover.model.Uncertainty;
import crossover.model.Units;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code *.crossover} files strictly: anything that could silently change a figure (an unknown or
 * misspelt field, a duplicate key, a number that is not a finite double) is refused with a sentence naming the
 * file, the place, the field and what is valid. {@link ScenarioFileException} is the only thing it throws.
 */
public final class ScenarioReader {

    /** Real scenarios are a few kilobytes; anything larger is refused before it is parsed. */
    public static final int MAX_BYTES = 1 << 20;

    private final JsonText json = new JsonText("a scenario file", MAX_BYTES);

    /** Reads a scenario file from disk. */
    public LoadedScenario read(Path file) throws ScenarioFileException {
        return read(file.toString(), json.readFile(file));
    }

    /** Reads a scenario from the bytes of a file; {@code name} is how messages refer to it. */
    public LoadedScenario read(String name, byte[] bytes) throws ScenarioFileException {
        Json root = json.parse(name, bytes);
        try {
            return new Interpreter(name).scenario(root);
        } catch (RuntimeException | StackOverflowError e) {
            throw JsonText.unexpected(name, e);
        }
    }

    /** Walks the parsed tree against the format, collecting values and the defaults it had to assume. */
    private static final class Interpreter {

        private final String name;
        private final List<String> defaultsUsed = new ArrayList<>();

        Interpreter(String name) {
            this.name = name;
        }

        LoadedScenario scenario(Json root) throws ScenarioFileException {
            if (!(root instanceof Json.Obj top)) {
                throw error(root, null, "is not a Crossover scenario: the file must hold a JSON object, not "
                        + root.kindName() + ".");
            }
            checkFormat(top);
            int version = version(top);
            rejectUnknown(top, null, ScenarioFormat.TOP_LEVEL);
            String scenarioName = text(top, "name", ScenarioFormat.DEFAULT_NAME);
            String notes = text(top, "notes", "");

            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Json> nodes = new LinkedHashMap<>();
            Shape shape = Shape.NONE;
            for (Map.Entry<String, List<ScenarioFormat.Field>> section : ScenarioFormat.SECTIONS.entrySet()) {
                Section kind = Section.byId(section.getKey()).orElseThrow();
                if (kind.optional()) {
                    if (!top.members().containsKey(kind.id())) {
                        continue;
                    }
                    if (version < kind.since()) {
                        int[] at = top.keyPositions().get(kind.id());
                        throw new ScenarioFileException(name, at[0], at[1], kind.id(), kind.id()
                                + " belongs to file version " + kind.since() + ", but this file says version "
                                + version + ". Change \"version\" to " + kind.since() + " or remove the section.", null);
                    }
                    shape = shape.with(kind);
                }
                Json.Obj obj = section(top, section.getKey());
                rejectNewer(obj, section.getValue(), version);
                rejectUnknown(obj, section.getKey(), section.getValue().stream().map(ScenarioFormat.Field::name).toList());
                for (ScenarioFormat.Field f : section.getValue()) {
                    Json node = obj.members().get(f.name());
                    if (node == null && f.defaultsTo() != null) {
                        // A default that is another field's value, e.g. the cached-input price: the input price.
                        Object other = values.get(f.defaultsTo().path());
                        if (version >= f.since()) {
                            defaultsUsed.add(f.path() + " = " + f.defaultsTo().path() + " ("
                                    + Units.plain(((Number) other).doubleValue()) + ")");
                        }
                        values.put(f.path(), other);
                        continue;
                    }
                    if (node == null && f.fallback() != null) {
                        if (version >= f.since()) {
                            defaultsUsed.add(f.path() + " = " + f.fallback());
                        }
                        values.put(f.path(), f.fallback());
                        continue;
                    }
                    if (node == null) {
                        throw error(obj, f.path(), f.path() + " is missing; add it as " + f.expected() + ".");
                    }
                    nodes.put(f.path(), node);
                    values.put(f.path(), fieldValue(f, node));
                    if (f.defaultsTo() != null) {
                        shape = shape.stating(Input.byPath(f.path()).orElseThrow());
                    }
                }
            }
            Uncertainty uncertainty = uncertainty(top, version, nodes, shape);
            Map<Input, FieldSource> sources = sources(top, version, shape);
            try {
                Scenario s = ScenarioFormat.scenario(scenarioName, notes, shape, values).withUncertainty(uncertainty);
                return new LoadedScenario(s, version, defaultsUsed, sources);
            } catch (InvalidInputException e) {
                Json at = nodes.getOrDefault(e.field(), top);
                throw error(at, e.field(), e.getMessage());
            }
        }

        /** The optional {@code sources} section: where inputs came from, by input path. */
        private Map<Input, FieldSource> sources(Json.Obj top, int version, Shape shape) throws ScenarioFileException {
            Json node = top.members().get("sources");
            Map<Input, FieldSource> sources = new LinkedHashMap<>();
            if (node == null) {
                return sources;
            }
            if (version < ScenarioFormat.SOURCES_SINCE) {
                int[] at = top.keyPositions().get("sources");
                throw new ScenarioFileException(name, at[0], at[1], "sources", "sources belongs to file version "
                        + ScenarioFormat.SOURCES_SINCE + ", but this file says version " + version
                        + ". Change \"version\" to " + ScenarioFormat.SOURCES_SINCE + " or remove the section.", null);
            }
            if (!(node instanceof Json.Obj obj)) {
                throw error(node, "sources", "sources must be an object { \"path\": {\"value\": …, \"label\": …, "
                        + "\"detail\": …} }, not " + node.kindName() + ".");
            }
            rejectUnknown(obj, "sources", ScenarioFormat.INPUT_PATHS);
            rejectAbsentInputs(obj, "sources", version, shape);
            for (Map.Entry<String, Json> e : obj.members().entrySet()) {
                String path = "sources." + e.getKey();
                if (!(e.getValue() instanceof Json.Obj source)) {
                    throw error(e.getValue(), path, path + " must be an object {\"value\": …, \"label\": …, "
                            + "\"detail\": …}, not " + e.getValue().kindName() + ".");
                }
                rejectUnknown(source, path, List.of("value", "label", "detail"));
                Json value = source.members().get("value");
                Json label = source.members().get("label");
                Json detail = source.members().get("detail");
                if (!(value instanceof Json.Num n)) {
                    throw error(value == null ? source : value, path + ".value", path + ".value must be the number "
                            + "the source gave" + (value == null ? "; it is missing." : ", not " + value.kindName() + "."));
                }
                if (!(label instanceof Json.Str l) || l.value().isBlank()) {
                    throw error(label == null ? source : label, path + ".label", path + ".label must be a non-empty "
                            + "string, e.g. \"from catalog, as of 2026-04-23\".");
                }
                if (detail != null && !(detail instanceof Json.Str)) {
                    throw error(detail, path + ".detail", path + ".detail must be a string, not "
                            + detail.kindName() + ".");
                }
                // Read as every other number is: 1e-400 and 1e400 are refused, not turned into 0 or infinity.
                double v = (Double) fieldValue(new ScenarioFormat.Field(path, "value", ScenarioFormat.Kind.NUMBER,
                        List.of(), ScenarioFormat.SOURCES_SINCE, null), n);
                sources.put(Input.byPath(e.getKey()).orElseThrow(), new FieldSource(v, l.value(),
                        detail == null ? "" : ((Json.Str) detail).value()));
            }
            return sources;
        }

        /** The optional {@code uncertainty} section: samples, seed and a range per input path. */
        private Uncertainty uncertainty(Json.Obj top, int version, Map<String, Json> nodes, Shape shape)
                throws ScenarioFileException {
            Json node = top.members().get("uncertainty");
            if (node == null) {
                return Uncertainty.NONE;
            }
            if (version < ScenarioFormat.UNCERTAINTY_SINCE) {
                int[] at = top.keyPositions().get("uncertainty");
                throw new ScenarioFileException(name, at[0], at[1], "uncertainty", "uncertainty belongs to file version "
                        + ScenarioFormat.UNCERTAINTY_SINCE + ", but this file says version " + version
                        + ". Change \"version\" to " + ScenarioFormat.UNCERTAINTY_SINCE + " or remove the section.", null);
            }
            if (!(node instanceof Json.Obj obj)) {
                throw error(node, "uncertainty", "uncertainty must be an object { … }, not " + node.kindName() + ".");
            }
            rejectUnknown(obj, "uncertainty", List.of("samples", "seed", "ranges"));
            int samples = Uncertainty.DEFAULT_SAMPLES;
            long seed = Uncertainty.DEFAULT_SEED;
            if (obj.members().containsKey("samples")) {
                samples = (Integer) fieldValue(new ScenarioFormat.Field("uncertainty", "samples",
                        ScenarioFormat.Kind.WHOLE_NUMBER, List.of(), 2, null), obj.members().get("samples"));
                nodes.put("uncertainty.samples", obj.members().get("samples"));
            }
            if (obj.members().containsKey("seed")) {
                Json s = obj.members().get("seed");
                if (!(s instanceof Json.Num n) || !isWhole(n.value())) {
                    throw error(s, "uncertainty.seed", "uncertainty.seed must be a whole number, not "
                            + (s instanceof Json.Num n ? abbreviate(n.text()) : s.kindName()) + ".");
                }
                // A seed is any 64-bit value, from −2^63 to 2^63 − 1 (both ends included).
                if (n.value().compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                        || n.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    throw error(s, "uncertainty.seed", "uncertainty.seed must be a whole number from "
                            + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not " + abbreviate(n.text()) + ".");
                }
                seed = n.value().longValueExact();
            }
            Map<Input, Uncertainty.Range> ranges = new LinkedHashMap<>();
            Json r = obj.members().get("ranges");
            if (r != null) {
                if (!(r instanceof Json.Obj rangesObj)) {
                    throw error(r, "uncertainty.ranges", "uncertainty.ranges must be an object { \"path\": {\"low\": …, "
                            + "\"high\": …} }, not " + r.kindName() + ".");
                }
                rejectUnknown(rangesObj, "uncertainty.ranges", ScenarioFormat.INPUT_PATHS);
                rejectAbsentInputs(rangesObj, "uncertainty.ranges", version, shape);
                for (Map.Entry<String, Json> e : rangesObj.members().entrySet()) {
                    String path = "uncertainty.ranges." + e.getKey();
                    if (!(e.getValue() instanceof Json.Obj range)) {
                        throw error(e.getValue(), path, path + " must be {\"low\": …, \"high\": …}, not "
                                + e.getValue().kindName() + ".");
                    }
                    rejectUnknown(range, path, List.of("low", "high"));
                    double[] ends = new double[2];
                    String[] names = {"low", "high"};
                    for (int i = 0; i < 2; i++) {
                        Json end = range.members().get(names[i]);
                        if (end == null) {
                            throw error(range, path + "." + names[i], path + "." + names[i] + " is missing; add it as a number.");
                        }
                        ends[i] = (Double) fieldValue(new ScenarioFormat.Field(path, names[i], ScenarioFormat.Kind.NUMBER,
                                List.of(), 2, null), end);
                        nodes.put(path + "." + names[i], end);
                    }
                    nodes.put(path, range);
                    ranges.put(Input.byPath(e.getKey()).orElseThrow(), new Uncertainty.Range(ends[0], ends[1]));
                }
            }
            try {
                return new Uncertainty(samples, seed, ranges);
            } catch (InvalidInputException e) {
                throw error(nodes.getOrDefault(e.field(), obj), e.field(), e.getMessage());
            }
        }

        /**
         * Keys of {@code obj} (input paths, under {@code where}) naming an input the file cannot have: one of a
         * later version, or of an optional section the file leaves out.
         */
        private void rejectAbsentInputs(Json.Obj obj, String where, int version, Shape shape)
                throws ScenarioFileException {
            for (String key : obj.keyPositions().keySet()) {
                Input input = Input.byPath(key).orElseThrow();
                int[] at = obj.keyPositions().get(key);
                String path = where + "." + key;
                if (input.since() > version) {
                    throw new ScenarioFileException(name, at[0], at[1], path, key + " belongs to file version "
                            + input.since() + ", but this file says version " + version + ". Change \"version\" to "
                            + input.since() + " or remove " + path + ".", null);
                }
                Section section = input.section();
                if (section.optional() && !shape.sections().contains(section)) {
                    throw new ScenarioFileException(name, at[0], at[1], path, path + " names an input of the "
                            + section.id() + " section, which this file does not have. Add the section or remove "
                            + path + ".", null);
                }
            }
        }

        /** A field from a later version in an older file: the file was edited by hand or is not what it says. */
        private void rejectNewer(Json.Obj obj, List<ScenarioFormat.Field> fields, int version)
                throws ScenarioFileException {
            for (ScenarioFormat.Field f : fields) {
                if (f.since() > version && obj.members().containsKey(f.name())) {
                    int[] at = obj.keyPositions().get(f.name());
                    throw new ScenarioFileException(name, at[0], at[1], f.path(), f.path() + " belongs to file version "
                            + f.since() + ", but this file says version " + version + ". Change \"version\" to "
                            + f.since() + " or remove the field.", null);
                }
            }
        }

        private void checkFormat(Json.Obj top) throws ScenarioFileException {
            Json format = top.members().get("format");
            if (format == null) {
                throw error(top, "format", "is not a Crossover scenario: it has no \"format\": \""
                        + ScenarioFormat.FORMAT + "\" field.");
            }
            if (!(format instanceof Json.Str s) || !s.value().equals(ScenarioFormat.FORMAT)) {
                String got = format instanceof Json.Str s ? "\"" + s.value() + "\"" : format.kindName();
                throw error(format, "format", "is not a Crossover scenario: format is " + got + ", expected \""
                        + ScenarioFormat.FORMAT + "\".");
            }
        }

        private int version(Json.Obj top) throws ScenarioFileException {
            Json node = top.members().get("version");
            if (node == null) {
                int suggested = usesVersionFour(top) ? ScenarioFormat.VERSION
                        : top.members().containsKey("sources") ? ScenarioFormat.VERSION_WITH_SOURCES
                        : ScenarioFormat.VERSION_WITHOUT_SOURCES;
                throw error(top, "version", "version is missing; add \"version\": " + suggested + ".");
            }
            if (!(node instanceof Json.Num n) || !isWhole(n.value())) {
                throw error(node, "version", "version must be a whole number, not " + node.kindName() + ".");
            }
            BigDecimal v = n.value();
            if (v.compareTo(BigDecimal.valueOf(ScenarioFormat.VERSION)) > 0) {
                throw error(node, "version", "was written by a newer Crossover: it is file version "
                        + v.toPlainString() + ", and this version of Crossover reads file version "
                        + ScenarioFormat.VERSION + ". Update Crossover to open it.");
            }
            if (v.compareTo(BigDecimal.ONE) < 0) {
                throw error(node, "version", "version " + v.toPlainString()
                        + " does not exist; file versions start at 1.");
            }
            return v.intValueExact();
        }

        /** Whether a file's text has an optional section or a version-4 field: the version it should state. */
        private static boolean usesVersionFour(Json.Obj top) {
            for (Section section : Section.values()) {
                if (section.optional() && section.since() >= ScenarioFormat.PRICES_SINCE
                        && top.members().containsKey(section.id())) {
                    return true;
                }
            }
            for (Map.Entry<String, List<ScenarioFormat.Field>> section : ScenarioFormat.SECTIONS.entrySet()) {
                if (top.members().get(section.getKey()) instanceof Json.Obj obj) {
                    for (ScenarioFormat.Field f : section.getValue()) {
                        if (f.since() >= ScenarioFormat.PRICES_SINCE && obj.members().containsKey(f.name())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private String text(Json.Obj top, String field, String fallback) throws ScenarioFileException {
            Json node = top.members().get(field);
            if (node == null) {
                defaultsUsed.add(field + " = \"" + fallback + "\"");
                return fallback;
            }
            if (!(node instanceof Json.Str s)) {
                throw error(node, field, field + " must be a string, not " + node.kindName() + ".");
            }
            return s.value();
        }

        private Json.Obj section(Json.Obj top, String section) throws ScenarioFileException {
            Json node = top.members().get(section);
            if (node == null) {
                throw error(top, section, "the \"" + section + "\" section is missing.");
            }
            if (!(node instanceof Json.Obj obj)) {
                throw error(node, section, section + " must be an object { … }, not " + node.kindName() + ".");
            }
            return obj;
        }

        private void rejectUnknown(Json.Obj obj, String section, List<String> known) throws ScenarioFileException {
            for (String key : obj.keyPositions().keySet()) {
                boolean isKnown = known.contains(key) || section == null && ScenarioFormat.SECTIONS.containsKey(key);
                if (!isKnown) {
                    String path = Interpreter.abbreviate((section == null ? "" : section + ".") + key);
                    int[] at = obj.keyPositions().get(key);
                    String suggestion = Spelling.closest(key, known).map(k -> " Did you mean \"" + k + "\"?")
                            .orElse(" Known fields here: " + String.join(", ", known) + ".");
                    throw new ScenarioFileException(name, at[0], at[1], path,
                            "unknown field \"" + path + "\"." + suggestion, null);
                }
            }
        }

        private Object fieldValue(ScenarioFormat.Field f, Json node) throws ScenarioFileException {
            switch (f.kind()) {
                case NUMBER -> {
                    BigDecimal v = number(f, node);
                    double d = v.signum() == 0 && ((Json.Num) node).text().startsWith("-") ? -0.0 : v.doubleValue();
                    if (d == 0 && v.signum() != 0) {
                        throw error(node, f.path(), f.path() + " is " + abbreviate(((Json.Num) node).text())
                                + ", too small to compute with; write 0 if you mean zero.");
                    }
                    if (Double.isInfinite(d)) {
                        throw error(node, f.path(), f.path() + " is " + abbreviate(((Json.Num) node).text())
                                + ", beyond the largest number Crossover can compute with (about 1.8e308).");
                    }
                    return d;
                }
                case WHOLE_NUMBER -> {
                    BigDecimal v = number(f, node);
                    if (!isWhole(v)) {
                        throw error(node, f.path(), f.path() + " must be a whole number, not "
                                + abbreviate(((Json.Num) node).text()) + ".");
                    }
                    if (v.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                        throw error(node, f.path(), f.path() + " is " + abbreviate(((Json.Num) node).text())
                                + ", far beyond any sensible value (at most " + Integer.MAX_VALUE + ").");
                    }
                    return v.intValueExact();
                }
                case ENUM -> {
                    if (!(node instanceof Json.Str s) || !f.choices().contains(s.value())) {
                        String got = node instanceof Json.Str s ? "\"" + s.value() + "\"" : node.kindName();
                        throw error(node, f.path(), f.path() + " is " + got + "; valid: "
                                + String.join(", ", f.choices()) + ".");
                    }
                    return s.value();
                }
                default -> throw new IllegalStateException(f.kind().toString());
            }
        }

        private BigDecimal number(ScenarioFormat.Field f, Json node) throws ScenarioFileException {
            if (!(node instanceof Json.Num n)) {
                throw error(node, f.path(), Input.byPath(f.path()).map(Input::named).orElse(f.path()) + " must be "
                        + f.expected() + ", not " + node.kindName() + ".");
            }
            return n.value();
        }

        private ScenarioFileException error(Json at, String field, String detail) {
            return new ScenarioFileException(name, at.line(), at.column(), field, detail, null);
        }

        private static boolean isWhole(BigDecimal v) {
            return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        }

        static String abbreviate(String text) {
            return JsonText.abbreviate(text);
        }
    }
}
