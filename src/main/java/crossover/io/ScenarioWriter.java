package crossover.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import crossover.model.Field;
import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.Section;
import crossover.model.Scenario;
import crossover.model.Uncertainty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code *.crossover} files: pretty-printed UTF-8 JSON in a stable key order, every number at full
 * double precision, replaced atomically so a failed save leaves the old file exactly as it was.
 */
public final class ScenarioWriter {

    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private final JsonFactory factory = new JsonFactory();

    /** The file's text. */
    public String toJson(Scenario scenario) {
        return toJson(scenario, Map.of());
    }

    /**
     * The file's text with where inputs came from. A scenario that uses a version-4 field or section is written as
     * version 4; otherwise exactly as before: version 2 without sources, version 3 with them (older builds refuse
     * a newer file, naming both versions).
     */
    public String toJson(Scenario scenario, Map<Input, FieldSource> sources) {
        int version = ScenarioFormat.usesVersionFour(scenario, sources.keySet()) ? ScenarioFormat.VERSION
                : sources.isEmpty() ? ScenarioFormat.VERSION_WITHOUT_SOURCES : ScenarioFormat.VERSION_WITH_SOURCES;
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out).setPrettyPrinter(prettyPrinter())) {
            g.writeStartObject();
            g.writeStringField("format", ScenarioFormat.FORMAT);
            g.writeNumberField("version", version);
            g.writeStringField("name", scenario.name());
            g.writeStringField("notes", scenario.notes());
            Map<String, Object> values = ScenarioFormat.values(scenario);
            for (Section section : Section.values()) {
                if (!scenario.has(section)) {
                    continue;
                }
                g.writeObjectFieldStart(section.id());
                for (Field f : section.fields()) {
                    if (f instanceof Input i && !ScenarioFormat.written(scenario, version, i)) {
                        continue;
                    }
                    g.writeFieldName(f.key());
                    writeValue(g, values.get(f.path()));
                }
                g.writeEndObject();
            }
            Uncertainty u = scenario.uncertainty();
            if (!u.equals(Uncertainty.NONE)) {
                g.writeObjectFieldStart("uncertainty");
                g.writeNumberField("samples", u.samples());
                g.writeNumberField("seed", u.seed());
                g.writeObjectFieldStart("ranges");
                for (var r : u.ranges().entrySet()) {
                    g.writeObjectFieldStart(r.getKey().path());
                    g.writeFieldName("low");
                    writeNumber(g, r.getValue().low());
                    g.writeFieldName("high");
                    writeNumber(g, r.getValue().high());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            if (!sources.isEmpty()) {
                g.writeObjectFieldStart("sources");
                for (var source : sources.entrySet()) {
                    g.writeObjectFieldStart(source.getKey().path());
                    g.writeFieldName("value");
                    writeNumber(g, source.getValue().value());
                    g.writeStringField("label", source.getValue().label());
                    g.writeStringField("detail", source.getValue().detail());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.append('\n').toString();
    }

    /**
     * Saves a scenario: writes a temporary file beside {@code file}, forces it to disk and moves it over the old
     * one in one step.
     */
    public void write(Path file, Scenario scenario) throws ScenarioFileException {
        write(file, scenario, Map.of());
    }

    /** Saves a scenario with where its inputs came from (see {@link #toJson(Scenario, Map)}). */
    public void write(Path file, Scenario scenario, Map<Input, FieldSource> sources) throws ScenarioFileException {
        byte[] bytes = toJson(scenario, sources).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(file.toString(), "cannot be saved: permission denied in "
                    + file.toAbsolutePath().getParent() + ". Save it to a folder you can write to.", e);
        } catch (IOException e) {
            throw new ScenarioFileException(file.toString(), "cannot be saved: " + AtomicFile.reason(e)
                    + ". The old file is unchanged.", e);
        }
    }

    /** The project's JSON layout: two-space indents, {@code "key": value}, {@code \n} line ends on every OS. */
    public static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /**
     * Writes a double at full precision; whole numbers below 2^53 without a fraction ({@code 10000}, not
     * {@code 10000.0}), since they read back as the same double.
     */
    public static void writeNumber(JsonGenerator g, double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < EXACT_INTEGER_LIMIT && !(d == 0 && 1 / d < 0)) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Double d) {
            writeNumber(g, d);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else {
            g.writeString((String) value);
        }
    }
}
