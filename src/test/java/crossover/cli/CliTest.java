package crossover.cli;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import crossover.io.ScenarioWriter;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.Sensitivity;
import crossover.model.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, the JSON keys of COST-MODEL.md. */
class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private Path sample(String text) throws IOException {
        Path file = dir.resolve("s.crossover");
        Files.writeString(file, text);
        return file;
    }

    private static Path workedExample(String name) {
        return Path.of("assets", "scenarios", name);
    }

    @Test
    void jsonHasEveryKeyTheCostModelListsAtFullPrecision() throws IOException {
        CliRun r = run("evaluate", workedExample("4-zig-zag-break-even.crossover").toString(), "--json");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, Object> json = flatten(r.out());
        assertThat(json).containsKeys("monthlyTokens", "blendedApiPricePerMTok", "selfHostedFloorPerMTok",
                "recommendation.option", "ruleOfThumb");
        for (Option o : new Option[] {Option.API_INFERENCE, Option.SELF_HOSTED, Option.CLOUD_MANAGED}) {
            assertThat(json).containsKeys("costs." + o.id() + ".monthly", "costs." + o.id() + ".horizonTotal");
        }
        assertThat(json).containsKeys("timeline", "paybackMonth.self-hosted", "paybackMonth.cloud-managed")
                .doesNotContainKeys("costs.hybrid.monthly", "paybackMonth.hybrid");
        for (String o : new String[] {"self-hosted", "cloud-managed"}) {
            assertThat(json).containsKeys("costs." + o + ".gpus", "costs." + o + ".utilization",
                    "breakEven." + o + ".first", "breakEven." + o + ".sustained",
                    "breakEven." + o + ".sustainedDailyRequests");
        }
        assertThat(json).containsKeys("recommendation.excluded", "recommendation.reasons");
        assertThat(json.get("breakEven.self-hosted.sustained")).isEqualTo(3.6e9);
        assertThat(json.get("breakEven.self-hosted.sustainedDailyRequests")).isEqualTo(80_000.0);
        assertThat(json.get("selfHostedFloorPerMTok")).isEqualTo(0.625);
        assertThat(json.get("recommendation.option")).isEqualTo("self-hosted");
    }

    @Test
    void ownedGpusAndACommitmentAddTheKeysOfVersionFourToTheJsonAndTheSummary() throws Exception {
        Path file = workedExample("7-buying-beats-renting.crossover");

        CliRun json = run("evaluate", file.toString(), "--json");
        CliRun text = run("evaluate", file.toString());

        assertThat(json.code()).as(json.err()).isZero();
        Map<String, Object> flat = flatten(json.out());
        assertThat(flat).containsKeys("realtimeApiPricePerMTok", "onPremFloorPerMTok", "costs.on-prem.monthly",
                "costs.on-prem.horizonTotal", "costs.on-prem.replicas", "costs.on-prem.gpus",
                "costs.on-prem.utilization", "breakEven.on-prem.first", "breakEven.on-prem.sustained",
                "breakEven.on-prem.sustainedDailyRequests", "paybackMonth.on-prem", "costs.self-hosted.paidGpus");
        assertThat(flat.get("recommendation.option")).isEqualTo("on-prem");
        // 150,000 × 1,500 × 30 = 6.75 B tokens/month on replicas of 2 GPUs serving 1.5552 B each: 5 replicas.
        assertThat(flat.get("costs.on-prem.gpus")).isEqualTo(10.0);
        assertThat(flat.get("costs.self-hosted.paidGpus")).isEqualTo(10.0);
        assertThat(json.out()).contains("\"on-prem\": ");
        String firstMonth = json.out().substring(json.out().indexOf("\"timeline\""));
        assertThat(firstMonth).contains("\"on-prem\"");
        assertThat(text.out()).contains("*On-prem", "on-prem floor $",
                "Self-hosted: 4 committed GPUs at 30 % off, $5,040 a month whatever the volume; 10 paid for today, "
                        + "10 running", "Break-even for owning the GPUs: ");
    }

    @Test
    void theRealTimePriceIsShownBesideTheBlendedOneOnlyWhenTheBatchTierMakesThemDiffer() throws Exception {
        Path cached = workedExample("6-prompt-caching-flips-the-answer.crossover");
        crossover.model.Scenario s = new crossover.io.ScenarioReader().read(cached).scenario();
        Path batch = dir.resolve("batch.crossover");
        new ScenarioWriter().write(batch, s.with(Input.BATCH_SHARE, 0.5));

        CliRun noBatch = run("evaluate", cached.toString());
        CliRun withBatch = run("evaluate", batch.toString());
        Map<String, Object> flat = flatten(run("evaluate", batch.toString(), "--json").out());

        assertThat(noBatch.out()).doesNotContain("real-time");
        // 0.9 × (0.15 × 3 + 0.85 × 0.3) + 0.1 × 15 = 2.1345; half of the tokens at the 50 % batch tier: × 0.75
        assertThat(withBatch.out()).contains("API blended $1.601/MTok (real-time $2.135/MTok, batch share at the "
                + "50 % batch tier)");
        assertThat((Double) flat.get("realtimeApiPricePerMTok")).isCloseTo(2.1345, within(1e-12));
        assertThat((Double) flat.get("blendedApiPricePerMTok")).isCloseTo(2.1345 * 0.75, within(1e-12));
        assertThat(flat).doesNotContainKey("onPremFloorPerMTok");
    }

    @Test
    void aBatchShareAddsTheHybridOptionItsPaybackAndTheTimelineToTheJson() throws Exception {
        Path file = dir.resolve("hybrid.crossover");
        crossover.model.Scenario base = TestScenarios.typical();
        crossover.model.Workload w = base.workload();
        crossover.model.SelfHosting h = base.selfHosted();
        new ScenarioWriter().write(file, base.withWorkload(new crossover.model.Workload(w.dailyRequests(),
                w.tokensPerRequest(), w.outputShare(), w.latencySlaMs(), w.dataSensitivity(), w.opsCapacity(),
                w.peakToAverage(), w.monthlyGrowthPercent(), w.horizonMonths(), 0.4))
                .withSelfHosted(new crossover.model.SelfHosting(h.gpuHourlyPrice(), h.tokensPerHourPerGpu(),
                        h.gpusPerReplica(), h.minReplicas(), h.maxUtilization(), h.setupCost(), h.monthlyOpsCost(), 65)));
        Evaluation e = CostEngine.evaluate(new crossover.io.ScenarioReader().read(file).scenario());

        CliRun r = run("evaluate", file.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = flatten(r.out());
        assertThat(json.get("costs.hybrid.monthly")).isEqualTo(e.cost(Option.HYBRID).monthly());
        assertThat(json.get("costs.hybrid.horizonTotal")).isEqualTo(e.cost(Option.HYBRID).horizonTotal());
        assertThat(json.get("costs.hybrid.gpus")).isEqualTo(e.cost(Option.HYBRID).gpus());
        assertThat(json).containsKey("paybackMonth.hybrid").containsEntry("timeline", "list");
        assertThat(r.out()).contains("\"month\": 24").contains("\"cumulative\"");
    }

    @Test
    void jsonHasTheTornadoAlwaysAndTheUncertaintyWhenTheFileHasRanges() throws Exception {
        Path plain = dir.resolve("plain.crossover");
        Path ranged = dir.resolve("ranged.crossover");
        new ScenarioWriter().write(plain, TestScenarios.typical());
        new ScenarioWriter().write(ranged, TestScenarios.typical().withUncertainty(new crossover.model.Uncertainty(
                1_000, 5, Map.of(Input.TOKENS_PER_HOUR_PER_GPU,
                new crossover.model.Uncertainty.Range(1.5e6, 4e6)))));

        Map<String, Object> withoutRanges = flatten(run("evaluate", plain.toString(), "--json").out());
        CliRun r = run("evaluate", ranged.toString(), "--json");
        Map<String, Object> withRanges = flatten(r.out());

        assertThat(withoutRanges).containsEntry("sensitivity", "list").doesNotContainKey("uncertainty.samples");
        assertThat(r.code()).as(r.err()).isZero();
        crossover.model.MonteCarlo.Result mc = crossover.model.MonteCarlo.run(
                new crossover.io.ScenarioReader().read(ranged).scenario());
        assertThat(withRanges).containsEntry("uncertainty.samples", 1000.0).containsEntry("uncertainty.seed", 5.0)
                .containsEntry("uncertainty.horizonTotal.self-hosted.p50",
                        mc.horizonTotal().get(Option.SELF_HOSTED).p50())
                .containsKeys("uncertainty.cheapestProbability.api-inference",
                        "uncertainty.sustainedBreakEven.self-hosted.p90",
                        "uncertainty.sustainedBreakEven.self-hosted.neverProbability");
    }

    @Test
    void jsonNumbersAreTheEnginesDoublesBitForBit() throws Exception {
        Path file = dir.resolve("typical.crossover");
        new ScenarioWriter().write(file, TestScenarios.typical());
        Evaluation e = CostEngine.evaluate(TestScenarios.typical());

        Map<String, Object> json = flatten(run("evaluate", file.toString(), "--json").out());

        assertThat(json.get("costs.self-hosted.horizonTotal")).isEqualTo(e.cost(Option.SELF_HOSTED).horizonTotal());
        assertThat(json.get("costs.cloud-managed.utilization")).isEqualTo(e.cost(Option.CLOUD_MANAGED).utilization());
        assertThat(json.get("breakEven.self-hosted.sustained"))
                .isEqualTo(e.breakEven(Option.SELF_HOSTED).sustained().getAsDouble());
    }

    @Test
    void noBreakEvenIsNullInJsonAndExplainedInTheSummary() throws IOException {
        String file = workedExample("3-no-break-even.crossover").toString();

        Map<String, Object> json = flatten(run("evaluate", file, "--json").out());
        CliRun text = run("evaluate", file);

        assertThat(json).containsEntry("breakEven.self-hosted.sustained", null)
                .containsEntry("breakEven.self-hosted.first", null);
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("No break-even for self-hosting: its floor of $0.625/MTok")
                .contains("is above the API's blended $0.30/MTok");
    }

    @Test
    void summaryShowsTheTableTheRecommendationAndTheRuleOfThumb() {
        CliRun r = run("evaluate", workedExample("2-regulated-at-scale.crossover").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Option").contains("24-month total").contains("GPUs").contains("Utilisation")
                .contains("xAPI inference").contains("Recommendation: Self-hosted")
                .contains("API inference is excluded: the data is regulated")
                .contains("Rule of thumb: Self-hosted (agrees)");
    }

    @Test
    void aBadFileExitsTwoWithOneLineNamingFileFieldAndPlace() throws IOException {
        String valid = new ScenarioWriter().toJson(TestScenarios.typical());
        Path file = sample(valid.replace("\"outputShare\": 0.3", "\"outputShare\": 1.5"));

        CliRun r = run("evaluate", file.toString(), "--json");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("crossover: " + file + ": line 9, column 20: ")
                .contains("workload.outputShare").contains("from 0 to 1");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun r = run("evaluate", dir.resolve("nope.crossover").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.crossover: no such file").hasLineCount(1);
    }

    @Test
    void anUnknownFlagExitsTwoWithOneLine() {
        CliRun r = run("evaluate", "x.crossover", "--jsn");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--jsn").hasLineCount(1);
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = run("--help");
        CliRun version = run("--version");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("evaluate").contains("Exit codes");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Crossover ").doesNotContain("${");
    }

    @Test
    void exportWritesEveryFormatWithNoDisplay() throws IOException {
        String file = workedExample("4-zig-zag-break-even.crossover").toString();
        Path png = dir.resolve("c.png");
        Path svg = dir.resolve("c.svg");
        Path pdf = dir.resolve("c.pdf");
        Path csv = dir.resolve("c.csv");

        CliRun r = run("export", file, "--png", png.toString(), "--scale", "2", "--svg", svg.toString(),
                "--pdf", pdf.toString(), "--csv", csv.toString(), "--width", "1200", "--height", "675",
                "--theme", "dark");

        assertThat(r.code()).as(r.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isEqualTo(1350);
        assertThat(Files.readString(svg)).contains("<svg").contains("Break-even 3.6 B tokens/month");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(100).first()
                .isEqualTo("monthlyTokens,dailyRequests,api-inference,self-hosted,cloud-managed");
    }

    @Test
    void thePdfOfAFileWithSourcesNamesThem() throws Exception {
        crossover.model.Scenario s = TestScenarios.oneGpu(1.00, 100_000, 1_500);
        Path file = dir.resolve("sourced.crossover");
        new ScenarioWriter().write(file, s, Map.of(Input.GPU_HOURLY_PRICE, new crossover.model.FieldSource(
                s.selfHosted().gpuHourlyPrice(), "from catalog, as of 2026-05-07", "NVIDIA H100 SXM 80GB")));
        Path pdf = dir.resolve("sourced.pdf");

        CliRun r = run("export", file.toString(), "--pdf", pdf.toString());

        assertThat(r.code()).as(r.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Sources: GPU price from catalog, as of 2026-05-07.");
        }
    }

    @Test
    void exportRefusesABadScaleAndNothingToDoWithOneLineEach() {
        String file = workedExample("4-zig-zag-break-even.crossover").toString();

        CliRun scale = run("export", file, "--png", dir.resolve("x.png").toString(), "--scale", "5");
        CliRun nothing = run("export", file);
        CliRun theme = run("export", file, "--csv", dir.resolve("x.csv").toString(), "--theme", "blue");

        assertThat(scale.code()).isEqualTo(2);
        assertThat(scale.err()).isEqualTo("crossover: --scale must be 1 to 4, not 5 (see crossover export --help)\n");
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to export").hasLineCount(1);
        assertThat(theme.code()).isEqualTo(2);
        assertThat(theme.err()).contains("--theme must be light or dark").hasLineCount(1);
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void exportOfTheTimelineWritesItsChartAndItsMonths() throws IOException {
        Path png = dir.resolve("t.png");
        Path csv = dir.resolve("t.csv");

        CliRun r = run("export", workedExample("2-regulated-at-scale.crossover").toString(), "--chart", "timeline",
                "--png", png.toString(), "--csv", csv.toString());
        CliRun bad = run("export", workedExample("2-regulated-at-scale.crossover").toString(), "--chart", "pie",
                "--csv", csv.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(1600);
        assertThat(Files.readAllLines(csv)).hasSize(1 + 24).first().asString().startsWith("month,monthlyTokens,cash.");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--chart must be costs, timeline, tornado or setup").hasLineCount(1);
    }

    @Test
    void exportOfTheTornadoWritesItsBarsAsCsvAndAsAnImage() throws Exception {
        Path csv = dir.resolve("tornado.csv");
        Path svg = dir.resolve("tornado.svg");
        String file = workedExample("5-hybrid-batch-and-growth.crossover").toString();

        CliRun r = run("export", file, "--chart", "tornado", "--csv", csv.toString(), "--svg", svg.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(Sensitivity.INPUTS.size() + 1).first().isEqualTo("input,low,high,swing,reason");
        var rows = crossover.model.Sensitivity.of(new crossover.io.ScenarioReader().read(Path.of(file)).scenario());
        assertThat(lines.get(1)).isEqualTo(rows.get(0).input().path() + "," + rows.get(0).low() + ","
                + rows.get(0).high() + "," + rows.get(0).swing() + ",");
        assertThat(Files.readString(svg)).contains("Output price").contains("0.8× and 1.2×");
    }

    @Test
    void exportToAPlaceThatCannotBeWrittenExitsTwoNamingIt() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path out = blocker.resolve("c.png");

        CliRun r = run("export", workedExample("4-zig-zag-break-even.crossover").toString(), "--png", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("crossover: " + out + ": cannot be written: ").hasLineCount(1);
    }

    @Test
    void aFailedMultiFormatExportWritesNoneOfItsFiles() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path png = out.resolve("a.png");
        Path existing = Files.writeString(out.resolve("c.csv"), "old");
        Path missing = dir.resolve("missing").resolve("x.svg");

        CliRun r = run("export", workedExample("4-zig-zag-break-even.crossover").toString(), "--png", png.toString(),
                "--csv", existing.toString(), "--svg", missing.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(png).doesNotExist();
        assertThat(Files.readString(existing)).isEqualTo("old");
        try (var left = Files.list(out)) {
            assertThat(left).containsExactly(existing);
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamedAsGivenWithTheReasonNeverATemporaryFile() {
        Path missing = dir.resolve("missing").resolve("x.svg");

        CliRun r = run("export", workedExample("4-zig-zag-break-even.crossover").toString(), "--svg", missing.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("crossover: " + missing + ": cannot be written: the folder " + missing.getParent()
                + " does not exist.\n");
    }

    @Test
    void exportWritesThroughASymbolicLinkToTheFileItPointsTo() throws IOException {
        Path target = Files.writeString(dir.resolve("curves.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), target.getFileName());

        CliRun r = run("export", workedExample("4-zig-zag-break-even.crossover").toString(), "--csv", link.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(target)).first()
                .isEqualTo("monthlyTokens,dailyRequests,api-inference,self-hosted,cloud-managed");
    }

    @Test
    void exportRefusesAPipeInOneLineAndLeavesItAPipe() throws Exception {
        // A FIFO in a temporary folder stands for /dev/full and the like: a regression here must not replace a device.
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        CliRun r = run("export", workedExample("4-zig-zag-break-even.crossover").toString(), "--csv", fifo.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("crossover: " + fifo + ": cannot be written: it is a device, a pipe or a socket, "
                + "not a regular file, and only regular files are written.\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void exportRefusesToReplaceTheScenarioFileItReadsEvenThroughALink() throws IOException {
        Path file = Files.copy(workedExample("4-zig-zag-break-even.crossover"), dir.resolve("plan.crossover"));
        Path link = Files.createSymbolicLink(dir.resolve("plan.csv"), file.getFileName());
        byte[] before = Files.readAllBytes(file);

        CliRun direct = run("export", file.toString(), "--csv", file.toString());
        CliRun linked = run("export", file.toString(), "--svg", link.toString());

        assertThat(direct.code()).isEqualTo(2);
        assertThat(direct.err()).isEqualTo("crossover: " + file + ": cannot be written: it is the scenario file being "
                + "exported, which an export never replaces; give another name.\n");
        assertThat(linked.code()).isEqualTo(2);
        assertThat(linked.err()).startsWith("crossover: " + link + ": cannot be written: it is the scenario file")
                .hasLineCount(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDashWritesCsvOrSvgToStandardOutputAndRefusesBinaryFormats() throws IOException {
        String file = workedExample("4-zig-zag-break-even.crossover").toString();
        Path csv = dir.resolve("c.csv");

        CliRun toFile = run("export", file, "--csv", csv.toString());
        CliRun toOut = run("export", file, "--csv", "-");
        CliRun png = run("export", file, "--png", "-");
        CliRun both = run("export", file, "--csv", "-", "--svg", "-");

        assertThat(toFile.code()).isZero();
        assertThat(toOut.code()).as(toOut.err()).isZero();
        assertThat(toOut.out()).isEqualTo(Files.readString(csv));
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(png.code()).isEqualTo(2);
        assertThat(png.err()).isEqualTo("crossover: a PNG is binary and cannot go to standard output (-); give a file "
                + "name (see crossover export --help)\n");
        assertThat(png.out()).isEmpty();
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("cannot both go to standard output").hasLineCount(1);
        assertThat(both.out()).isEmpty();
    }

    @Test
    void aPngOverTheLargestPixelCountIsRefusedNamingTheLargest() {
        Path png = dir.resolve("huge.png");

        CliRun r = run("export", workedExample("4-zig-zag-break-even.crossover").toString(), "--png", png.toString(),
                "--width", "8000", "--height", "8000", "--scale", "4");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("crossover: a PNG of 32000 × 32000 pixels (8000 × 8000 at 4x) has 1,024,000,000 "
                + "pixels, more than the largest allowed, 64,000,000 (for example 8000 × 8000 at 1x or 4000 × 4000 at "
                + "2x); lower the size or the scale (see crossover export --help)\n");
        assertThat(png).doesNotExist();
    }

    @Test
    void subcommandsAreToldApartFromFilesToOpen() {
        assertThat(Cli.isCommand("evaluate")).isTrue();
        assertThat(Cli.isCommand("--help")).isTrue();
        assertThat(Cli.isCommand("plan.crossover")).isFalse();
    }

    /** The JSON as a map from dotted path to value (Double, String, Boolean, null; lists as "list"). */
    private static Map<String, Object> flatten(String json) throws IOException {
        Map<String, Object> flat = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            walk(p, "", flat);
        }
        return flat;
    }

    private static void walk(JsonParser p, String path, Map<String, Object> flat) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                walk(p, path.isEmpty() ? key : path + "." + key, flat);
            }
        } else if (t == JsonToken.START_ARRAY) {
            p.skipChildren();
            flat.put(path, "list");
        } else if (t.isNumeric()) {
            flat.put(path, p.getDoubleValue());
        } else if (t == JsonToken.VALUE_NULL) {
            flat.put(path, null);
        } else if (t.isBoolean()) {
            flat.put(path, p.getBooleanValue());
        } else {
            flat.put(path, p.getText());
        }
    }
}
