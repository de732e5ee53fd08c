package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crossover.io.ScenarioWriter;
import crossover.model.Bounds;
import crossover.model.DataSensitivity;
import crossover.model.Input;
import crossover.model.InvalidInputException;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.TestScenarios;
import crossover.model.Uncertainty;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16 at the command line, over valid files whose inputs sit at the ends of their ranges: {@code evaluate
 * --json} exits 0, prints one JSON document, and every value where a number belongs is a JSON number or
 * {@code null} (COST-MODEL.md, "Numbers in JSON"), tornado rows and Monte Carlo draws that overflow included.
 * The inputs come from the registry, so an input added to it is covered here without a change.
 */
class EvaluateJsonPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where text belongs in the document (arrays as {@code []}); every other leaf is a number, null or boolean. */
    private static final Set<String> TEXT = Set.of("name", "recommendation.option", "recommendation.excluded[]",
            "recommendation.reasons[]", "ruleOfThumb", "ruleOfThumbNote", "defaultsUsed[]", "sensitivity[].input",
            "sensitivity[].reason");
    private static final Set<String> BOOLEANS = Set.of("ruleOfThumbAgrees");

    /** A scenario as raw values, built inside the property so that a refusal is counted rather than generated. */
    record Draft(Map<Input, Double> values, DataSensitivity data, OpsCapacity ops, Map<Input, Double> rangeFactors) {

        Scenario scenario() {
            Scenario point = Input.scenario("edges", "", data, ops, values::get);
            Map<Input, Uncertainty.Range> ranges = new EnumMap<>(Input.class);
            rangeFactors.forEach((input, k) -> {
                double v = values.get(input);
                Bounds b = input.bounds();
                double low = b.contains(b.clamp(v / k)) ? b.clamp(v / k) : v;
                double high = b.contains(b.clamp(v * k)) ? b.clamp(v * k) : v;
                ranges.put(input, new Uncertainty.Range(Math.min(low, v), Math.max(high, v)));
            });
            return ranges.isEmpty() ? point : point.withUncertainty(new Uncertainty(100, 1, ranges));
        }
    }

    @Property(tries = 250)
    void evaluateJsonOfAValidFileExitsZeroAndPrintsOnlyNumbersOrNullWhereNumbersBelong(@ForAll("drafts") Draft draft)
            throws Exception {
        Scenario s;
        try {
            s = draft.scenario();
        } catch (InvalidInputException refused) {
            Statistics.label("file").collect("not valid, not written");
            return;
        }
        Path file = Files.createTempFile("edges", ".crossover");
        try {
            new ScenarioWriter().write(file, s);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = Cli.run(new String[] {"evaluate", file.toString(), "--json"}, new PrintWriter(out),
                    new PrintWriter(err));

            assertThat(code).as("%s%n%s", err, new ScenarioWriter().toJson(s)).isZero();
            assertThat(err.toString().lines()).allMatch(line -> line.startsWith("crossover: drawing "));
            JsonNode document = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(out.toString());
            List<String> misplaced = new ArrayList<>();
            walk("", document, misplaced);
            assertThat(misplaced).as(new ScenarioWriter().toJson(s)).isEmpty();
            assertThat(out.toString()).doesNotContain("Infinity", "NaN");
            boolean withoutValues = document.get("sensitivity").findValues("reason").size() > 0;
            JsonNode u = document.get("uncertainty");
            Statistics.label("file").collect("evaluated" + (withoutValues ? ", tornado rows without values" : "")
                    + (u == null ? "" : u.get("invalidDraws").asInt() > 0 ? ", invalid draws" : ", draws"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Collects each leaf whose kind does not belong at its path. */
    private static void walk(String path, JsonNode node, List<String> misplaced) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), misplaced);
            }
        } else if (node.isArray()) {
            node.forEach(item -> walk(path + "[]", item, misplaced));
        } else if (TEXT.contains(path)) {
            if (!node.isTextual()) {
                misplaced.add(path + " = " + node + " (text belongs here)");
            }
        } else if (BOOLEANS.contains(path)) {
            if (!node.isBoolean()) {
                misplaced.add(path + " = " + node + " (true or false belongs here)");
            }
        } else if (!(node.isNumber() || node.isNull())) {
            // Option-keyed maps (costs, timeline, percentiles) have numbers at every leaf.
            misplaced.add(path + " = " + node + " (a number or null belongs here)");
        }
    }

    @Provide
    Arbitrary<Draft> drafts() {
        // Three starting points: the defaults, a volume 1/1.1 of the largest (its 1.2× variants overflow), and
        // requests and tokens whose ranges together overflow (TestScenarios); up to four inputs then move to an
        // edge of their range.
        List<Scenario> bases = List.of(Input.defaults(), TestScenarios.nearTheLargestVolume(),
                TestScenarios.drawsThatOverflow(100, 1).withUncertainty(Uncertainty.NONE));
        Arbitrary<Map<Input, Double>> values = Combinators.combine(Arbitraries.of(bases),
                Arbitraries.subsetOf(Input.values()).ofMaxSize(4)).flatAs((base, moved) -> {
            List<Arbitrary<Double>> perInput = new ArrayList<>();
            for (Input input : Input.values()) {
                perInput.add(moved.contains(input) ? Arbitraries.of(edges(input)) : Arbitraries.just(input.of(base)));
            }
            return Combinators.combine(perInput).as(list -> {
                Map<Input, Double> m = new EnumMap<>(Input.class);
                for (int i = 0; i < list.size(); i++) {
                    m.put(Input.values()[i], list.get(i));
                }
                return m;
            });
        });
        List<Input> rangeable = java.util.Arrays.stream(Input.values()).filter(i -> !i.whole()).toList();
        Arbitrary<Map<Input, Double>> ranges = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Map.<Input, Double>of())),
                Tuple.of(1, Arbitraries.just(Map.of(Input.DAILY_REQUESTS, 4.0, Input.TOKENS_PER_REQUEST, 4.0))),
                Tuple.of(1, Arbitraries.maps(Arbitraries.of(rangeable), Arbitraries.of(2.0, 1e10, 1e150, 1e300))
                        .ofMinSize(1).ofMaxSize(3)));
        return Combinators.combine(values, Arbitraries.of(DataSensitivity.class), Arbitraries.of(OpsCapacity.class),
                ranges).as(Draft::new);
    }

    /** The values at the ends of an input's range, and a few far inside it, that its bounds allow. */
    private static List<Double> edges(Input input) {
        Bounds b = input.bounds();
        Set<Double> candidates = new LinkedHashSet<>(List.of(b.min(), Math.nextUp(b.min()), Double.MIN_VALUE,
                1e-300, 1e-12, 1.0, 2.0, 1e6, 1e24, 1e300, b.max(), Math.nextDown(b.max()),
                (double) Integer.MAX_VALUE));
        return candidates.stream().filter(b::contains).toList();
    }
}
