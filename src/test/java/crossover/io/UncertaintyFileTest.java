package crossover.io;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import crossover.model.Scenario;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code uncertainty} section of version-2 files. */
class UncertaintyFileTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();
    private final Scenario ranged = TestScenarios.typical().withUncertainty(new Uncertainty(5_000, 77, Map.of(
            Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(1.2e6, 5e6),
            Input.API_OUTPUT_PRICE, new Uncertainty.Range(10, 15))));

    private Scenario read(String text) throws ScenarioFileException {
        return reader.read("s.crossover", text.getBytes(StandardCharsets.UTF_8)).scenario();
    }

    private ScenarioFileException refused(String text) {
        return catchThrowableOfType(ScenarioFileException.class, () -> read(text));
    }

    @Test
    void rangesSamplesAndSeedRoundTrip() throws ScenarioFileException {
        String text = writer.toJson(ranged);

        assertThat(text).contains("\"uncertainty\": {").contains("\"seed\": 77").contains("\"low\": 1200000");
        assertThat(read(text)).isEqualTo(ranged);
        assertThat(writer.toJson(TestScenarios.typical())).doesNotContain("uncertainty");
    }

    @Test
    void aRangeThatMissesTheValueIsRefusedAtItsPlace() {
        String text = writer.toJson(ranged).replace("\"low\": 10,", "\"low\": 16,").replace("\"high\": 15", "\"high\": 20");

        ScenarioFileException e = refused(text);

        assertThat(e).isNotNull();
        assertThat(e.field()).hasValue("uncertainty.ranges.api.outputPricePerMTok");
        assertThat(e.line()).isGreaterThan(40);
        assertThat(e.getMessage()).contains("must contain the scenario's value 15");
    }

    @Test
    void aMisspeltRangePathIsRefusedWithASuggestion() {
        String text = writer.toJson(ranged).replace("\"selfHosted.tokensPerHourPerGpu\": {",
                "\"selfHosted.tokensPerHourPerGPU\": {");

        ScenarioFileException e = refused(text);

        assertThat(e.getMessage()).contains("unknown field").contains("Did you mean \"selfHosted.tokensPerHourPerGpu\"");
    }

    @Test
    void tooFewSamplesAndAVersionOneFileWithUncertaintyAreRefused() {
        String few = writer.toJson(ranged).replace("\"samples\": 5000", "\"samples\": 50");
        String v1 = writer.toJson(ranged).replace("\"version\": 2", "\"version\": 1")
                .replace(",\n    \"batchShare\": 0", "").replace(",\n    \"spotDiscountPercent\": 0", "");

        assertThat(refused(few).getMessage()).contains("uncertainty.samples").contains("100 to 1000000");
        assertThat(refused(v1).getMessage()).contains("uncertainty belongs to file version 2");
    }

    @Test
    void aSeedOfMinus2To63IsReadAsTheWholeNumberItIs() throws ScenarioFileException {
        String text = writer.toJson(ranged).replace("\"seed\": 77", "\"seed\": -9223372036854775808");

        Scenario s = read(text);

        assertThat(s.uncertainty().seed()).isEqualTo(-9223372036854775807L - 1);
        assertThat(writer.toJson(s)).contains("\"seed\": -9223372036854775808");
        assertThat(read(text.replace("-9223372036854775808", "9223372036854775807")).uncertainty().seed())
                .isEqualTo(9223372036854775807L);
    }

    @Test
    void aSeedBeyond64BitsOrWithAFractionIsRefusedSayingWhatIsValid() {
        String text = writer.toJson(ranged);

        assertThat(refused(text.replace("\"seed\": 77", "\"seed\": 9223372036854775808")).getMessage())
                .contains("uncertainty.seed must be a whole number from -9223372036854775808 to 9223372036854775807, "
                        + "not 9223372036854775808.");
        assertThat(refused(text.replace("\"seed\": 77", "\"seed\": -9223372036854775809")).getMessage())
                .contains("not -9223372036854775809.");
        assertThat(refused(text.replace("\"seed\": 77", "\"seed\": 7.5")).getMessage())
                .contains("uncertainty.seed must be a whole number, not 7.5.");
        assertThat(refused(text.replace("\"seed\": 77", "\"seed\": \"77\"")).getMessage())
                .contains("uncertainty.seed must be a whole number, not a string");
    }
}
