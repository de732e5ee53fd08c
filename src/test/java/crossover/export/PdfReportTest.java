package crossover.export;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartSpecs;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Recommendation;
import crossover.model.TestScenarios;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
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
            assertThat(new PDFTextStripper().getText(doc)).contains("One GPU", "Crossover " + VERSION,
                    "2026-03-14", "Recommendation: Self-hosted",
                    "Break-even 3.6 B tokens/month ~ 80 k requests/day", "Daily requests 100000",
                    "Data sensitivity internal", "Rule of thumb: API inference (disagrees)");

            List<PDXObject> xObjects = xObjects(page.getResources());
            assertThat(xObjects).noneMatch(PDImageXObject.class::isInstance);
            PDFormXObject chart = xObjects.stream().filter(PDFormXObject.class::isInstance)
                    .map(PDFormXObject.class::cast).findFirst().orElseThrow();
            try (InputStream content = chart.getContents()) {
                // Curves, grid and outlined labels: a chart drawn as vectors runs to tens of kilobytes of operators.
                assertThat(content.readAllBytes().length).isGreaterThan(10_000);
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
                    "Daily requests 10000").doesNotContain("Break-even ");
        }
    }

    @Test
    void reasonsThatOverflowShrinkTheTextAndStayOnOnePage() throws IOException {
        Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500));
        // At 10 pt these seven reasons and the rule of thumb's note need more room than the page has under the chart.
        List<String> reasons = IntStream.rangeClosed(1, 7).mapToObj(i -> "Reason " + i
                + ": a long sentence about costs, volumes and GPUs that goes on to fill much of a line.").toList();
        Recommendation r = e.recommendation();
        Evaluation longer = new Evaluation(e.scenario(), e.monthlyTokens(), e.horizonMonthlyTokens(),
                e.blendedApiPricePerMTok(), e.selfHostedFloorPerMTok(), e.cloudManagedFloorPerMTok(), e.costs(),
                e.breakEven(), new Recommendation(r.option(), r.excluded(), r.exclusions(), reasons), e.ruleOfThumb(),
                e.ruleOfThumbNote(), e.apiLine(), e.selfHostedStairs(), e.cloudManagedStairs(), e.hybridCurve(),
                e.timeline(), e.paybackMonth());

        try (PDDocument doc = Loader.loadPDF(write(longer).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Reason 7:", "the heuristic does not see");
        }
    }

    @Test
    void symbolsWinAnsiLacksBecomeAsciiAndTheRestAQuestionMark() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertThat(PdfReport.winAnsi("≈ 80 k, ≥ 1, ≤ 2, −3 → 4 · 2× Σ\t", helvetica))
                .isEqualTo("~ 80 k, >= 1, <= 2, -3 -> 4 · 2× ? ");
    }

    @Test
    void labelsReadAsWords() {
        assertThat(PdfReport.label("dailyRequests")).isEqualTo("Daily requests");
        assertThat(PdfReport.label("latencySlaMs")).isEqualTo("Latency SLA (ms)");
        assertThat(PdfReport.label("inputPricePerMTok")).isEqualTo("Input price per MTok");
        assertThat(PdfReport.label("gpusPerReplica")).isEqualTo("GPUs per replica");
    }

    private Path write(Evaluation e) throws IOException {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(pdf, e, ChartSpecs.of(e, true, Optional.empty()), ExportOptions.DEFAULT, VERSION, DATE);
        return pdf;
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
