package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crossover.model.ApiPricing;
import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.OnPrem;
import crossover.model.Scenario;
import crossover.model.Section;
import crossover.model.SelfHosting;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import crossover.model.Workload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files of version 4 (COST-MODEL.md, "Version 4"): its fields and the optional {@code onPrem} section travel
 * through a file, each is refused when negative, beyond its bound or of the wrong type, older files cannot hold
 * them, and a scenario that uses none of them is written exactly as before.
 */
class VersionFourFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioWriter writer = new ScenarioWriter();
    private final ScenarioReader reader = new ScenarioReader();

    /** Every version-4 input away from its default, owned GPUs included: the file holds each of them. */
    private static Scenario everything() {
        Scenario s = TestScenarios.typical();
        Workload w = s.workload();
        ApiPricing a = s.api();
        SelfHosting h = s.selfHosted();
        return s.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(), w.outputShare(), w.latencySlaMs(),
                        w.dataSensitivity(), w.opsCapacity(), w.peakToAverage(), w.monthlyGrowthPercent(),
                        w.horizonMonths(), 0.25, 0.8))
                .withApi(new ApiPricing(a.inputPricePerMTok(), a.outputPricePerMTok(), a.typicalTtftMs(),
                        OptionalDouble.of(0.3), 50))
                .withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(), h.gpusPerReplica(),
                        h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(), 60, 6, 40))
                .withOnPrem(Optional.of(new OnPrem(30_000, 48, 1.2, 1.4, 0.12, 150, 20_000, 3_000)));
    }

    static Stream<Input> versionFourInputs() {
        return Arrays.stream(Input.values()).filter(i -> i.since() == 4);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Round trip
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyVersionFourFieldAndTheOnPremSectionTravelThroughAFile() throws Exception {
        Scenario s = everything();
        String text = writer.toJson(s);

        LoadedScenario back = reader.read("v4.crossover", text.getBytes(StandardCharsets.UTF_8));

        assertThat(back.scenario()).isEqualTo(s);
        assertThat(back.fileVersion()).isEqualTo(4);
        assertThat(back.defaultsUsed()).isEmpty();
        assertThat(writer.toJson(back.scenario())).isEqualTo(text);
        JsonNode root = JSON.readTree(text);
        assertThat(root.get("version").asInt()).isEqualTo(4);
        for (Input i : versionFourInputs().toList()) {
            assertThat(root.get(i.section().id()).get(i.key()).asDouble()).as(i.path()).isEqualTo(i.of(s));
        }
        assertThat(fieldNames(root)).containsSubsequence("cloudManaged", "onPrem");
    }

    @ParameterizedTest
    @MethodSource("versionFourInputs")
    void eachVersionFourInputTravelsOnItsOwnAndMakesTheFileVersionFour(Input input) throws Exception {
        Scenario owned = TestScenarios.everyInput();
        double value = input.whole() ? input.defaultValue() + 1 : input.defaultValue() == 0 ? 0.5
                : input.defaultValue() * 1.1;
        Scenario changed = owned.with(input, value);

        LoadedScenario back = reader.read("one.crossover", writer.toJson(changed).getBytes(StandardCharsets.UTF_8));

        assertThat(input.of(back.scenario())).isEqualTo(value);
        assertThat(back.scenario()).isEqualTo(changed);
        assertThat(back.fileVersion()).isEqualTo(4);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hostile values
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("versionFourInputs")
    void aNegativeValueIsRefusedNamingTheFieldAndWhatIsValid(Input input) {
        ScenarioFileException e = refused(with(input, "-1"));

        assertThat(e.field()).hasValue(input.path());
        assertThat(e.getMessage()).contains(input.path()).contains(input.bounds().describe()).contains("-1");
    }

    @ParameterizedTest
    @MethodSource("versionFourInputs")
    void aValueAboveTheBoundIsRefused(Input input) {
        // Inputs without an upper bound are refused beyond the largest double.
        boolean bounded = input.bounds().max() != Double.POSITIVE_INFINITY;
        String above = bounded ? Double.toString(input.bounds().max() + 1) : "1e400";

        ScenarioFileException e = refused(with(input, above));

        assertThat(e.field()).hasValue(input.path());
        assertThat(e.getMessage()).contains(input.path())
                .contains(bounded ? input.bounds().describe() : "beyond the largest number");
    }

    @ParameterizedTest
    @MethodSource("versionFourInputs")
    void aValueOfTheWrongTypeIsRefused(Input input) {
        for (String wrong : List.of("\"3\"", "true", "null", "[1]", "{}")) {
            ScenarioFileException e = refused(with(input, wrong));

            assertThat(e.field()).as(wrong).hasValue(input.path());
            assertThat(e.getMessage()).as(wrong).contains(input.path())
                    .contains(input.whole() ? "must be a whole number" : "must be a number");
        }
    }

    @Test
    void aFractionOfAGpuOrOfAMonthIsRefused() {
        for (Input whole : List.of(Input.COMMITTED_GPUS, Input.ON_PREM_DEPRECIATION_MONTHS)) {
            ScenarioFileException e = refused(with(whole, "2.5"));

            assertThat(e.getMessage()).contains(whole.path()).contains("whole number");
        }
    }

    @Test
    void theOnPremSectionMustBeAnObject() {
        for (String wrong : List.of("[]", "30000", "\"owned\"", "null")) {
            ObjectNode root = tree(everything());
            root.set("onPrem", parse(wrong));

            ScenarioFileException e = refused(root);

            assertThat(e.getMessage()).as(wrong).contains("onPrem must be an object");
        }
    }

    @Test
    void anOnPremSectionWithoutThePurchasePriceIsRefusedAsMissingIt() {
        ObjectNode root = tree(everything());
        ((ObjectNode) root.get("onPrem")).remove("gpuPurchasePrice");

        ScenarioFileException e = refused(root);

        assertThat(e.field()).hasValue("onPrem.gpuPurchasePrice");
        assertThat(e.getMessage()).contains("onPrem.gpuPurchasePrice is missing");
    }

    @Test
    void misspeltVersionFourNamesAreRefusedWithADidYouMean() {
        ObjectNode topTypo = tree(everything());
        topTypo.set("onprem", topTypo.remove("onPrem"));
        ObjectNode fieldTypo = tree(everything());
        ObjectNode onPrem = (ObjectNode) fieldTypo.get("onPrem");
        onPrem.set("PUE", onPrem.remove("pue"));
        ObjectNode apiTypo = tree(everything());
        ObjectNode api = (ObjectNode) apiTypo.get("api");
        api.set("cachedInputPricePerMtok", api.remove("cachedInputPricePerMTok"));

        assertThat(refused(topTypo).getMessage()).contains("\"onprem\"").contains("Did you mean \"onPrem\"?");
        assertThat(refused(fieldTypo).getMessage()).contains("onPrem.PUE").contains("Did you mean \"pue\"?");
        assertThat(refused(apiTypo).getMessage()).contains("Did you mean \"cachedInputPricePerMTok\"?");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Older files
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("versionFourInputs")
    void aVersionFourFieldInAVersionThreeFileIsRefusedNamingBothVersions(Input input) {
        ObjectNode root = tree(everything());
        root.put("version", 3);
        // Only the field itself (or the onPrem section) is of version 4 here.
        if (input.section() != Section.ON_PREM) {
            root.remove("onPrem");
        }
        for (Input other : versionFourInputs().toList()) {
            if (other != input && other.section() != Section.ON_PREM) {
                ((ObjectNode) root.get(other.section().id())).remove(other.key());
            }
        }

        ScenarioFileException e = refused(root);

        String named = input.section() == Section.ON_PREM ? "onPrem" : input.path();
        assertThat(e.field()).hasValue(named);
        assertThat(e.getMessage()).contains(named + " belongs to file version 4")
                .contains("this file says version 3");
    }

    @Test
    void aRangeOrASourceOfAVersionFourInputInAnOlderFileIsRefusedNamingBothVersions() throws Exception {
        Scenario typical = TestScenarios.typical();
        Scenario ranged = typical.withUncertainty(new Uncertainty(500, 1,
                Map.of(Input.CACHED_INPUT_SHARE, new Uncertainty.Range(0, 0.5))));
        ObjectNode range = tree(ranged);
        range.put("version", 3);
        ObjectNode source = tree(typical, Map.of(Input.API_BATCH_DISCOUNT_PERCENT,
                new FieldSource(0, "from catalog", "")));
        source.put("version", 3);

        assertThat(writer.toJson(ranged)).contains("\"version\": 4");
        assertThat(refused(range).getMessage()).contains("belongs to file version 4").contains("says version 3");
        assertThat(refused(source).getMessage()).contains("belongs to file version 4").contains("says version 3");
    }

    @Test
    void aRangeOrASourceOfAnOwnedGpuInputWithoutTheOnPremSectionIsRefused() {
        ObjectNode root = tree(everything().withUncertainty(new Uncertainty(500, 1,
                Map.of(Input.ON_PREM_PUE, new Uncertainty.Range(1.2, 1.6)))));
        root.remove("onPrem");
        ObjectNode sourced = tree(everything(), Map.of(Input.ON_PREM_PUE, new FieldSource(1.4, "from a survey", "")));
        sourced.remove("onPrem");

        assertThat(refused(root).getMessage()).contains("uncertainty.ranges.onPrem.pue")
                .contains("does not have");
        assertThat(refused(sourced).getMessage()).contains("sources.onPrem.pue").contains("does not have");
        assertThatThrownBy(() -> TestScenarios.typical().withUncertainty(new Uncertainty(500, 1,
                Map.of(Input.ON_PREM_PUE, new Uncertainty.Range(1.2, 1.6)))))
                .hasMessageContaining("no onPrem section");
    }

    @Test
    void aVersionFourFileWithoutItsNewFieldsGetsTheDefaultsAndSaysSo() throws Exception {
        ObjectNode root = tree(everything());
        for (Input i : versionFourInputs().toList()) {
            if (!i.required()) {
                ((ObjectNode) root.get(i.section().id())).remove(i.key());
            }
        }

        LoadedScenario loaded = reader.read("sparse.crossover", JSON.writeValueAsBytes(root));

        Scenario s = loaded.scenario();
        assertThat(s.workload().cachedInputShare()).isZero();
        assertThat(s.api().cachedPricePerMTok()).isEqualTo(s.api().inputPricePerMTok());
        assertThat(s.api().cachedInputPricePerMTok()).isEmpty();
        assertThat(s.onPrem().orElseThrow().depreciationMonths()).isEqualTo(36);
        assertThat(s.onPrem().orElseThrow().pue()).isEqualTo(1.3);
        assertThat(loaded.defaultsUsed()).containsExactly(
                "workload.cachedInputShare = 0.0",
                "api.cachedInputPricePerMTok = api.inputPricePerMTok (3)",
                "api.batchDiscountPercent = 0.0",
                "selfHosted.committedGpus = 0",
                "selfHosted.commitmentDiscountPercent = 0.0",
                "onPrem.depreciationMonths = 36",
                "onPrem.powerKwPerGpu = 1.0",
                "onPrem.pue = 1.3",
                "onPrem.electricityPricePerKwh = 0.1",
                "onPrem.colocationPerGpuMonth = 0.0",
                "onPrem.setupCost = 0.0",
                "onPrem.monthlyOpsCost = 0.0");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Written as before, unless version 4 is used
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aScenarioThatUsesNoVersionFourFieldIsWrittenAsVersionTwoOrThreeWithoutThem() throws Exception {
        Scenario s = TestScenarios.typical();
        String plain = writer.toJson(s);
        String sourced = writer.toJson(s, Map.of(Input.API_INPUT_PRICE, new FieldSource(3, "from catalog", "")));

        assertThat(plain).contains("\"version\": 2,");
        assertThat(sourced).contains("\"version\": 3,");
        for (String text : List.of(plain, sourced)) {
            JsonNode root = JSON.readTree(text);
            assertThat(root.has("onPrem")).isFalse();
            for (Input i : versionFourInputs().filter(i -> i.section() != Section.ON_PREM).toList()) {
                assertThat(root.get(i.section().id()).has(i.key())).as(i.path()).isFalse();
            }
        }
    }

    @Test
    void aCachedPriceIsWrittenWhenTheFileHadItOrItDiffersFromTheInputPrice() throws Exception {
        ObjectNode stated = tree(everything());
        ((ObjectNode) stated.get("api")).put("cachedInputPricePerMTok", 3); // equal to the input price
        Scenario following = TestScenarios.typical().with(Input.CACHED_INPUT_SHARE, 0.5);
        Scenario differing = following.with(Input.API_CACHED_INPUT_PRICE, 0.3);

        Scenario read = reader.read("stated.crossover", JSON.writeValueAsBytes(stated)).scenario();

        assertThat(writer.toJson(read)).contains("\"cachedInputPricePerMTok\": 3,");
        assertThat(writer.toJson(following)).contains("\"version\": 4").doesNotContain("cachedInputPricePerMTok");
        assertThat(writer.toJson(differing)).contains("\"cachedInputPricePerMTok\": 0.3,");
    }

    @Test
    void afterTheOnPremSectionComesOffTheFileIsWrittenAsBeforeAgain() {
        Scenario owned = TestScenarios.typical().withOnPrem(Optional.of(OnPrem.withPurchasePrice(30_000)));

        assertThat(writer.toJson(owned)).contains("\"version\": 4").contains("\"onPrem\": {");
        assertThat(writer.toJson(owned.withOnPrem(Optional.empty()))).isEqualTo(writer.toJson(TestScenarios.typical()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private ObjectNode tree(Scenario s) {
        return tree(s, Map.of());
    }

    private ObjectNode tree(Scenario s, Map<Input, FieldSource> sources) {
        try {
            return (ObjectNode) JSON.readTree(writer.toJson(s, sources));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file of {@link #everything()} with one version-4 field's value replaced by raw JSON. */
    private ObjectNode with(Input input, String raw) {
        ObjectNode root = tree(everything());
        ((ObjectNode) root.get(input.section().id())).set(input.key(), parseRaw(raw));
        return root;
    }

    /** Raw JSON, keeping numbers such as {@code 1e400} as written (a double would turn it into infinity). */
    private static JsonNode parseRaw(String raw) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ScenarioFileException refused(ObjectNode root) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            reader.read("hostile.crossover", bytes);
        } catch (ScenarioFileException e) {
            assertThat(e.getMessage()).doesNotContain("unexpected error").doesNotContain("Exception");
            return e;
        }
        throw new AssertionError("the file must be refused: " + new String(bytes, StandardCharsets.UTF_8));
    }
}
