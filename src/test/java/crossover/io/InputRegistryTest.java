package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crossover.model.Choice;
import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.Scenario;
import crossover.model.Section;
import crossover.model.Sensitivity;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Walks the registry of inputs: each input reaches files, ranges, sources and the tornado from its one
 * declaration, so adding an input to {@link Input} is all it takes for it to appear everywhere.
 */
class InputRegistryTest {

    private final ScenarioWriter writer = new ScenarioWriter();
    private final ScenarioReader reader = new ScenarioReader();
    /** Every input in use (owned GPUs, a stated cached-input price), so every field is in its file. */
    private final Scenario defaults = TestScenarios.everyInput();

    /** A valid value other than the default, chosen without asking the engine. */
    private static double another(Input input) {
        double d = input.defaultValue();
        if (input.whole()) {
            return d + 1;
        }
        return d != 0 ? d * 1.1 : Math.min(1, input.bounds().max()) * 0.5;
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void everyInputIsWrittenToAFileAndReadBack(Input input) throws ScenarioFileException {
        Scenario changed = defaults.with(input, another(input));

        Scenario back = reader.read("changed.crossover", writer.toJson(changed).getBytes()).scenario();

        assertThat(input.of(back)).isEqualTo(another(input));
        assertThat(back).isEqualTo(changed);
        assertThat(writer.toJson(changed)).contains("\"" + input.key() + "\": ");
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void aValueOutsideItsBoundsInAFileIsRefusedNamingTheInputAndWhatIsValid(Input input) {
        double outside = Double.isFinite(input.bounds().min()) ? input.bounds().min() - 1 : input.bounds().max() + 1;
        String text = writer.toJson(defaults).replace("\"" + input.key() + "\": " + plain(input.defaultValue()),
                "\"" + input.key() + "\": " + plain(outside));
        // Keys shared by two sections (setupCost, monthlyOpsCost): change the one in this input's section.
        if (count(text, "\"" + input.key() + "\": " + plain(outside)) != 1) {
            text = replaceInSection(writer.toJson(defaults), input, plain(outside));
        }
        String file = text;

        assertThatThrownBy(() -> reader.read("bad.crossover", file.getBytes()))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(input.path())
                .hasMessageContaining(input.bounds().describe());
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void everyInputTakesAnUncertaintyRangeAndASourceThatTravelWithTheFile(Input input) throws ScenarioFileException {
        double v = input.of(defaults);
        Scenario ranged = defaults.withUncertainty(new Uncertainty(500, 3, Map.of(input, new Uncertainty.Range(v, v))));
        Map<Input, FieldSource> sources = Map.of(input, new FieldSource(v, "from a test", "detail"));

        LoadedScenario back = reader.read("ranged.crossover", writer.toJson(ranged, sources).getBytes());

        assertThat(back.scenario().uncertainty().ranges()).containsOnlyKeys(input);
        assertThat(back.sources()).containsOnlyKeys(input);
        assertThat(writer.toJson(ranged, sources)).contains("\"" + input.path() + "\": {");
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void everyInputHasALabelAUnitAndATooltipThatGivesTheSourceOfItsDefault(Input input) {
        assertThat(input.label()).isNotBlank();
        assertThat(input.unit()).isNotNull();
        assertThat(input.help()).as(input.path()).containsIgnoringCase("default");
        assertThat(input.bounds().contains(input.defaultValue())).as(input.path()).isTrue();
        assertThat(Input.byPath(input.path())).contains(input);
        input.plausibleMax().ifPresent(max -> assertThat(input.defaultValue()).as(input.path()).isLessThan(max));
    }

    @Test
    void theTornadoVariesTheTwelveInputsOfTheCostModelThenVersionFoursTwo() {
        // COST-MODEL.md, "Sensitivity (tornado)", in its order, then "Version 4", "Recommendation".
        List<String> costModel = List.of("workload.dailyRequests", "workload.tokensPerRequest",
                "workload.outputShare", "workload.peakToAverage", "workload.monthlyGrowthPercent",
                "api.inputPricePerMTok", "api.outputPricePerMTok", "selfHosted.gpuHourlyPrice",
                "selfHosted.tokensPerHourPerGpu", "selfHosted.maxUtilization", "selfHosted.setupCost",
                "selfHosted.monthlyOpsCost", "workload.cachedInputShare", "api.cachedInputPricePerMTok");

        assertThat(Sensitivity.INPUTS).extracting(Input::path).containsExactlyElementsOf(costModel);
        assertThat(Sensitivity.of(defaults)).extracting(r -> r.input().path())
                .containsExactlyInAnyOrderElementsOf(costModel);
    }

    @Test
    void labelsReadEverywhereWithoutTheirSectionAreUnique() {
        Map<String, List<Input>> byLabel = Arrays.stream(Input.values())
                .collect(Collectors.groupingBy(Input::qualifiedLabel));

        assertThat(byLabel).allSatisfy((label, inputs) -> assertThat(inputs).as(label).hasSize(1));
        assertThat(Input.SELF_HOSTED_SETUP_COST.qualifiedLabel()).isEqualTo("Set-up cost (self-hosted)");
        assertThat(Input.GPU_HOURLY_PRICE.qualifiedLabel()).isEqualTo("GPU price");
    }

    @Test
    void sectionsListEveryFieldOnceInFileOrder() {
        List<String> paths = Arrays.stream(Section.values()).flatMap(s -> s.fields().stream())
                .map(f -> f.path()).toList();

        assertThat(paths).doesNotHaveDuplicates()
                .hasSize(Input.values().length + Choice.values().length)
                .startsWith("workload.dailyRequests", "workload.tokensPerRequest", "workload.outputShare",
                        "workload.latencySlaMs", "workload.dataSensitivity", "workload.opsCapacity");
        EnumMap<Input, Double> values = Input.valuesOf(defaults);
        assertThat(values).hasSize(Input.values().length);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String replaceInSection(String text, Input input, String value) {
        int section = text.indexOf("\"" + input.section().id() + "\": {");
        int key = text.indexOf("\"" + input.key() + "\": ", section);
        int end = text.indexOf('\n', key);
        String line = text.substring(key, end);
        String replaced = "\"" + input.key() + "\": " + value + (line.endsWith(",") ? "," : "");
        return text.substring(0, key) + replaced + text.substring(end);
    }
}
