package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import crossover.model.catalog.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing LiteLLM's price list from a small fixture in its format (litellm-fixture.json): eight top-level keys —
 * sample_spec, four priced chat entries (one with only an input price), one chat entry without token prices, one
 * embedding and one image_generation entry.
 */
class LiteLlmImportTest {

    @TempDir
    Path dir;

    /** The fixture copied to a file, dated 2025-03-04 (the import dates prices with the file's day). */
    static Path fixture(Path dir) throws IOException {
        Path file = dir.resolve("model_prices_and_context_window.json");
        try (InputStream in = LiteLlmImportTest.class.getResourceAsStream("/crossover/io/litellm-fixture.json")) {
            assertThat(in).as("test resource litellm-fixture.json").isNotNull();
            Files.write(file, in.readAllBytes());
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-04T12:00:00Z")));
        return file;
    }

    private LiteLlmImporter.Result importFixture() throws Exception {
        return new LiteLlmImporter().read(fixture(dir));
    }

    private static Map<String, ApiModel> byId(LiteLlmImporter.Result r) {
        return r.models().stream().collect(Collectors.toMap(ApiModel::id, Function.identity()));
    }

    @Test
    void importsTheChatEntriesInFileOrderWithLowerCaseIds() throws Exception {
        LiteLlmImporter.Result r = importFixture();

        // Chat entries with at least one token price: gpt-4o-mini, Mistral/Mistral-Small-Latest,
        // claude-3-5-haiku-20241022, together_ai/some-input-only-model (ollama/llama3 has none).
        assertThat(r.models()).extracting(ApiModel::id).containsExactly("litellm/gpt-4o-mini",
                "litellm/mistral/mistral-small-latest", "litellm/claude-3-5-haiku-20241022",
                "litellm/together_ai/some-input-only-model");
        // The name keeps LiteLLM's key as written.
        assertThat(byId(r).get("litellm/mistral/mistral-small-latest").name()).isEqualTo("Mistral/Mistral-Small-Latest");
        assertThat(r.models()).extracting(ApiModel::provider).containsExactly("openai", "mistral", "anthropic",
                "together_ai");
    }

    @Test
    void batchPricesBecomeTheBatchTiersDiscountAgainstTheListPrices() throws Exception {
        Map<String, ApiModel> m = byId(importFixture());

        // gpt-4o-mini: 7.5e-08 / 1.5e-07 and 3e-07 / 6e-07 are both half: 50 % off.
        assertThat(m.get("litellm/gpt-4o-mini").batchDiscountPercent().value()).isEqualTo(50.0);
        assertThat(m.get("litellm/gpt-4o-mini").batchDiscountPercent().source())
                .contains("input_cost_per_token_batches");
        // claude-3-5-haiku: input 4e-07 / 8e-07 is 50 % off, output 2.4e-06 / 4e-06 only 40 %: the smaller holds
        // for every token.
        assertThat(m.get("litellm/claude-3-5-haiku-20241022").batchDiscountPercent().value()).isEqualTo(40.0);
        // No batch prices, no batch tier.
        assertThat(m.get("litellm/mistral/mistral-small-latest").batchDiscountPercent()).isNull();
    }

    @Test
    void pricesPerTokenBecomeExactPricesPerMillion() throws Exception {
        Map<String, ApiModel> m = byId(importFixture());

        ApiModel mini = m.get("litellm/gpt-4o-mini");
        // 1.5e-07 × 1e6 = 0.15; 6e-07 × 1e6 = 0.6; 7.5e-08 × 1e6 = 0.075.
        assertThat(mini.inputPricePerMTok()).isEqualTo(0.15);
        assertThat(mini.outputPricePerMTok()).isEqualTo(0.6);
        assertThat(mini.cachedInputPricePerMTok()).isEqualTo(0.075);

        // In binary floating point 1e-07 × 1e6 = 0.09999999999999999 and 4e-07 × 1e6 = 0.39999999999999997;
        // decimal arithmetic gives 0.1 and 0.4 exactly.
        ApiModel mistral = m.get("litellm/mistral/mistral-small-latest");
        assertThat(mistral.inputPricePerMTok()).isEqualTo(0.1);
        assertThat(mistral.outputPricePerMTok()).isEqualTo(0.4);
        assertThat(mistral.cachedInputPricePerMTok()).isNull();

        // 8e-07 → 0.8 (not 0.7999999999999999), 4e-06 → 4, cache read 8e-08 → 0.08.
        ApiModel haiku = m.get("litellm/claude-3-5-haiku-20241022");
        assertThat(haiku.inputPricePerMTok()).isEqualTo(0.8);
        assertThat(haiku.outputPricePerMTok()).isEqualTo(4.0);
        assertThat(haiku.cachedInputPricePerMTok()).isEqualTo(0.08);
    }

    @Test
    void anEntryWithOnlyAnInputPriceIsImportedWithTheOutputUnpriced() throws Exception {
        ApiModel only = byId(importFixture()).get("litellm/together_ai/some-input-only-model");

        // 9e-07 × 1e6 = 0.9 (binary: 0.8999999999999999).
        assertThat(only.inputPricePerMTok()).isEqualTo(0.9);
        assertThat(only.outputPricePerMTok()).isNull();
        assertThat(only.priced()).isFalse();
    }

    @Test
    void countsWhatItSkippedAndIgnored() throws Exception {
        LiteLlmImporter.Result r = importFixture();

        // ollama/llama3 is a chat entry with neither token price.
        assertThat(r.skippedUnpriced()).isEqualTo(1);
        // sample_spec (counted with the other modes), text-embedding-3-small (embedding), dall-e-3 (image
        // generation): 3.
        assertThat(r.ignoredOtherModes()).isEqualTo(3);
        // 4 imported + 1 skipped + 3 ignored = the fixture's 8 top-level keys.
        assertThat(r.models().size() + r.skippedUnpriced() + r.ignoredOtherModes()).isEqualTo(8);
        assertThat(r.summary("prices.json")).isEqualTo("Imported 4 chat models from prices.json; skipped 1 without "
                + "token prices; ignored 3 entries that are not chat models.");
    }

    @Test
    void entriesAreUndatedAndNameTheFileAsTheirSource() throws Exception {
        // The file's modification time (set to 2025-03-04 by the fixture copy) is when it was downloaded, not
        // when LiteLLM published the prices: imported entries carry no date.
        LiteLlmImporter.Result r = importFixture();

        assertThat(r.models()).allSatisfy(m -> {
            assertThat(m.asOf()).isNull();
            assertThat(m.source()).isEqualTo("LiteLLM price list model_prices_and_context_window.json");
        });
    }

    @Test
    void aTopLevelArrayIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("list.json");
        Files.writeString(file, "[{\"gpt-4o\": {\"mode\": \"chat\"}}]\n");

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> new LiteLlmImporter().read(file));

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.describe()).startsWith(file + ": line 1, column 1: ")
                .contains("is not a LiteLLM price list").contains("not a list");
    }

    @Test
    void aPriceGivenAsAStringIsRefusedNamingTheFileTheEntryAndTheField() throws IOException {
        Path file = dir.resolve("prices.json");
        String text = """
                {
                  "gpt-4o": {
                    "input_cost_per_token": "2.5e-06",
                    "output_cost_per_token": 1e-05,
                    "litellm_provider": "openai",
                    "mode": "chat"
                  }
                }
                """;
        Files.writeString(file, text, StandardCharsets.UTF_8);

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> new LiteLlmImporter().read(file));

        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        // The string is on line 3.
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.describe()).startsWith(file + ": line 3, ")
                .contains("\"gpt-4o\".input_cost_per_token must be a price per token").contains("not a string");
        assertThat(e.field()).contains("gpt-4o.input_cost_per_token");
    }

    @Test
    void aNegativePriceIsRefused() {
        byte[] bytes = "{\"m\": {\"mode\": \"chat\", \"input_cost_per_token\": -1e-06}}".getBytes(StandardCharsets.UTF_8);

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> new LiteLlmImporter().read("neg.json", bytes, null, "neg.json"));

        assertThat(e).isNotNull();
        assertThat(e.describe()).startsWith("neg.json: line 1, ").contains("(a number ≥ 0)").contains("-1e-06");
    }
}
