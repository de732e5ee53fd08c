package crossover.io;

import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Sourced;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports API prices from LiteLLM's public price list ({@code model_prices_and_context_window.json}): one object
 * whose keys are model names and whose values carry {@code mode}, {@code litellm_provider} and prices per token.
 * Only {@code "mode": "chat"} entries are taken; per-token prices become $ per million tokens exactly (decimal
 * arithmetic on the file's text, so 1.5e-07 becomes 0.15, not 0.15000000000000002); the cache-read price is kept,
 * and the batch prices ({@code input_cost_per_token_batches}, {@code output_cost_per_token_batches}) become the
 * batch tier's discount against the list prices.
 * An entry with neither token price is skipped and counted; an entry with one of them is imported with the other
 * unpriced (null), never $0. LiteLLM adds fields often, so fields this importer does not use are ignored.
 */
public final class LiteLlmImporter {

    /** LiteLLM's list was about 1.5 MB in 2025 and grows; 64 MiB leaves room without reading anything absurd. */
    public static final int MAX_BYTES = 64 << 20;
    private static final BigDecimal PER_MILLION = BigDecimal.valueOf(1_000_000);

    private final JsonText json = new JsonText("a LiteLLM price list", MAX_BYTES);

    /**
     * What an import found.
     *
     * @param models             the chat models imported, in file order
     * @param skippedUnpriced    chat entries with neither an input nor an output token price
     * @param ignoredOtherModes  entries that are not chat models: other modes (embedding, image generation, …), no
     *                           mode, or LiteLLM's {@code sample_spec} documentation entry
     */
    public record Result(List<ApiModel> models, int skippedUnpriced, int ignoredOtherModes) {

        public Result {
            models = List.copyOf(models);
        }

        /** One sentence for a status line or the CLI. */
        public String summary(String file) {
            return String.format(Locale.ROOT, "Imported %,d chat models from %s; skipped %,d without token prices; "
                    + "ignored %,d entries that are not chat models.", models.size(), file, skippedUnpriced, ignoredOtherModes);
        }
    }

    /**
     * Imports a file. LiteLLM's list carries no date, and a file's modification time is when it was downloaded,
     * not when the prices were published: imported prices are undated ({@code asOf} null).
     */
    public Result read(Path file) throws ScenarioFileException {
        byte[] bytes = json.readFile(file);
        Path name = file.getFileName();
        return read(file.toString(), bytes, null, name == null ? file.toString() : name.toString());
    }

    /**
     * Imports the bytes of a file.
     *
     * @param name   how messages refer to the file
     * @param asOf   the date to give the prices, or null
     * @param source what the entries name as their source
     */
    public Result read(String name, byte[] bytes, String asOf, String source) throws ScenarioFileException {
        Json root = json.parse(name, bytes);
        if (!(root instanceof Json.Obj top)) {
            throw new ScenarioFileException(name, root.line(), root.column(), null,
                    "is not a LiteLLM price list: the file must hold one JSON object of model entries, not "
                            + root.kindName() + ".", null);
        }
        List<ApiModel> models = new ArrayList<>();
        int unpriced = 0;
        int otherModes = 0;
        for (Map.Entry<String, Json> e : top.members().entrySet()) {
            String key = e.getKey();
            if (!(e.getValue() instanceof Json.Obj entry) || key.equals("sample_spec")) {
                otherModes++;
                continue;
            }
            if (!"chat".equals(string(entry, "mode"))) {
                otherModes++;
                continue;
            }
            Double input = perMillion(name, key, entry, "input_cost_per_token");
            Double output = perMillion(name, key, entry, "output_cost_per_token");
            if (input == null && output == null) {
                unpriced++;
                continue;
            }
            Double cached = perMillion(name, key, entry, "cache_read_input_token_cost");
            String provider = string(entry, "litellm_provider");
            models.add(new ApiModel(id(key), provider == null || provider.isBlank() ? "unknown provider" : provider,
                    key, input, output, cached, asOf, "LiteLLM price list " + source, null,
                    batchDiscount(name, key, entry, source, asOf)));
        }
        return new Result(models, unpriced, otherModes);
    }

    /**
     * The batch tier's discount, {@code 100 × (1 − batch price / list price)}, from the input prices where both are
     * given, else from the output prices; the smaller where both pairs are given and differ (a discount that holds
     * for all tokens). Null without a batch price, or with one at or above the list price.
     */
    private static Sourced batchDiscount(String file, String key, Json.Obj entry, String source, String asOf)
            throws ScenarioFileException {
        BigDecimal fromInput = discount(file, key, entry, "input_cost_per_token", "input_cost_per_token_batches");
        BigDecimal fromOutput = discount(file, key, entry, "output_cost_per_token", "output_cost_per_token_batches");
        BigDecimal d = fromInput == null ? fromOutput : fromOutput == null ? fromInput : fromInput.min(fromOutput);
        if (d == null || d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(95)) > 0) {
            return null;
        }
        return new Sourced(d.doubleValue(), "LiteLLM price list " + source + ": the batch prices against the list "
                + "prices (input_cost_per_token_batches, output_cost_per_token_batches)", asOf);
    }

    private static BigDecimal discount(String file, String key, Json.Obj entry, String listField, String batchField)
            throws ScenarioFileException {
        BigDecimal list = price(file, key, entry, listField);
        BigDecimal batch = price(file, key, entry, batchField);
        if (list == null || batch == null || list.signum() == 0) {
            return null;
        }
        return BigDecimal.ONE.subtract(batch.divide(list, java.math.MathContext.DECIMAL64))
                .multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
    }

    private static String id(String key) {
        return "litellm/" + key.toLowerCase(Locale.ROOT);
    }

    private static String string(Json.Obj entry, String field) {
        return entry.members().get(field) instanceof Json.Str s ? s.value() : null;
    }

    private static Double perMillion(String file, String key, Json.Obj entry, String field)
            throws ScenarioFileException {
        BigDecimal perToken = price(file, key, entry, field);
        return perToken == null ? null : perToken.multiply(PER_MILLION).doubleValue();
    }

    /** A price per token as written, or null where the entry gives none. */
    private static BigDecimal price(String file, String key, Json.Obj entry, String field)
            throws ScenarioFileException {
        Json v = entry.members().get(field);
        if (v == null || v instanceof Json.Null) {
            return null;
        }
        if (v instanceof Json.Num n && n.value().signum() >= 0) {
            return n.value();
        }
        throw new ScenarioFileException(file, v.line(), v.column(), JsonText.abbreviate(key) + "." + field,
                "\"" + JsonText.abbreviate(key) + "\"." + field + " must be a price per token (a number ≥ 0), not "
                        + v.kindName() + ".", null);
    }
}
