package crossover.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import crossover.io.ScenarioWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The one way the commands print JSON: the scenario files' layout, numbers at full double precision. */
final class CliJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What writes one document's content. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private CliJson() {
    }

    /** The document {@code body} writes, pretty-printed, with a final newline. */
    static String document(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(ScenarioWriter.prettyPrinter())) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    static void number(JsonGenerator g, String field, double value) throws IOException {
        g.writeFieldName(field);
        ScenarioWriter.writeNumber(g, value);
    }

    /** A number, or JSON null when there is none (an unpublished price, say). */
    static void optional(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            number(g, field, value);
        }
    }
}
