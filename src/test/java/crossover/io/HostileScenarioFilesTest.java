package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import crossover.model.Scenario;
import crossover.model.TestScenarios;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files a user (or a broken disk, or a hostile sender) might hand the reader. Every one must be refused with a
 * {@link ScenarioFileException} (nothing else may escape, and the reader's "unexpected error" fallback counts as a
 * failure too) whose message says what to fix: the field path where there is one, the line and column where the
 * place is known, and what would be valid. Each hostile file is the writer's output for
 * {@link TestScenarios#typical()} with exactly one thing changed.
 */
class HostileScenarioFilesTest {

    private static final String FILE = "hostile.crossover";

    private final ScenarioReader reader = new ScenarioReader();

    // ---------------------------------------------------------------------------------------------------------
    // Not JSON at all
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        ScenarioFileException e = refused(new byte[0]);

        assertThat(e.getMessage()).contains("empty").contains("JSON object");
    }

    @Test
    void aFileOfOnlyWhitespaceIsRefusedAsEmpty() {
        ScenarioFileException e = refused(" \n\t\r\n   \n");

        assertThat(e.getMessage()).contains("empty").contains("JSON object");
    }

    @Test
    void plainTextIsRefusedAsNotJsonWithItsPosition() {
        ScenarioFileException e = refused("hello");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isGreaterThan(0);
        assertThat(e.getMessage()).startsWith("line 1, column ").contains("not valid JSON").contains("hello");
    }

    @Test
    void aTruncatedFileIsRefusedAsEndingTooEarly() {
        String valid = valid();
        String truncated = valid.substring(0, valid.indexOf("\"selfHosted\""));

        ScenarioFileException e = refused(truncated);

        assertThat(e.line()).isGreaterThan(0);
        assertThat(e.getMessage()).contains("line " + e.line()).contains("ends too early").contains("truncated");
    }

    @Test
    void garbageAfterTheObjectIsRefusedWithItsPosition() {
        String text = valid() + "{\"format\": \"crossover-scenario\"}\n";
        int garbageLine = lineCount(valid()) + 1;

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(garbageLine);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("line " + garbageLine).contains("after the end")
                .contains("exactly one JSON object");
    }

    @Test
    void wordsAfterTheObjectAreRefusedWithTheirPosition() {
        String text = valid() + "thanks!\n";
        int garbageLine = lineCount(valid()) + 1;

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(garbageLine);
        assertThat(e.getMessage()).contains("line " + garbageLine);
    }

    @Test
    void aLineCommentIsRefusedAsNotAllowed() {
        String text = valid().replace("\"version\": 2,", "\"version\": 2, // the second version");

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("line 3").contains("comments are not allowed");
    }

    @Test
    void aBlockCommentIsRefusedAsNotAllowed() {
        String text = valid().replace("\"version\": 2,", "\"version\": /* two */ 2,");

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("line 3").contains("comments are not allowed");
    }

    @Test
    void twoHundredThousandLevelsOfNestingFailFastWithTheNestingMessage() {
        byte[] brackets = new byte[200_000];
        Arrays.fill(brackets, (byte) '[');

        // A hang guard only: the depth limit stops the parser long before any stack or time limit.
        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(brackets));

        assertThat(e.getCause()).isNotInstanceOf(StackOverflowError.class);
        assertThat(e.getMessage()).contains("nested more than 32 levels deep")
                .contains("a scenario file is at most a few levels deep");
    }

    @Test
    void tooDeepNestingIsReportedWithItsPosition() {
        byte[] brackets = new byte[200_000];
        Arrays.fill(brackets, (byte) '[');

        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(brackets));

        // The parser stops at the 33rd "[" of line 1; a syntax problem must say where it is.
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(1);
        assertThat(e.column()).as("column of: %s", e.getMessage()).isGreaterThan(0);
        assertThat(e.getMessage()).startsWith("line 1, column ");
    }

    @Test
    void deepNestingInsideASectionIsRefusedWithTheNestingMessage() {
        String deep = "[".repeat(100) + "]".repeat(100);
        String text = valid().replace("\"notes\": \"A support assistant\"", "\"notes\": " + deep);

        ScenarioFileException e = refused(text);

        assertThat(e.getMessage()).contains("nested more than 32 levels deep");
        // The too-deep list is the value of "notes", on line 5: the message must point there.
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("line 5, column ");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Format and version
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aWrongFormatIsRefusedNamingTheExpectedFormat() {
        String text = withValue(valid(), "format", "\"excel-workbook\"");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("format");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("line 2").contains("\"excel-workbook\"")
                .contains("\"crossover-scenario\"");
    }

    @Test
    void aMissingFormatIsRefusedNamingTheExpectedFormat() {
        String text = without(valid(), "format");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("format");
        assertThat(e.getMessage()).contains("\"format\": \"crossover-scenario\"");
    }

    @Test
    void aNewerVersionIsRefusedNamingBothVersions() {
        String text = withValue(valid(), "version", "5");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("version");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("line 3").contains("newer Crossover").contains("file version 5")
                .contains("file version 4").contains("Update Crossover");
    }

    @Test
    void versionZeroIsRefusedSayingVersionsStartAtOne() {
        String text = withValue(valid(), "version", "0");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("version");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("version 0").contains("start at 1");
    }

    @Test
    void aMissingVersionIsRefusedSayingWhatToAdd() {
        String text = without(valid(), "version");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("version");
        assertThat(e.getMessage()).contains("version is missing").contains("\"version\": 2");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Missing parts
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "without the {0} section")
    @MethodSource("sections")
    void aMissingSectionIsRefusedNamingIt(String section) {
        String text = without(valid(), section);

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue(section);
        assertThat(e.getMessage()).contains("\"" + section + "\" section is missing");
    }

    static Stream<String> sections() {
        return Stream.of("workload", "api", "selfHosted", "cloudManaged");
    }

    @Test
    void aMissingFieldIsRefusedNamingItsPathAndKind() {
        String text = without(valid(), "workload.horizonMonths");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("workload.horizonMonths");
        assertThat(e.line()).isGreaterThan(0);
        assertThat(e.getMessage()).contains("workload.horizonMonths is missing").contains("a whole number");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Wrong kinds of value
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aStringForANumberIsRefusedNamingTheFieldAndItsLine() {
        ScenarioFileException e = refusedWith("workload.dailyRequests", "\"10000\"");

        assertThat(e.getMessage()).contains("must be a number").contains("not a string");
    }

    @Test
    void nullForANumberIsRefusedNamingTheFieldAndItsLine() {
        ScenarioFileException e = refusedWith("api.typicalTtftMs", "null");

        assertThat(e.getMessage()).contains("must be a number").contains("not null");
    }

    @Test
    void trueForANumberIsRefusedNamingTheFieldAndItsLine() {
        ScenarioFileException e = refusedWith("selfHosted.minReplicas", "true");

        assertThat(e.getMessage()).contains("must be a whole number").contains("not true");
    }

    @Test
    void nanIsRefusedAsNotAFiniteNumberWithItsPosition() {
        String text = withValue(valid(), "workload.outputShare", "NaN");

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(lineOf(valid(), "workload.outputShare"));
        assertThat(e.getMessage()).contains("line " + e.line()).contains("NaN").contains("only finite numbers");
    }

    @Test
    void infinityIsRefusedAsNotAFiniteNumberWithItsPosition() {
        String text = withValue(valid(), "selfHosted.setupCost", "Infinity");

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(lineOf(valid(), "selfHosted.setupCost"));
        assertThat(e.getMessage()).contains("line " + e.line()).contains("Infinity").contains("only finite numbers");
    }

    @Test
    void minusInfinityIsRefusedAsNotAFiniteNumberWithItsPosition() {
        String text = withValue(valid(), "workload.monthlyGrowthPercent", "-Infinity");

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(lineOf(valid(), "workload.monthlyGrowthPercent"));
        assertThat(e.getMessage()).contains("line " + e.line()).contains("Infinity").contains("finite");
    }

    @Test
    void aNumberBeyondTheDoubleRangeIsRefusedNamingTheFieldAndTheLargestNumber() {
        ScenarioFileException e = refusedWith("workload.dailyRequests", "1e400");

        assertThat(e.getMessage()).contains("1e400").contains("largest number").contains("1.8e308");
    }

    @Test
    void aNonZeroNumberTooSmallForADoubleIsRefusedRatherThanReadAsZero() {
        ScenarioFileException e = refusedWith("selfHosted.setupCost", "1e-400");

        assertThat(e.field()).hasValue("selfHosted.setupCost");
        assertThat(e.getMessage()).contains("1e-400").contains("too small").contains("write 0");
    }

    @Test
    void aFiveThousandDigitNumberIsRefusedAsTooLongWithItsPlace() {
        String digits = "9".repeat(5_000);
        String text = withValue(valid(), "selfHosted.setupCost", digits);

        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(text));

        assertThat(e.getMessage()).contains("longer than 100 characters").contains("17 significant digits");
    }

    @Test
    void aFiveThousandDigitNumberIsReportedWithItsLine() {
        String text = withValue(valid(), "selfHosted.setupCost", "9".repeat(5_000));
        int line = lineOf(valid(), "selfHosted.setupCost");

        ScenarioFileException e = refused(text);

        // Without a line (or the field) the user cannot find which of 22 numbers is too long.
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith("line " + line + ", column ");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Out of range: one case per field of COST-MODEL.md "Inputs"
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("outOfRange")
    void anOutOfRangeValueIsRefusedNamingTheFieldItsLineAndWhatIsValid(String path, String value, String valid) {
        ScenarioFileException e = refusedWith(path, value);

        assertThat(e.getMessage()).contains(valid);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("workload.dailyRequests", "-1", "≥ 0"),
                Arguments.of("workload.tokensPerRequest", "0", "> 0"),
                Arguments.of("workload.outputShare", "1.5", "from 0 to 1"),
                Arguments.of("workload.outputShare", "-0.1", "from 0 to 1"),
                Arguments.of("workload.latencySlaMs", "0", "> 0"),
                Arguments.of("workload.peakToAverage", "0.5", "≥ 1"),
                Arguments.of("workload.monthlyGrowthPercent", "-100", "> -100"),
                Arguments.of("workload.horizonMonths", "0", "from 1 to 120"),
                Arguments.of("workload.horizonMonths", "121", "from 1 to 120"),
                Arguments.of("workload.horizonMonths", "2.5", "whole number"),
                Arguments.of("api.inputPricePerMTok", "-1", "≥ 0"),
                Arguments.of("api.outputPricePerMTok", "-1", "≥ 0"),
                Arguments.of("api.typicalTtftMs", "0", "> 0"),
                Arguments.of("selfHosted.gpuHourlyPrice", "-1", "≥ 0"),
                Arguments.of("selfHosted.tokensPerHourPerGpu", "0", "> 0"),
                Arguments.of("selfHosted.gpusPerReplica", "0", "≥ 1"),
                Arguments.of("selfHosted.minReplicas", "0", "≥ 1"),
                Arguments.of("selfHosted.maxUtilization", "0", "greater than 0 and at most 1"),
                Arguments.of("selfHosted.maxUtilization", "1.01", "greater than 0 and at most 1"),
                Arguments.of("selfHosted.setupCost", "-1", "≥ 0"),
                Arguments.of("selfHosted.monthlyOpsCost", "-1", "≥ 0"),
                Arguments.of("cloudManaged.overheadPercent", "-1", "≥ 0"),
                Arguments.of("cloudManaged.setupCost", "-1", "≥ 0"),
                Arguments.of("cloudManaged.monthlyOpsCost", "-1", "≥ 0"));
    }

    @Test
    void anUnknownDataSensitivityIsRefusedListingTheValidValues() {
        ScenarioFileException e = refusedWith("workload.dataSensitivity", "\"secret\"");

        assertThat(e.getMessage()).contains("\"secret\"").contains("public, internal, regulated");
    }

    @Test
    void anUnknownOpsCapacityIsRefusedListingTheValidValues() {
        ScenarioFileException e = refusedWith("workload.opsCapacity", "\"Dedicated\"");

        assertThat(e.getMessage()).contains("\"Dedicated\"").contains("none, limited, dedicated");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Unknown and duplicate keys
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aMisspeltFieldIsRefusedSuggestingTheRightName() {
        int line = lineOf(valid(), "workload.dailyRequests");
        String text = valid().replace("\"dailyRequests\":", "\"dailyRequest\":");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("workload.dailyRequest");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("line " + line).contains("unknown field \"workload.dailyRequest\"")
                .contains("Did you mean \"dailyRequests\"?");
    }

    @Test
    void anUnknownFieldWithNoNearMatchIsRefusedListingTheKnownFields() {
        String text = valid().replace("\"api\": {", "\"api\": {\n    \"colour\": \"teal\",");
        int line = lineOf(valid(), "api") + 1;

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("api.colour");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).contains("line " + line).contains("unknown field \"api.colour\"")
                .doesNotContain("Did you mean")
                .contains("Known fields here: inputPricePerMTok, outputPricePerMTok, typicalTtftMs");
    }

    @Test
    void anUnknownTopLevelFieldIsRefusedNamingIt() {
        String text = valid().replace("\"notes\":", "\"author\": \"me\",\n  \"notes\":");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("author");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("unknown field \"author\"");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingTheKeyAndItsLine() {
        int line = lineOf(valid(), "selfHosted.gpuHourlyPrice") + 1;
        String text = valid().replace("\"gpuHourlyPrice\": 2.5,", "\"gpuHourlyPrice\": 2.5,\n    \"gpuHourlyPrice\": 0.5,");

        ScenarioFileException e = refused(text);

        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).contains("line " + line).contains("gpuHourlyPrice").contains("appears twice");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Encodings and binary
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void utf16WithAByteOrderMarkIsRefusedAskingForUtf8() {
        byte[] bytes = valid().getBytes(StandardCharsets.UTF_16); // big-endian with a BOM

        ScenarioFileException e = refused(bytes);

        assertThat(e.getMessage()).contains("UTF-16").contains("save it as UTF-8");
    }

    @Test
    void utf16LittleEndianWithoutAByteOrderMarkIsRefusedAskingForUtf8() {
        ScenarioFileException e = refused(valid().getBytes(StandardCharsets.UTF_16LE));

        assertThat(e.getMessage()).contains("UTF-16").contains("save it as UTF-8");
    }

    @Test
    void utf16BigEndianWithoutAByteOrderMarkIsRefusedAskingForUtf8() {
        ScenarioFileException e = refused(valid().getBytes(StandardCharsets.UTF_16BE));

        assertThat(e.getMessage()).contains("UTF-16").contains("save it as UTF-8");
    }

    @Test
    void binaryBytesAreRefusedAsNotText() {
        byte[] png = new byte[4096];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, png, 0, header.length);

        ScenarioFileException e = refused(png);

        assertThat(e.getMessage()).contains("not UTF-8 text").contains("scenario file");
    }

    @Test
    void textWithAZeroByteIsRefusedAsBinary() {
        byte[] bytes = (valid() + "\0\0\0\0").getBytes(StandardCharsets.UTF_8);

        ScenarioFileException e = refused(bytes);

        assertThat(e.getMessage()).contains("binary data");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Files on disk
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aSixtyMegabyteFileIsRefusedBeforeParsingNamingTheSizeLimit(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.crossover");
        byte[] padding = new byte[1 << 20];
        Arrays.fill(padding, (byte) ' ');
        // A valid scenario padded with whitespace: only its size is wrong.
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(valid().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 60; i++) {
                out.write(padding);
            }
        }

        // A hang guard only (tests never fail on timing): the size check comes before any reading.
        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchRefusal(() -> reader.read(huge)));

        assertThat(e.file()).isEqualTo(huge.toString());
        assertThat(e.getMessage()).contains(String.format(java.util.Locale.ROOT, "%,d bytes", Files.size(huge)))
                .contains("at most 1,048,576 bytes (1 MiB)");
        assertThat(e.describe()).startsWith(huge + ": ");
    }

    @Test
    void tooManyBytesAreRefusedBeforeParsingEvenWithoutAFile() {
        byte[] bytes = new byte[ScenarioReader.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');

        ScenarioFileException e = refused(bytes);

        assertThat(e.getMessage()).contains("1,048,577 bytes").contains("at most 1,048,576 bytes");
    }

    @Test
    void aNonexistentPathIsRefusedAsNoSuchFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.crossover");

        ScenarioFileException e = catchRefusal(() -> reader.read(missing));

        assertThat(e.file()).isEqualTo(missing.toString());
        assertThat(e.describe()).isEqualTo(missing + ": no such file.");
    }

    @Test
    void aDirectoryIsRefusedAsAFolder(@TempDir Path dir) {
        ScenarioFileException e = catchRefusal(() -> reader.read(dir));

        assertThat(e.describe()).isEqualTo(dir + ": is a folder, not a scenario file.");
    }

    @Test
    void anEmptyFileNameIsSaidToBeEmptyNotAFolder() {
        ScenarioFileException e = catchRefusal(() -> reader.read(Path.of("")));

        assertThat(e.describe()).isEqualTo("\"\": an empty file name; give the path of a scenario file.");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Accepted inputs
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws ScenarioFileException {
        byte[] text = valid().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(reader.read(FILE, bytes).scenario()).isEqualTo(TestScenarios.typical());
    }

    @Test
    void windowsLineEndingsAreAccepted() throws ScenarioFileException {
        String crlf = valid().replace("\n", "\r\n");

        assertThat(read(crlf).scenario()).isEqualTo(TestScenarios.typical());
    }

    @Test
    void aValueOutOfRangeNamesTheKeyAndTheLabelTheWindowShows() {
        ScenarioFileException out = refused(withValue(valid(), "workload.outputShare", "1.5"));
        ScenarioFileException text = refused(withValue(valid(), "selfHosted.setupCost", "\"lots\""));

        assertThat(out.detail()).isEqualTo("workload.outputShare (Output share) must be a finite number from 0 to 1, not 1.5.");
        assertThat(text.detail()).startsWith("selfHosted.setupCost (Set-up cost) must be ").endsWith(", not a string.");
    }

    @Test
    void windowsLineEndingsStillGiveTheRightLineInAMessage() {
        String crlf = withValue(valid(), "workload.outputShare", "1.5").replace("\n", "\r\n");

        ScenarioFileException e = refused(crlf);

        assertThat(e.line()).isEqualTo(lineOf(valid(), "workload.outputShare"));
    }

    @Test
    void keysInAnotherOrderAreAccepted() throws ScenarioFileException {
        String reordered = """
                {
                  "cloudManaged": {"monthlyOpsCost": 1500, "setupCost": 8000, "overheadPercent": 30},
                  "selfHosted": {"monthlyOpsCost": 4000, "setupCost": 30000, "maxUtilization": 0.6,
                    "minReplicas": 2, "gpusPerReplica": 2, "tokensPerHourPerGpu": 2500000, "gpuHourlyPrice": 2.5},
                  "api": {"typicalTtftMs": 400, "outputPricePerMTok": 15, "inputPricePerMTok": 3},
                  "workload": {"horizonMonths": 24, "monthlyGrowthPercent": 5, "peakToAverage": 2,
                    "opsCapacity": "limited", "dataSensitivity": "internal", "latencySlaMs": 1000,
                    "outputShare": 0.3, "tokensPerRequest": 1500, "dailyRequests": 50000},
                  "notes": "A support assistant",
                  "name": "Typical",
                  "version": 1,
                  "format": "crossover-scenario"
                }
                """;

        assertThat(read(reordered).scenario()).isEqualTo(TestScenarios.typical());
    }

    @Test
    void minifiedJsonIsAccepted() throws ScenarioFileException {
        String minified = valid().replaceAll("\\s*\\n\\s*", "").replace("\": ", "\":");
        assertThat(minified).doesNotContain("\n").doesNotContain(": ");

        assertThat(read(minified).scenario()).isEqualTo(TestScenarios.typical());
    }

    @Test
    void anyUnicodeInNameAndNotesIsKeptExactly() throws ScenarioFileException {
        String name = "Chat 🤖🚀 👩🏽‍💻 — שלום עולם مرحبا — 日本語の名前 — 한국어";
        String notes = "e\u0301 (combining acute) n\u0303 a\u030A\u0327; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢; \u200Finvisible RTL mark\u200E; "
                + "zero\u200Bwidth; tab\there; \"quoted\" \\ back\\slash; line\nbreak; \u2028 separator; \uFEFF bom";
        Scenario s = TestScenarios.typical().withName(name);
        s = new Scenario(s.name(), notes, s.workload(), s.api(), s.selfHosted(), s.cloudManaged());

        LoadedScenario loaded = read(new ScenarioWriter().toJson(s));

        assertThat(loaded.scenario().name()).isEqualTo(name);
        assertThat(loaded.scenario().notes()).isEqualTo(notes);
        assertThat(loaded.scenario()).isEqualTo(s);
    }

    @Test
    void aMissingNameGetsTheDefaultAndTheReaderSaysSo() throws ScenarioFileException {
        LoadedScenario loaded = read(without(valid(), "name"));

        assertThat(loaded.scenario().name()).isEqualTo("Untitled scenario");
        assertThat(loaded.scenario().notes()).isEqualTo("A support assistant");
        assertThat(loaded.defaultsUsed()).containsExactly("name = \"Untitled scenario\"");
        assertThat(loaded.fileVersion()).isEqualTo(2);
    }

    @Test
    void missingNotesGetTheDefaultAndTheReaderSaysSo() throws ScenarioFileException {
        LoadedScenario loaded = read(without(valid(), "notes"));

        assertThat(loaded.scenario().name()).isEqualTo("Typical");
        assertThat(loaded.scenario().notes()).isEmpty();
        assertThat(loaded.defaultsUsed()).containsExactly("notes = \"\"");
    }

    @Test
    void aVersionOneFileLoadsUnchangedWithTheVersionTwoDefaults() throws Exception {
        LoadedScenario loaded = new ScenarioReader().read(java.nio.file.Path.of("assets", "scenarios",
                "4-zig-zag-break-even.crossover"));

        assertThat(loaded.fileVersion()).isEqualTo(1);
        assertThat(loaded.scenario().workload().batchShare()).isZero();
        assertThat(loaded.scenario().selfHosted().spotDiscountPercent()).isZero();
        assertThat(loaded.defaultsUsed()).as("a version-1 file lacks nothing it could have had").isEmpty();
    }

    @Test
    void aVersionOneFileWithAVersionTwoFieldIsRefusedNamingBothVersions() {
        String text = withValue(valid(), "version", "1");

        ScenarioFileException e = refused(text);

        assertThat(e.field()).hasValue("workload.batchShare");
        assertThat(e.getMessage()).contains("belongs to file version 2").contains("says version 1");
    }

    @Test
    void aVersionTwoFileWithoutItsNewFieldsGetsTheDefaultsAndSaysSo() throws ScenarioFileException {
        LoadedScenario loaded = read(without(without(valid(), "workload.batchShare"), "selfHosted.spotDiscountPercent"));

        assertThat(loaded.scenario()).isEqualTo(TestScenarios.typical());
        assertThat(loaded.defaultsUsed()).containsExactly("workload.batchShare = 0.0",
                "selfHosted.spotDiscountPercent = 0.0");
    }

    @Test
    void aCompleteFileUsesNoDefaults() throws ScenarioFileException {
        LoadedScenario loaded = read(valid());

        assertThat(loaded.scenario()).isEqualTo(TestScenarios.typical());
        assertThat(loaded.defaultsUsed()).isEmpty();
        assertThat(loaded.fileVersion()).isEqualTo(2);
    }

    @Test
    void theSampleFilesAreAccepted() throws IOException, ScenarioFileException {
        try (Stream<Path> files = Files.list(Path.of("assets", "scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".crossover")).sorted().toList()) {
                LoadedScenario loaded = reader.read(file);
                assertThat(loaded.defaultsUsed()).as(file.toString()).isEmpty();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    /** The writer's text for {@link TestScenarios#typical()}: the valid file every hostile one starts from. */
    private static String valid() {
        return new ScenarioWriter().toJson(TestScenarios.typical());
    }

    private LoadedScenario read(String text) throws ScenarioFileException {
        return reader.read(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioFileException refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioFileException refused(byte[] bytes) {
        ScenarioFileException e = catchRefusal(() -> reader.read(FILE, bytes));
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.describe()).isEqualTo(FILE + ": " + e.getMessage());
        return e;
    }

    /**
     * Sets {@code path} to {@code value} in the valid file and checks the refusal names the field, the line and
     * column of the value, and puts "line L, column C" in the message.
     */
    private ScenarioFileException refusedWith(String path, String value) {
        String text = withValue(valid(), path, value);

        ScenarioFileException e = refused(text);

        int line = lineOf(text, path);
        assertThat(e.field()).as("field of: %s", e.getMessage()).hasValue(path);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(valueColumnOf(text, path));
        assertThat(e.getMessage()).startsWith("line " + line + ", column " + e.column() + ": ").contains(path);
        return e;
    }

    interface Reading {
        Object run() throws Exception;
    }

    /** Runs a read that must fail with a ScenarioFileException and nothing else, and not by the reader's fallback. */
    private static ScenarioFileException catchRefusal(Reading reading) {
        Throwable thrown = null;
        try {
            reading.run();
        } catch (Throwable t) {
            thrown = t;
        }
        assertThat(thrown).as("the read must be refused").isNotNull();
        assertThat(thrown).as("only ScenarioFileException may escape").isInstanceOf(ScenarioFileException.class);
        ScenarioFileException e = (ScenarioFileException) thrown;
        assertThat(e.getMessage()).as("the reader's fallback for unforeseen failures")
                .doesNotContain("unexpected error");
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("com.fasterxml")
                .doesNotContain("JsonReadFeature").doesNotContain("StreamReadConstraints");
        return e;
    }

    /** Index of the key {@code "name": } of a dotted path ({@code section.name} or a top-level name). */
    private static int keyIndex(String text, String path) {
        int dot = path.indexOf('.');
        int from = 0;
        String name = path;
        if (dot > 0) {
            from = text.indexOf("\"" + path.substring(0, dot) + "\": {");
            assertThat(from).as("section of " + path).isNotNegative();
            name = path.substring(dot + 1);
        }
        int k = text.indexOf("\"" + name + "\": ", from);
        assertThat(k).as("key of " + path).isNotNegative();
        return k;
    }

    private static int valueIndex(String text, String path) {
        int k = keyIndex(text, path);
        return text.indexOf(": ", k) + 2;
    }

    /** The text with the value of {@code path} (to the end of its line, before any comma) replaced. */
    private static String withValue(String text, String path, String raw) {
        int start = valueIndex(text, path);
        int eol = text.indexOf('\n', start);
        int end = text.charAt(eol - 1) == ',' ? eol - 1 : eol;
        assertThat(text.substring(start, end)).doesNotContain("{");
        return text.substring(0, start) + raw + text.substring(end);
    }

    /** The text without the member {@code path} (a field's line, or a whole section), still valid JSON. */
    private static String without(String text, String path) {
        int k = keyIndex(text, path);
        int start = text.lastIndexOf('\n', k) + 1;
        int end;
        if (text.startsWith("{", valueIndex(text, path))) {
            end = text.indexOf("\n  }", k) + "\n  }".length();
            end = text.indexOf('\n', end) + 1;
        } else {
            end = text.indexOf('\n', k) + 1;
        }
        String before = text.substring(0, start);
        String after = text.substring(end);
        if (after.stripLeading().startsWith("}") && before.stripTrailing().endsWith(",")) {
            before = before.substring(0, before.stripTrailing().length() - 1) + "\n";
        }
        return before + after;
    }

    /** 1-based line of the key of {@code path}. */
    private static int lineOf(String text, String path) {
        return lineCount(text.substring(0, keyIndex(text, path))) + 1;
    }

    /** 1-based column where the value of {@code path} starts. */
    private static int valueColumnOf(String text, String path) {
        int v = valueIndex(text, path);
        return v - text.lastIndexOf('\n', v - 1);
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
