package crossover;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartSpecs;
import crossover.chart.TornadoSpec;
import crossover.cli.Cli;
import crossover.export.ExportOptions;
import crossover.export.PdfReport;
import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Input;
import crossover.model.Scenario;
import crossover.model.Sensitivity;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window, the PDF and the CLI say each fact in the same words, because they call the same code. */
class OneWordingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1-small-internal-assistant", "3-no-break-even", "4-zig-zag-break-even",
            "5-hybrid-batch-and-growth"})
    void breakEvenPaybackAndRuleOfThumbReadTheSameInTheWindowThePdfAndTheCli(String sample) throws Exception {
        Path file = Path.of("assets", "scenarios", sample + ".crossover");
        Scenario s = new ScenarioReader().read(file).scenario();
        ScenarioViewModel window = new ScenarioViewModel(s, Runnable::run);
        List<String> sentences = List.of(window.readouts().breakEvenProperty().get(), window.readouts().paybackSummaryProperty().get(),
                window.readouts().ruleOfThumbProperty().get(), window.readouts().ruleOfThumbNoteProperty().get());
        assertThat(sentences).allSatisfy(line -> assertThat(line).isNotBlank());

        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"evaluate", file.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains(sentences);

        Evaluation e = CostEngine.evaluate(s);
        Path pdf = dir.resolve("report.pdf");
        try (var stream = Files.newOutputStream(pdf)) {
            PdfReport.write(stream, e, ChartSpecs.of(e, true, Optional.empty()), ExportOptions.DEFAULT, "test",
                    LocalDate.of(2026, 12, 2));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // The PDF embeds a Unicode font: "≈" prints as itself.
            assertThat(text).contains(sentences);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-small-internal-assistant", "4-zig-zag-break-even"})
    void tornadoRowsAreNamedByTheInputsLabelsInTheWindowAndInTheCliExport(String sample) throws Exception {
        Path file = Path.of("assets", "scenarios", sample + ".crossover");
        Scenario s = new ScenarioReader().read(file).scenario();
        Path svg = dir.resolve("tornado.svg");

        int code = Cli.run(new String[] {"export", file.toString(), "--chart", "tornado", "--svg", svg.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        List<String> labels = Sensitivity.of(s).stream().map(r -> r.input().qualifiedLabel()).toList();
        assertThat(TornadoSpec.of(s).rows()).extracting(TornadoSpec.Bar::label).containsExactlyElementsOf(labels);
        String drawn = Files.readString(svg);
        assertThat(labels).allSatisfy(label -> assertThat(drawn).contains(label));
        assertThat(labels).contains(Input.TOKENS_PER_HOUR_PER_GPU.label(), Input.GPU_HOURLY_PRICE.label());
    }
}
