package crossover.export;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.ChartTheme;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.StairCase;
import crossover.model.TestScenarios;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PNG, SVG and CSV exports of worked example 4 (break-even 3.6 B tokens/month). */
class ChartExportsTest {

    private final Evaluation e = CostEngine.evaluate(TestScenarios.oneGpu(1.00, 100_000, 1_500));
    private final ChartSpec spec = ChartSpecs.of(e, true, Optional.empty());

    @Test
    void aPngMayHaveUpTo64MillionPixelsAndNoMore() {
        assertThat(PngExport.sizeProblem(new ExportOptions(8000, 8000, 1, ChartTheme.LIGHT))).isEmpty();
        assertThat(PngExport.sizeProblem(new ExportOptions(4000, 4000, 2, ChartTheme.LIGHT))).isEmpty();
        assertThat(PngExport.sizeProblem(new ExportOptions(4000, 4001, 2, ChartTheme.LIGHT))).get().asString()
                .isEqualTo("a PNG of 8000 × 8002 pixels (4000 × 4001 at 2x) has 64,016,000 pixels, more than the "
                        + "largest allowed, 64,000,000 (for example 8000 × 8000 at 1x or 4000 × 4000 at 2x); lower the "
                        + "size or the scale");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PngExport.render(spec, new ExportOptions(8000, 8000, 4, ChartTheme.LIGHT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1,024,000,000 pixels");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void pngHasTheScaledSizeAPhysChunkForItsLogicalSizeAndAPaintedPlot(int scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PngExport.write(out, spec, new ExportOptions(800, 450, scale, ChartTheme.LIGHT));

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            assertThat(image.getWidth()).isEqualTo(800 * scale);
            assertThat(image.getHeight()).isEqualTo(450 * scale);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element phys = (Element) ((Element) meta.getAsTree("javax_imageio_png_1.0"))
                    .getElementsByTagName("pHYs").item(0);
            assertThat(phys).as("pHYs chunk").isNotNull();
            long perMetre = Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"));
            assertThat(perMetre).isEqualTo(Math.round(96.0 * scale * 39.3700787));
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(distinctColoursInPlot(image, scale)).as("the plot is drawn, not blank").isGreaterThan(20);
        }
    }

    @Test
    void svgParsesAndCarriesTheCurvesAsVectorsAndTheBreakEvenLabelAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SvgExport.write(out, spec, ExportOptions.DEFAULT);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Batik declares the SVG 1.0 DTD; parse without fetching it (tests have no network).
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        assertThat(paths.getLength()).as("vector shapes").isGreaterThan(5);
        assertThat(svg.getElementsByTagNameNS("*", "image").getLength()).as("no raster images").isZero();
        StringBuilder text = new StringBuilder();
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(text).contains("Break-even 3.6 B tokens/month ≈ 80 k requests/day").contains("Self-hosted");
        // The longest path is a staircase: it has many segments.
        int longest = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            longest = Math.max(longest, ((Element) paths.item(i)).getAttribute("d").split("L").length);
        }
        assertThat(longest).isGreaterThan(20);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).doesNotContain("NaN");
    }

    @Test
    void csvRowsAreTheEnginesCostsIncludingEveryStairEdgeAndTheBreakEvens() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvExport.write(out, e, spec);

        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("monthlyTokens,dailyRequests,api-inference,self-hosted,cloud-managed");
        List<double[]> rows = lines.subList(1, lines.size()).stream()
                .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        for (double[] r : rows) {
            assertThat(r[2]).isEqualTo(e.apiLine().costAt(r[0]));
            assertThat(r[3]).isEqualTo(e.selfHostedStairs().costAt(r[0]));
            assertThat(r[4]).isEqualTo(e.cloudManagedStairs().costAt(r[0]));
            assertThat(r[1]).isEqualTo(r[0] / (1_500 * 30.0));
        }
        List<Double> volumes = rows.stream().map(r -> r[0]).toList();
        assertThat(volumes).isSorted().doesNotHaveDuplicates();
        assertThat(volumes).contains(3.6e9, 1.8e9, e.breakEven(Option.CLOUD_MANAGED).sustained().getAsDouble());
        StairCase sh = e.selfHostedStairs();
        for (double n = sh.replicasAt(spec.minTokens()); sh.upperEdge(n) <= spec.maxTokens(); n++) {
            assertThat(volumes).contains(sh.upperEdge(n), Math.nextUp(sh.upperEdge(n)));
        }
    }

    @Test
    void timelineCsvRowsAreTheEnginesMonthsBitForBit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Evaluation growing = CostEngine.evaluate(TestScenarios.typical());

        CsvExport.writeTimeline(out, growing);

        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,monthlyTokens,cash.api-inference,cash.self-hosted,"
                + "cash.cloud-managed,cumulative.api-inference,cumulative.self-hosted,cumulative.cloud-managed");
        assertThat(lines).hasSize(1 + 24);
        for (int i = 1; i < lines.size(); i++) {
            double[] r = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            crossover.model.TimelineMonth m = growing.timeline().get(i - 1);
            assertThat(r[0]).isEqualTo(m.month());
            assertThat(r[1]).isEqualTo(m.monthlyTokens());
            assertThat(r[3]).isEqualTo(m.costs().get(Option.SELF_HOSTED));
            assertThat(r[6]).isEqualTo(m.cumulative().get(Option.SELF_HOSTED));
        }
    }

    @Test
    void theTimelineSvgMarksThePaybackMonthInText() throws Exception {
        Evaluation growing = CostEngine.evaluate(TestScenarios.typical());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SvgExport.write(out, Drawing.of(crossover.chart.TimelineSpec.of(growing)), ExportOptions.DEFAULT);

        String svg = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(svg).contains("Cumulative cash");
        growing.paybackMonth().forEach((o, month) -> month.ifPresent(
                m -> assertThat(svg).contains(o.label() + " pays back in month " + m)));
    }

    @Test
    void ownedGpusAndTheCommitmentAreInTheCostCsvTheTimelineCsvAndTheTimelineChart() throws Exception {
        Evaluation owned = CostEngine.evaluate(new crossover.io.ScenarioReader()
                .read(java.nio.file.Path.of("assets", "scenarios", "7-buying-beats-renting.crossover")).scenario());
        ChartSpec ownedSpec = ChartSpecs.of(owned, true, Optional.empty());
        ByteArrayOutputStream costs = new ByteArrayOutputStream();
        ByteArrayOutputStream timeline = new ByteArrayOutputStream();
        ByteArrayOutputStream svg = new ByteArrayOutputStream();

        CsvExport.write(costs, owned, ownedSpec);
        CsvExport.writeTimeline(timeline, owned);
        crossover.chart.TimelineSpec timelineSpec = crossover.chart.TimelineSpec.of(owned);
        SvgExport.write(svg, Drawing.of(timelineSpec), ExportOptions.DEFAULT);

        List<String> costLines = new String(costs.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(costLines.get(0)).isEqualTo("monthlyTokens,dailyRequests,api-inference,self-hosted,cloud-managed,"
                + "on-prem");
        for (String line : costLines.subList(1, costLines.size())) {
            double[] r = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            assertThat(r[3]).isEqualTo(owned.curve(Option.SELF_HOSTED).costAt(r[0]));
            assertThat(r[5]).isEqualTo(owned.curve(Option.ON_PREM).costAt(r[0]));
        }
        assertThat(ownedSpec.series()).extracting(ChartSpec.Series::option).contains(Option.ON_PREM);
        List<String> months = new String(timeline.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(months.get(0)).contains(",cash.on-prem,").endsWith(",cumulative.on-prem");
        // Month 1 buys the ten GPUs the volume needs: 10 × $35,000 on top of running costs and set-up.
        double[] first = Arrays.stream(months.get(1).split(",")).mapToDouble(Double::parseDouble).toArray();
        assertThat(first[5]).isEqualTo(owned.cash().cash(Option.ON_PREM, 1)).isGreaterThan(350_000);
        assertThat(timelineSpec.purchases()).containsExactly(java.util.Map.entry(1, 10.0));
        String drawn = new String(svg.toByteArray(), StandardCharsets.UTF_8);
        assertThat(drawn).contains("Buys 10 GPUs in month 1", "On-prem (recommended)",
                "On-prem pays back in month " + owned.paybackMonth().get(Option.ON_PREM).getAsInt());
    }

    private static long distinctColoursInPlot(BufferedImage image, int scale) {
        return java.util.stream.IntStream.range(0, 400).map(i -> {
            int x = (80 + (i * 37) % 700) * scale;
            int y = (40 + (i * 53) % 350) * scale;
            return image.getRGB(x, y);
        }).distinct().count();
    }
}
