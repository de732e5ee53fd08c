package crossover.io;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import crossover.model.FieldSource;
import crossover.model.Scenario;
import crossover.model.TestScenarios;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code sources} section of version-3 files: where inputs came from travels with the scenario. */
class SourcesFileTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();
    private final Scenario typical = TestScenarios.typical();
    private final Map<Input, FieldSource> sources = new LinkedHashMap<>();

    SourcesFileTest() {
        sources.put(Input.API_INPUT_PRICE, new FieldSource(typical.api().inputPricePerMTok(),
                "from catalog, as of 2026-04-23", "OpenAI · GPT-4o mini. Source: LiteLLM price list"));
        sources.put(Input.TOKENS_PER_HOUR_PER_GPU, new FieldSource(typical.selfHosted().tokensPerHourPerGpu(),
                "from estimate, range 9.27 M–45.5 M (in the ± range)", ""));
    }

    private LoadedScenario read(String text) throws ScenarioFileException {
        return reader.read("s.crossover", text.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioFileException refused(String text) {
        return catchThrowableOfType(ScenarioFileException.class, () -> read(text));
    }

    @Test
    void sourcesRoundTripInAVersionThreeFile() throws ScenarioFileException {
        String text = writer.toJson(typical, sources);

        assertThat(text).contains("\"version\": 3").contains("\"sources\": {")
                .contains("\"label\": \"from catalog, as of 2026-04-23\"");
        LoadedScenario back = read(text);
        assertThat(back.fileVersion()).isEqualTo(3);
        assertThat(back.scenario()).isEqualTo(typical);
        assertThat(back.sources()).containsExactlyEntriesOf(sources);
    }

    @Test
    void withoutSourcesTheFileStaysVersionTwo() throws ScenarioFileException {
        String text = writer.toJson(typical, Map.of());

        assertThat(text).contains("\"version\": 2").doesNotContain("sources");
        assertThat(text).isEqualTo(writer.toJson(typical));
        assertThat(read(text).sources()).isEmpty();
    }

    @Test
    void sourcesInAVersionTwoFileAreRefusedNamingBothVersions() {
        String text = writer.toJson(typical, sources).replace("\"version\": 3", "\"version\": 2");

        ScenarioFileException e = refused(text);

        assertThat(e).isNotNull();
        assertThat(e.field()).hasValue("sources");
        assertThat(e.getMessage()).contains("sources belongs to file version 3").contains("says version 2");
    }

    @Test
    void aMisspeltSourcePathIsRefusedWithASuggestion() {
        String text = writer.toJson(typical, sources).replace("\"api.inputPricePerMTok\": {",
                "\"api.inputPricePerMtok\": {");

        ScenarioFileException e = refused(text);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("api.inputPricePerMtok").contains("Did you mean \"api.inputPricePerMTok\"");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"api.inputPricePerMtok\""));
    }

    @Test
    void aSourceWithoutALabelOrWithATextValueIsRefusedAtItsPlace() {
        String noLabel = writer.toJson(typical, sources).replace("\"label\": \"from catalog, as of 2026-04-23\"",
                "\"label\": \"\"");
        ScenarioFileException e = refused(noLabel);
        assertThat(e.field()).hasValue("sources.api.inputPricePerMTok.label");
        assertThat(e.getMessage()).contains("must be a non-empty string");

        String textValue = writer.toJson(typical, sources).replaceFirst("\"value\": [0-9.]+", "\"value\": \"3\"");
        e = refused(textValue);
        assertThat(e.field()).hasValue("sources.api.inputPricePerMTok.value");
        assertThat(e.line()).isEqualTo(lineOf(textValue, "\"value\": \"3\""));
    }

    @Test
    void aSourceValueOf1eMinus400IsRefusedLikeAnyOtherNumberInsteadOfBecomingZero() {
        String tiny = writer.toJson(typical, sources).replaceFirst("\"value\": [0-9.]+", "\"value\": 1e-400");
        String huge = writer.toJson(typical, sources).replaceFirst("\"value\": [0-9.]+", "\"value\": 1e400");

        ScenarioFileException e = refused(tiny);
        assertThat(e).as("1e-400 read as 0").isNotNull();
        assertThat(e.field()).hasValue("sources.api.inputPricePerMTok.value");
        assertThat(e.line()).isEqualTo(lineOf(tiny, "1e-400"));
        assertThat(e.getMessage()).contains("sources.api.inputPricePerMTok.value is 1e-400, too small to compute with; "
                + "write 0 if you mean zero.");
        // The same sentence a workload field gets for the same number.
        String field = writer.toJson(typical).replaceFirst("\"outputShare\": [0-9.]+", "\"outputShare\": 1e-400");
        assertThat(refused(field).getMessage()).contains("workload.outputShare is 1e-400, too small to compute with");
        assertThat(refused(huge).getMessage()).contains("sources.api.inputPricePerMTok.value is 1e400, beyond the "
                + "largest number");
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }
}
