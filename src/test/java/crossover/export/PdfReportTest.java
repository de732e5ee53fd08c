package crossover.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import crossover.chart.ChartSpecs;
import crossover.chart.ChartTheme;
import crossover.io.ScenarioReader;
import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.Input;
import crossover.model.OpsCapacity;
import crossover.model.Option;
import crossover.model.Recommendation;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Sentences;
import crossover.model.TestScenarios;
import crossover.model.Workload;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {

    private static final String VERSION = "9.8.7-test";
    private static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    @TempDir
    Path dir;

    @Test
    void workedExample4HasTheChartAsVectorsAndTheRecommendationOnOnePage() throws IOException {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500));

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            assertThat(words(doc)).contains("One GPU", "Crossover " + VERSION,
                    "2026-03-14", "Recommendation: Self-hosted",
                    "Break-even for self-hosting: 3.6 B tokens/month ≈ 80 k requests/day", "Requests per day 100,000",
                    "Data sensitivity Internal", "Rule of thumb: API inference (disagrees)");

            assertThat(xObjects(page.getResources())).noneMatch(PDImageXObject.class::isInstance);
            // The cost chart in the options' 16:9 and the cumulative cash chart, each its own form on the page.
            List<PDFormXObject> charts = forms(page.getResources());
            assertThat(charts).hasSize(2);
            assertThat(charts).anySatisfy(chart -> assertThat(chart.getBBox().getWidth() / chart.getBBox().getHeight())
                    .isCloseTo(16f / 9, within(0.01f)));
            for (PDFormXObject chart : charts) {
                try (InputStream content = chart.getContents()) {
                    // Curves, grid and outlined labels: a chart drawn as vectors runs to tens of kilobytes of operators.
                    assertThat(content.readAllBytes().length).isGreaterThan(10_000);
                }
            }
        }
    }

    @Test
    void workedExample3SaysWhySelfHostingNeverBreaksEven() throws IOException {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(0.30, 10_000, 1_500));

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Recommendation: API inference", "No break-even for self-hosting: its floor of",
                    "Requests per day 10,000").doesNotContain("Break-even for");
        }
    }

    @Test
    void reasonsThatOverflowShrinkTheTextAndStayOnOnePage() throws IOException {
        // At 10 pt these seven reasons and the rule of thumb's note need more room than the page has above the inputs.
        Evaluation longer = withSevenReasons(CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500)));

        try (PDDocument doc = Loader.loadPDF(write(longer).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Reason 7:", "the heuristic does not see");
        }
    }

    @Test
    void aGrowingScenarioSaysInWhichMonthSelfHostingPaysBack() throws IOException {
        Evaluation e = CostEngine.evaluate(growing());
        // By hand: 1.5 B tokens/month doubling; the API's cumulative cash is $1,500, $4,500, $10,500, $22,500 and
        // self-hosting's ($2,000 set-up, then 1, 2, 3, 5 GPUs at $1,800) $3,800, $7,400, $12,800, $21,800.
        assertThat(e.paybackMonth().get(Option.SELF_HOSTED)).isEqualTo(OptionalInt.of(4));
        int month = e.paybackMonth().get(Option.SELF_HOSTED).getAsInt();

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(words(doc)).contains("Payback against the API: self-hosting in month " + month
                    + ", cloud-managed not within 4 months.").doesNotContain("Hybrid inputs");
        }
    }

    @Test
    void withABatchShareTheHybridPaybackAndItsInputsAreShown() throws IOException {
        Evaluation e = CostEngine.evaluate(hybrid());
        assertThat(e.options()).contains(Option.HYBRID);

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(words(doc)).contains("Payback against the API: self-hosting " + payback(e, Option.SELF_HOSTED)
                    + ", cloud-managed " + payback(e, Option.CLOUD_MANAGED) + ", hybrid " + payback(e, Option.HYBRID)
                    + ".", "Hybrid inputs: batch share 0.4, spot discount 60 %.", "Batch share 0.4",
                    "Spot discount (batch) 60");
            assertThat(forms(doc.getPage(0).getResources())).hasSize(2);
            assertThat(xObjects(doc.getPage(0).getResources())).noneMatch(PDImageXObject.class::isInstance);
        }
    }

    @Test
    void ownedGpusAndACommitmentAreInTheReportAndItsInputsTable() throws IOException {
        Evaluation e = CostEngine.evaluate(sample("7-buying-beats-renting.crossover"));
        assertThat(e.options()).contains(Option.ON_PREM);

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            String words = words(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(words).contains("Recommendation: On-prem", Sentences.breakEven(e, Option.ON_PREM),
                    "owning the GPUs " + payback(e, Option.ON_PREM),
                    // 10 GPUs at $35,000 in month 1; 4 committed GPUs at 30 % off: 4 × 1,800 × 0.7 = $5,040 a month
                    "Owned GPUs bought: 10 in month 1 ($350,000).",
                    "Self-hosting commits 4 GPUs at 30 % off: $5,040 a month whatever the volume.",
                    "On-prem", "GPU purchase price 35,000", "Depreciation 36", "PUE 1.3",
                    "Committed GPUs 4", "Commitment discount 30");
            assertThat(forms(doc.getPage(0).getResources())).hasSize(2);
        }
    }

    @Test
    void theInputsTableListsVersionFourInputsOnlyWhenInUse() throws IOException {
        Evaluation v2 = CostEngine.evaluate(TestScenarios.typical());
        Evaluation cached = CostEngine.evaluate(TestScenarios.typical().with(Input.CACHED_INPUT_SHARE, 0.5));

        try (PDDocument doc = Loader.loadPDF(write(v2, "v2.pdf").toFile())) {
            assertThat(words(doc)).doesNotContain("Cached input", "Batch discount", "Committed GPUs",
                    "Commitment discount", "GPU purchase price", "Owned GPUs bought");
        }
        try (PDDocument doc = Loader.loadPDF(write(cached, "cached.pdf").toFile())) {
            // The cached price follows the input price ($3) until stated; both show while some input is cached.
            assertThat(words(doc)).contains("Cached input share 0.5", "Cached input price 3")
                    .doesNotContain("Batch discount", "Committed GPUs");
        }
    }

    @Test
    void nothingOverlapsOrLeavesTheMargins() throws IOException {
        Evaluation ex4 = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500));
        // A square dark chart leaves the cost chart narrower than its column; seven reasons shrink the text.
        Map<String, Path> pdfs = new LinkedHashMap<>();
        pdfs.put("worked example 4", write(ex4, "ex4.pdf"));
        pdfs.put("worked example 3", write(CostEngine.evaluate(TestScenarios.oneGpu(0.30, 10_000, 1_500)), "ex3.pdf"));
        pdfs.put("growing", write(CostEngine.evaluate(growing()), "growing.pdf"));
        Evaluation e = CostEngine.evaluate(hybrid());
        pdfs.put("hybrid", write(e, "hybrid.pdf"));
        pdfs.put("seven reasons", write(withSevenReasons(e), "reasons.pdf"));
        Path square = dir.resolve("square.pdf");
        PdfReport.write(square, e, ChartSpecs.of(e, true, Optional.empty()),
                new ExportOptions(800, 800, 1, ChartTheme.DARK), VERSION, DATE);
        pdfs.put("square chart", square);
        Evaluation owned = CostEngine.evaluate(sample("7-buying-beats-renting.crossover"));
        pdfs.put("owned GPUs and a commitment", write(owned, "owned.pdf"));
        pdfs.put("owned, seven reasons", write(withSevenReasons(owned), "owned-reasons.pdf"));

        for (Map.Entry<String, Path> pdf : pdfs.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(pdf.getValue().toFile())) {
                PDRectangle box = doc.getPage(0).getMediaBox();
                Rectangle2D inside = new Rectangle2D.Double(36 - 0.5, 36 - 0.5, box.getWidth() - 71, box.getHeight() - 71);
                Layout layout = layout(doc);
                assertThat(layout.charts()).as(pdf.getKey()).hasSize(2)
                        .allSatisfy(chart -> assertThat(inside.contains(chart)).as(pdf.getKey() + " " + chart).isTrue());
                assertThat(overlap(layout.charts().get(0), layout.charts().get(1))).as(pdf.getKey()).isFalse();
                for (Rectangle2D line : layout.lines()) {
                    String what = pdf.getKey() + ": line at " + line;
                    assertThat(inside.contains(line)).as(what).isTrue();
                    assertThat(layout.charts()).as(what).noneMatch(chart -> overlap(chart, line));
                    assertThat(layout.lines()).as(what).filteredOn(other -> other != line)
                            .noneMatch(other -> overlap(other, line));
                }
            }
        }
    }

    @Test
    void cyrillicAndCjkNamesAndTheAppsSymbolsPrintAsThemselvesInEmbeddedFonts() throws IOException {
        String name = "Оценка затрат 成本估算 コスト 비용 ≈ ≥ ≤ − →";
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500).withName(name));

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(name);
            assertThat(words(doc)).contains(Sentences.breakEven(e, e.headlineOption()))
                    .contains("3.6 B tokens/month ≈ 80 k requests/day").doesNotContain("?");
            PDResources resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName font : resources.getFontNames()) {
                PDFont f = resources.getFont(font);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                fonts.add(f.getName());
            }
            // Subsets: "ABCDEF+DejaVuSans"; the CJK letters come from the fallback font.
            assertThat(fonts).anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans"))
                    .anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans-Bold"))
                    .anyMatch(f -> f.matches("[A-Z]{6}\\+DroidSansFallback"));
        }
        // Subsetting keeps the file small: the three fonts are 4.9 MB whole.
        assertThat(java.nio.file.Files.size(write(e))).isLessThan(400_000);
    }

    @Test
    void aCharacterNoBundledFontHasPrintsAsAQuestionMarkAndALatinReportLoadsNoFallback() throws IOException {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500).withName("Plan \uD83D\uDE00 A"));

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            assertThat(new PDFTextStripper().getText(doc).lines().findFirst().orElseThrow()).isEqualTo("Plan ? A");
            PDResources resources = doc.getPage(0).getResources();
            for (COSName font : resources.getFontNames()) {
                assertThat(resources.getFont(font).getName()).doesNotContain("DroidSansFallback");
            }
        }
    }

    @Test
    void inputsFromTheCatalogsAreNamedWithTheirSourcesWhileTheyHoldTheirValues() throws IOException {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500));
        java.util.Map<Input, crossover.model.FieldSource> sources = new java.util.LinkedHashMap<>();
        sources.put(Input.API_INPUT_PRICE, new crossover.model.FieldSource(1.0, "from catalog, as of 2026-04-23", ""));
        sources.put(Input.API_OUTPUT_PRICE, new crossover.model.FieldSource(1.0, "from catalog, as of 2026-04-23", ""));
        sources.put(Input.GPU_HOURLY_PRICE, new crossover.model.FieldSource(9.99, "from catalog, as of 2026-05-07", ""));
        Path pdf = dir.resolve("sourced.pdf");
        try (var out = java.nio.file.Files.newOutputStream(pdf)) {
            PdfReport.write(out, e, ChartSpecs.of(e, true, Optional.empty()), ExportOptions.DEFAULT, VERSION, DATE,
                    sources);
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            // The GPU price is no longer the catalog's 9.99: it is not claimed.
            assertThat(words(doc)).contains("Sources: Input price, Output price from catalog, as of "
                    + "2026-04-23.").doesNotContain("2026-05-07");
        }
        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            assertThat(words(doc)).doesNotContain("Sources:");
        }
    }

    @Test
    void aWordLongerThanTheColumnIsBrokenBetweenLettersIntoFullLinesThatFit() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String word = "Wi".repeat(25_000);
        float width = 300;

        List<String> lines = PdfReport.wrap("Plan " + word + " for 2027", font, 18, width);

        assertThat(lines.get(0)).isEqualTo("Plan");
        assertThat(String.join("", lines.subList(1, lines.size() - 1)) + lines.get(lines.size() - 1))
                .isEqualTo(word + " for 2027");
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            assertThat(font.getStringWidth(line) / 1000 * 18).as("line %d fits", i).isLessThanOrEqualTo(width);
            String longer = line + lines.get(i + 1).charAt(0);
            assertThat(font.getStringWidth(longer) / 1000 * 18).as("line %d is full", i).isGreaterThan(width);
        }
    }

    @Test
    void wrappingOrdinaryTextBreaksWhereMeasuringEachCandidateLineWould() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(40); w >= 0; w--) {
                text.append(" ".repeat(1 + random.nextInt(2)));
                for (int c = random.nextInt(random.nextInt(10) == 0 ? 120 : 12); c >= 0; c--) {
                    text.append("aiMW.,$%0l".charAt(random.nextInt(10)));
                }
            }
            float width = 20 + random.nextInt(300);

            assertThat(PdfReport.wrap(text.toString(), font, 9, width)).as(text + " in " + width)
                    .isEqualTo(wrapByMeasuringEachCandidate(text.toString(), font, 9, width));
        }
    }

    @Test
    void aNameOfFiftyThousandLettersIsCutOnItsOneTitleLine() throws IOException {
        String name = "N".repeat(50_000);
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500).withName(name));

        try (PDDocument doc = Loader.loadPDF(write(e).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String title = new PDFTextStripper().getText(doc).lines().findFirst().orElseThrow();
            assertThat(title).matches("N{10,200}\\.\\.\\.");
        }
    }

    /** The layout before it was made linear: each candidate line measured whole, a long word cut letter by letter. */
    private static List<String> wrapByMeasuringEachCandidate(String text, PDType1Font font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (line.length() > 1 && font.getStringWidth(line) / 1000 * size > width) {
                int cut = line.length() - 1;
                while (cut > 1 && font.getStringWidth(line.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private Path write(Evaluation e) throws IOException {
        return write(e, "report.pdf");
    }

    private Path write(Evaluation e, String name) throws IOException {
        Path pdf = dir.resolve(name);
        PdfReport.write(pdf, e, ChartSpecs.of(e, true, Optional.empty()), ExportOptions.DEFAULT, VERSION, DATE);
        return pdf;
    }

    private static Evaluation withSevenReasons(Evaluation e) {
        List<String> reasons = IntStream.rangeClosed(1, 7).mapToObj(i -> "Reason " + i
                + ": a long sentence about costs, volumes and GPUs that goes on to fill much of a line.").toList();
        Recommendation r = e.recommendation();
        return new Evaluation(e.scenario(), e.monthlyTokens(), e.horizonMonthlyTokens(),
                e.blendedApiPricePerMTok(), e.realtimeApiPricePerMTok(), e.selfHostedFloorPerMTok(),
                e.cloudManagedFloorPerMTok(), e.costs(),
                e.breakEven(), new Recommendation(r.option(), r.excluded(), r.exclusions(), reasons), e.ruleOfThumb(),
                e.ruleOfThumbNote(), e.apiLine(), e.selfHostedStairs(), e.cloudManagedStairs(), e.hybridCurve(),
                e.onPremStairs(), e.cash(), e.paybackMonth());
    }

    /** Volume doubling every month for four months from 1.5 B tokens/month, on the API at $1/MTok or one GPU. */
    private static Scenario growing() {
        Workload w = new Workload(50_000, 1_000, 0.5, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 1, 100, 4);
        return new Scenario("Growing", "", w, new ApiPricing(1, 1, 300), new SelfHosting(2.5, 4e6, 1, 1, 1, 2_000, 0),
                new CloudManaged(30, 0, 0));
    }

    /** The typical scenario with 40 % batch work and spot GPUs at 60 % off. */
    private static Scenario hybrid() {
        Scenario t = TestScenarios.typical();
        Workload w = t.workload();
        SelfHosting h = t.selfHosted();
        return new Scenario("Typical with a batch share", "", new Workload(w.dailyRequests(), w.tokensPerRequest(),
                w.outputShare(), w.latencySlaMs(), w.dataSensitivity(), w.opsCapacity(), w.peakToAverage(),
                w.monthlyGrowthPercent(), w.horizonMonths(), 0.4), t.api(), new SelfHosting(h.gpuHourlyPrice(),
                h.tokensPerHourPerGpu(), h.gpusPerReplica(), h.minReplicas(), h.maxUtilization(), h.setupCost(),
                h.monthlyOpsCost(), 60), t.cloudManaged());
    }

    private static Scenario sample(String file) throws IOException {
        try {
            return new ScenarioReader().read(Path.of("assets", "scenarios", file)).scenario();
        } catch (crossover.io.ScenarioFileException e) {
            throw new IOException(e);
        }
    }

    /** "in month 7" or "not within 24 months", from the engine's payback month. */
    private static String payback(Evaluation e, Option option) {
        OptionalInt month = e.paybackMonth().get(option);
        return month.isPresent() ? "in month " + month.getAsInt()
                : "not within " + e.scenario().workload().horizonMonths() + " months";
    }

    /** The page's text with every run of white space one space: sentences wrap across lines. */
    private static String words(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    /** The forms drawn on the page itself: the charts. */
    private static List<PDFormXObject> forms(PDResources resources) throws IOException {
        List<PDFormXObject> forms = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                forms.add(form);
            }
        }
        return forms;
    }

    /** Where the page draws its charts and its runs of text, in points from the bottom left. */
    private record Layout(List<Rectangle2D> charts, List<Rectangle2D> lines) {
    }

    private static Layout layout(PDDocument doc) throws IOException {
        List<Rectangle2D> charts = new ArrayList<>();
        List<Rectangle2D> lines = new ArrayList<>();
        float pageHeight = doc.getPage(0).getMediaBox().getHeight();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            public void showForm(PDFormXObject form) throws IOException {
                charts.add(form.getBBox().transform(getGraphicsState().getCurrentTransformationMatrix())
                        .getBounds2D());
                super.showForm(form);
            }

            @Override
            protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                Rectangle2D run = null;
                for (TextPosition glyph : glyphs) {
                    float size = glyph.getFontSizeInPt();
                    // From the descenders to the ascenders of Helvetica, roughly: lines 1.3 sizes apart do not touch.
                    Rectangle2D box = new Rectangle2D.Double(glyph.getXDirAdj(),
                            pageHeight - glyph.getYDirAdj() - 0.2 * size, glyph.getWidthDirAdj(), 0.9 * size);
                    run = run == null ? box : run.createUnion(box);
                }
                if (run != null) {
                    lines.add(run);
                }
                super.writeString(text, glyphs);
            }
        };
        stripper.getText(doc);
        return new Layout(charts, lines);
    }

    /** Whether two boxes share more than a hairline. */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D common = a.createIntersection(b);
        return common.getWidth() > 0.25 && common.getHeight() > 0.25;
    }

    /** Every XObject on the page, and inside its forms, so an image nested in the chart is found too. */
    private static List<PDXObject> xObjects(PDResources resources) throws IOException {
        List<PDXObject> all = new ArrayList<>();
        if (resources == null) {
            return all;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            all.add(x);
            if (x instanceof PDFormXObject form) {
                all.addAll(xObjects(form.getResources()));
            }
        }
        return all;
    }
}
