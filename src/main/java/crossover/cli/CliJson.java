package crossover.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import crossover.io.ScenarioWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one way the commands print JSON: an output record written by jackson-databind in the scenario files'
 * layout, every number a plain JSON number at full double precision, and a figure that is infinite or undefined
 * written as {@code null} (COST-MODEL.md, "Numbers in JSON").
 */
final class CliJson {

    // The rule sits in the generator, under every serializer, so no record, map or array can print "Infinity".
    private static final ObjectWriter WRITER = JsonMapper.builder(JsonFactory.builder()
                    .addDecorator((factory, generator) -> new PlainNumbers(generator))
                    .build())
            .build()
            .writer(ScenarioWriter.prettyPrinter());

    private CliJson() {
    }

    /** The document of {@code value} (an output record), pretty-printed, with a final newline. */
    static String document(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing to a string fails only on a bug in an output record", e);
        }
    }

    /** Writes doubles as {@link ScenarioWriter#writeNumber} does, and a non-finite one as {@code null}. */
    private static final class PlainNumbers extends JsonGeneratorDelegate {

        PlainNumbers(JsonGenerator generator) {
            super(generator, false);
        }

        @Override
        public void writeNumber(double v) throws IOException {
            if (Double.isFinite(v)) {
                ScenarioWriter.writeNumber(delegate, v);
            } else {
                delegate.writeNull();
            }
        }

        @Override
        public void writeNumber(float v) throws IOException {
            if (Float.isFinite(v)) {
                delegate.writeNumber(v);
            } else {
                delegate.writeNull();
            }
        }

        @Override
        public void writeArray(double[] array, int offset, int length) throws IOException {
            // The delegate would write the array itself, past writeNumber(double).
            writeStartArray(array, length);
            for (int i = offset; i < offset + length; i++) {
                writeNumber(array[i]);
            }
            writeEndArray();
        }
    }
}
