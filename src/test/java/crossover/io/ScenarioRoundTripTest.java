package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.DataSensitivity;
import crossover.model.InvalidInputException;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.TestScenarios;
import crossover.model.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a scenario and reading it back gives the same scenario, bit for bit (record equality compares doubles
 * as {@link Double#compare} does, so {@code -0.0} and {@code 0.0} differ); the writer's text is stable; saving
 * replaces a file in one step and leaves nothing behind.
 */
class ScenarioRoundTripTest {

    /** Values that printing and parsing decimals get wrong most easily; each field uses those in its range. */
    private static final double[] AWKWARD = {
        0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e-7, Math.nextUp(1e-7), 0.1, Math.nextUp(0.1),
        Math.nextDown(0.1), 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 4.35, Math.nextDown(1.0), 1.0, Math.nextUp(1.0), 1.5,
        2.5, 100, 100.0 / 3, 123456789.123, Math.nextUp(123456789.123), 1e15, Math.nextUp(1e15), 0x1p53 - 1,
        0x1p53, 0x1p53 + 2, 1e16, 1e21, 1e22, 1e23, 2e23, 9.999999999999999e22, Math.nextDown(1e12), 1e12,
        -1e-7, -0.1, -1.0 / 3, -50.5, -99.99999999999999, Math.nextUp(-100.0),
    };

    private final ScenarioWriter writer = new ScenarioWriter();
    private final ScenarioReader reader = new ScenarioReader();

    // ---------------------------------------------------------------------------------------------------------
    // Round trip
    // ---------------------------------------------------------------------------------------------------------

    @Property(tries = 2000)
    void writingThenReadingGivesAnEqualScenario(@ForAll("scenarios") Scenario s) throws ScenarioFileException {
        String text = writer.toJson(s);

        LoadedScenario loaded = reader.read("generated.crossover", text.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.scenario()).as(text).isEqualTo(s);
        assertThat(loaded.defaultsUsed()).isEmpty();
        assertThat(loaded.fileVersion()).isEqualTo(2);
    }

    @Property(tries = 500)
    void writingWhatWasReadGivesTheSameText(@ForAll("scenarios") Scenario s) throws ScenarioFileException {
        String text = writer.toJson(s);

        Scenario again = reader.read("generated.crossover", text.getBytes(StandardCharsets.UTF_8)).scenario();

        assertThat(writer.toJson(again)).isEqualTo(text);
    }

    @Test
    void negativeZeroKeepsItsSignInEveryFieldThatAllowsZero() throws ScenarioFileException {
        Workload w = new Workload(-0.0, 1500, -0.0, 1000, DataSensitivity.PUBLIC, OpsCapacity.NONE, 1, -0.0, 1);
        Scenario s = new Scenario("", "", w, new ApiPricing(-0.0, -0.0, 400),
                new SelfHosting(-0.0, 2.5e6, 1, 1, 1, -0.0, -0.0), new CloudManaged(-0.0, -0.0, -0.0));

        Scenario back = roundTrip(s);

        assertThat(back).isEqualTo(s);
        assertThat(1 / back.workload().dailyRequests()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(1 / back.cloudManaged().monthlyOpsCost()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void awkwardDoublesSurviveInEveryNumberField() throws ScenarioFileException {
        Scenario base = TestScenarios.typical();
        for (double d : AWKWARD) {
            if (d < 0 || d > 1) {
                continue;
            }
            Workload w = base.workload();
            Workload w2 = new Workload(d, w.tokensPerRequest(), d, w.latencySlaMs(), w.dataSensitivity(),
                    w.opsCapacity(), 1 + d, d, w.horizonMonths());
            Scenario s = base.withWorkload(w2).withApi(new ApiPricing(d, d, 1 + d))
                    .withSelfHosted(new SelfHosting(d, 1 + d, 1, 1, d == 0 ? 1 : d, d, d))
                    .withCloudManaged(new CloudManaged(d, d, d));

            assertThat(roundTrip(s)).as("value %s", Double.toString(d)).isEqualTo(s);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Stable text
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void writingTwiceGivesIdenticalText() {
        Scenario s = TestScenarios.typical();

        String first = writer.toJson(s);

        assertThat(writer.toJson(s)).isEqualTo(first);
        assertThat(new ScenarioWriter().toJson(s)).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void theKeyOrderIsFixed() {
        String text = writer.toJson(TestScenarios.typical());

        assertThat(keysIndentedBy(text, 2)).containsExactly("format", "version", "name", "notes", "workload", "api",
                "selfHosted", "cloudManaged");
        assertThat(keysIndentedBy(text, 4)).containsExactly(
                "dailyRequests", "tokensPerRequest", "outputShare", "latencySlaMs", "dataSensitivity", "opsCapacity",
                "peakToAverage", "monthlyGrowthPercent", "horizonMonths", "batchShare",
                "inputPricePerMTok", "outputPricePerMTok", "typicalTtftMs",
                "gpuHourlyPrice", "tokensPerHourPerGpu", "gpusPerReplica", "minReplicas", "maxUtilization",
                "setupCost", "monthlyOpsCost", "spotDiscountPercent",
                "overheadPercent", "setupCost", "monthlyOpsCost");
    }

    @Test
    void wholeNumbersAreWrittenWithoutAFraction() {
        String text = writer.toJson(TestScenarios.typical());

        assertThat(text).contains("\"dailyRequests\": 50000,").contains("\"tokensPerHourPerGpu\": 2500000,")
                .contains("\"outputShare\": 0.3,").contains("\"version\": 2,");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Saving
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void savingCreatesAFileWithTheWritersText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.crossover");

        writer.write(file, TestScenarios.typical());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(writer.toJson(TestScenarios.typical()));
        assertThat(reader.read(file).scenario()).isEqualTo(TestScenarios.typical());
        assertThat(filesIn(dir)).containsExactly("new.crossover");
    }

    @Test
    void savingReplacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.crossover");
        Files.writeString(file, "an older, much longer file ".repeat(1_000), StandardCharsets.UTF_8);
        Scenario first = TestScenarios.typical();
        Scenario second = first.withName("Second save");

        writer.write(file, first);
        writer.write(file, second);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(writer.toJson(second));
        assertThat(reader.read(file).scenario()).isEqualTo(second);
        assertThat(filesIn(dir)).containsExactly("plan.crossover");
    }

    @Test
    void savingByARelativeNameWorks(@TempDir Path dir) throws Exception {
        // A relative path is resolved against the working folder; the temporary file must go beside the target.
        Path file = dir.resolve("relative.crossover");
        Path relative = Path.of("").toAbsolutePath().relativize(file);

        writer.write(relative, TestScenarios.typical());

        assertThat(reader.read(file).scenario()).isEqualTo(TestScenarios.typical());
        assertThat(filesIn(dir)).containsExactly("relative.crossover");
    }

    @Test
    void savingIntoAReadOnlyFolderFailsAndLeavesTheOldFileUnchanged(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions are needed to make a folder read-only");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("plan.crossover");
        writer.write(file, TestScenarios.typical());
        byte[] before = Files.readAllBytes(file);
        Set<PosixFilePermission> original = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // A platform fact, not a property of the writer: root (as in CI containers) may write into a read-only
            // folder. The next test covers the same failure in a way that holds for root too.
            Assumptions.assumeFalse(Files.isWritable(folder), "permissions are not enforced for this user");

            ScenarioFileException e = saveFails(file, TestScenarios.typical().withName("Changed"));

            assertThat(e.getMessage()).contains("permission denied").contains(folder.toString());
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(filesIn(folder)).containsExactly("plan.crossover");
        } finally {
            Files.setPosixFilePermissions(folder, original);
        }
    }

    @Test
    void savingUnderARegularFileFailsAndLeavesThatFileUnchanged(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "not a folder\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(notAFolder);
        Path file = notAFolder.resolve("plan.crossover");

        ScenarioFileException e = saveFails(file, TestScenarios.typical());

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.describe()).startsWith(file + ": cannot be saved: ");
        assertThat(e.getMessage()).containsIgnoringCase("not a directory").contains("The old file is unchanged");
        assertThat(Files.readAllBytes(notAFolder)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("notes.txt");
    }

    @Test
    void savingOverAFolderFailsLeavesTheFolderAsItWasAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plan.crossover"));
        Files.writeString(folder.resolve("inside.txt"), "keep me", StandardCharsets.UTF_8);

        ScenarioFileException e = saveFails(folder, TestScenarios.typical());

        assertThat(e.describe()).startsWith(folder + ": cannot be saved: ");
        assertThat(e.getMessage()).contains("The old file is unchanged");
        assertThat(filesIn(dir)).containsExactly("plan.crossover");
        assertThat(filesIn(folder)).containsExactly("inside.txt");
        assertThat(Files.readString(folder.resolve("inside.txt"), StandardCharsets.UTF_8)).isEqualTo("keep me");
    }

    @Test
    void savingOverAFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions are needed to compare modes");
        Path file = dir.resolve("plan.crossover");
        Files.writeString(file, "old", StandardCharsets.UTF_8);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(file, shared);

        writer.write(file, TestScenarios.typical());

        // Replacing the text must not also make a shared document private (the mode of a temporary file).
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo(PosixFilePermissions.toString(shared));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generators
    // ---------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<IntFunction<Workload>> allButHorizon = Combinators.combine(
                atLeast(0, 1e12),                          // dailyRequests
                above(0, 1e7),                             // tokensPerRequest
                between(0, 1),                             // outputShare
                above(0, 1e6),                             // latencySlaMs
                Arbitraries.of(DataSensitivity.class),
                Arbitraries.of(OpsCapacity.class),
                between(1, 1e3),                           // peakToAverage
                aboveMinus100())                           // monthlyGrowthPercent
                .as((daily, tokens, share, sla, sensitivity, ops, peak, growth) -> months -> new Workload(daily,
                        tokens, share, sla, sensitivity, ops, peak, growth, months));
        Arbitrary<Workload> workloads = Combinators.combine(allButHorizon, wholeBetween(1, 120))
                .as(IntFunction::apply);
        Arbitrary<ApiPricing> apis = Combinators.combine(atLeast(0, 1e4), atLeast(0, 1e4), above(0, 1e6))
                .as(ApiPricing::new);
        Arbitrary<SelfHosting> selfHostings = Combinators.combine(
                atLeast(0, 1e4),                           // gpuHourlyPrice
                above(0, 1e12),                            // tokensPerHourPerGpu
                wholeBetween(1, Integer.MAX_VALUE),        // gpusPerReplica
                wholeBetween(1, Integer.MAX_VALUE),        // minReplicas
                between(0, 1).filter(u -> u > 0),          // maxUtilization
                atLeast(0, 1e12),                          // setupCost
                atLeast(0, 1e12))                          // monthlyOpsCost
                .as(SelfHosting::new);
        Arbitrary<CloudManaged> clouds = Combinators.combine(atLeast(0, 1e4), atLeast(0, 1e12), atLeast(0, 1e12))
                .as(CloudManaged::new);
        Arbitrary<Scenario> versionOne = Combinators.combine(texts(), texts(), workloads, apis, selfHostings, clouds)
                .as(ScenarioRoundTripTest::scenarioIfComputable)
                .filter(Optional::isPresent)
                .map(Optional::get);
        return Combinators.combine(versionOne, between(0, 1), between(0, 90)).as((s, batch, spot) -> {
            Workload w = s.workload();
            SelfHosting h = s.selfHosted();
            return s.withWorkload(new Workload(w.dailyRequests(), w.tokensPerRequest(), w.outputShare(),
                            w.latencySlaMs(), w.dataSensitivity(), w.opsCapacity(), w.peakToAverage(),
                            w.monthlyGrowthPercent(), w.horizonMonths(), batch))
                    .withSelfHosted(new SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(), h.gpusPerReplica(),
                            h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(), spot));
        });
    }

    /** Valid fields can still multiply past Double.MAX_VALUE; such scenarios cannot be built, so skip them. */
    private static Optional<Scenario> scenarioIfComputable(String name, String notes, Workload w, ApiPricing a,
                                                           SelfHosting h, CloudManaged c) {
        try {
            return Optional.of(new Scenario(name, notes, w, a, h, c));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Arbitrary<Double> atLeast(double min, double max) {
        return numbers(min, max).filter(d -> d >= min);
    }

    private static Arbitrary<Double> above(double min, double max) {
        return numbers(min, max).filter(d -> d > min);
    }

    private static Arbitrary<Double> between(double min, double max) {
        return numbers(min, max).filter(d -> d >= min && d <= max);
    }

    private static Arbitrary<Double> aboveMinus100() {
        return numbers(-100, 300).filter(d -> d > -100);
    }

    /**
     * Doubles in [min, max] with full 53-bit mantissas: awkward constants, their neighbours, uniform and
     * log-uniform draws. {@code -0.0} comes with the constants whenever 0 is in range.
     */
    private static Arbitrary<Double> numbers(double min, double max) {
        double[] inRange = DoubleStream.of(AWKWARD).filter(d -> d >= min && d <= max).toArray();
        List<Double> constants = new ArrayList<>();
        for (double d : inRange) {
            constants.add(d);
        }
        constants.add(min);
        constants.add(max);
        constants.add(Math.nextUp(min));
        constants.add(Math.nextDown(max));
        Arbitrary<Double> awkward = Arbitraries.of(constants);
        Arbitrary<Double> neighbours = Arbitraries.of(constants)
                .flatMap(d -> Arbitraries.integers().between(-3, 3).map(k -> step(d, k)))
                .filter(d -> d >= min && d <= max);
        Arbitrary<Double> uniform = Arbitraries.randomValue(r -> min + r.nextDouble() * (max - min))
                .filter(d -> d >= min && d <= max);
        double low = Math.max(min, 1e-12);
        Arbitrary<Double> logUniform = Arbitraries.randomValue(r -> {
            double lo = Math.log10(low);
            double hi = Math.log10(Math.abs(max));
            return Math.pow(10, lo + r.nextDouble() * (hi - lo)) * (min < 0 && r.nextBoolean() ? -1 : 1);
        }).filter(d -> d >= min && d <= max);
        Arbitrary<Double> shortDecimals = Arbitraries.doubles().between(min, max).ofScale(3);
        return Arbitraries.frequencyOf(
                Tuple.of(3, awkward),
                Tuple.of(2, neighbours),
                Tuple.of(3, uniform),
                Tuple.of(3, logUniform),
                Tuple.of(2, shortDecimals));
    }

    private static double step(double d, int k) {
        double r = d;
        for (int i = 0; i < Math.abs(k); i++) {
            r = k > 0 ? Math.nextUp(r) : Math.nextDown(r);
        }
        return r;
    }

    private static Arbitrary<Integer> wholeBetween(int min, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(min, max, Math.min(max, min + 1))),
                Tuple.of(3, Arbitraries.integers().between(min, max)));
    }

    /** Any Unicode text: ASCII, controls, quotes and backslashes, BMP, astral (emoji), combining marks, RTL. */
    private static Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(1, Arbitraries.of(0x22, 0x5C, 0x2F, 0x7F, 0x0301, 0x0327, 0x05D0, 0x0627, 0x200B, 0x200E,
                        0x200F, 0x2028, 0x2029, 0x202E, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F916, 0x1F469, 0x1F3FD,
                        0x200D, 0x4E2D, 0xAC00)));
        Arbitrary<String> generated = codePoints.list().ofMaxSize(80).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("", "Typical", "Chat 🤖 — שלום — مرحبا — 日本語 — e\u0301")),
                Tuple.of(4, generated));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    private Scenario roundTrip(Scenario s) throws ScenarioFileException {
        return reader.read("round-trip.crossover", writer.toJson(s).getBytes(StandardCharsets.UTF_8)).scenario();
    }

    private ScenarioFileException saveFails(Path file, Scenario s) {
        Throwable thrown = null;
        try {
            writer.write(file, s);
        } catch (Throwable t) {
            thrown = t;
        }
        assertThat(thrown).as("the save must fail").isInstanceOf(ScenarioFileException.class);
        return (ScenarioFileException) thrown;
    }

    private static List<String> keysIndentedBy(String text, int spaces) {
        Matcher m = Pattern.compile("(?m)^ {" + spaces + "}\"([^\"]+)\":").matcher(text);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
