package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's JSON writer: plain numbers at full precision, and COST-MODEL.md's rule that a figure that is infinite
 * or undefined is {@code null}, never the string "Infinity" or "NaN", wherever the figure sits in a record.
 */
class CliJsonTest {

    @TempDir
    Path dir;

    record Figures(double plain, Double boxed, List<Double> list, Map<String, Double> map, double[] array,
                   float single) {
    }

    @Test
    void aFigureThatIsInfiniteOrUndefinedIsNullWhereverItSits() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("nan", Double.NaN);
        map.put("one", 1.0);
        String json = CliJson.document(new Figures(Double.POSITIVE_INFINITY, Double.NaN,
                Arrays.asList(Double.NEGATIVE_INFINITY, 2.5), map, new double[] {Double.NaN, 3},
                Float.POSITIVE_INFINITY));

        assertThat(json).isEqualTo("""
                {
                  "plain": null,
                  "boxed": null,
                  "list": [
                    null,
                    2.5
                  ],
                  "map": {
                    "nan": null,
                    "one": 1
                  },
                  "array": [
                    null,
                    3
                  ],
                  "single": null
                }
                """);
        assertThat(parsesAsStrictJson(json)).isTrue();
    }

    record Numbers(double ten, double largestExact, double twoTo53, double tenth, double minusZero, double huge,
                   double tiny, int count, long seed) {
    }

    @Test
    void numbersArePlainAtFullPrecisionAndWholeOnesBelowTwoTo53HaveNoFraction() {
        String json = CliJson.document(new Numbers(10_000, 9_007_199_254_740_991.0, 9_007_199_254_740_992.0, 0.1,
                -0.0, 1e300, Double.MIN_VALUE, 7, Long.MIN_VALUE));

        assertThat(json).isEqualTo("""
                {
                  "ten": 10000,
                  "largestExact": 9007199254740991,
                  "twoTo53": 9.007199254740992E15,
                  "tenth": 0.1,
                  "minusZero": -0.0,
                  "huge": 1.0E300,
                  "tiny": 4.9E-324,
                  "count": 7,
                  "seed": -9223372036854775808
                }
                """);
    }

    @Test
    void evaluateWritesNullForAFloorPriceTooLargeForADouble() throws IOException {
        // A GPU that makes almost nothing, at a volume it can still serve: the floor price per MTok overflows.
        String sample = Files.readString(Path.of("assets", "scenarios", "1-small-internal-assistant.crossover"));
        Path file = dir.resolve("overflowing-floor.crossover");
        Files.writeString(file, sample
                .replaceFirst("\"tokensPerHourPerGpu\": [0-9.eE+-]+", "\"tokensPerHourPerGpu\": 5e-324")
                .replaceFirst("\"dailyRequests\": [0-9.eE+-]+", "\"dailyRequests\": 5e-324"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.run(new String[] {"evaluate", file.toString(), "--json"}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"selfHostedFloorPerMTok\": null")
                .doesNotContain("Infinity").doesNotContain("NaN");
        assertThat(parsesAsStrictJson(out.toString())).isTrue();
    }

    /** Whether a parser that knows nothing but standard JSON reads the text to its end. */
    private static boolean parsesAsStrictJson(String json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                p.getText();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
