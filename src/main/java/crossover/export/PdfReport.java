package crossover.export;

import crossover.chart.ChartPainter;
import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.ScenarioFields;
import crossover.model.Units;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/** A one-page A4 landscape PDF of an evaluation: the chart as vectors, the recommendation and the inputs. */
public final class PdfReport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float GAP = 18;
    private static final float TABLE_WIDTH = 180;
    private static final float CHART_MAX_HEIGHT = 315;
    /**
     * The width the chart is painted at, then scaled onto the page: the painter keeps marker labels and the
     * no-break-even note inside the plot, and much narrower they no longer fit. Its 11-12 px text lands at 6-7 pt.
     */
    private static final float CHART_PX_WIDTH = 1000;
    /** Tried in turn until the text under the chart fits: the report is one page by design. */
    private static final float[] BODY_SIZES = {10, 9.5f, 9, 8.5f, 8, 7.5f, 7};
    private static final float TABLE_SIZE = 8.5f;
    private static final float LEADING = 1.3f;
    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x59636e);
    private static final Map<String, String> GROUPS = Map.of("workload", "Workload", "api", "API",
            "selfHosted", "Self-hosted", "cloudManaged", "Cloud-managed");
    private static final Map<String, String> WORDS = Map.of("Sla", "SLA", "Ms", "(ms)", "Gpu", "GPU", "Gpus", "GPUs",
            "Ttft", "TTFT", "MTok", "MTok", "Percent", "(%)");

    private final PDPageContentStream cs;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfReport(PDPageContentStream cs) {
        this.cs = cs;
    }

    /** Writes the report to a file, replacing it. */
    public static void write(Path out, Evaluation e, ChartSpec spec, ExportOptions options, String appVersion,
                             LocalDate date) throws IOException {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(stream, e, spec, options, appVersion, date);
        }
    }

    /** Writes the report to a stream, left open; the options give the chart's aspect ratio and theme. */
    public static void write(OutputStream out, Evaluation e, ChartSpec spec, ExportOptions options, String appVersion,
                             LocalDate date) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new PdfReport(cs).page(doc, e, spec, options, "Crossover " + appVersion + " · " + date);
            }
            doc.getDocumentInformation().setTitle(e.scenario().name());
            doc.getDocumentInformation().setCreator("Crossover " + appVersion);
            doc.save(out);
        }
    }

    /** Text the Standard 14 fonts can show: WinAnsiEncoding lacks a few symbols the app's sentences use. */
    static String winAnsi(String s, PDFont font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(switch (cp) {
            case '≈' -> "~";
            case '≥' -> ">=";
            case '≤' -> "<=";
            case '−' -> "-";
            case '→' -> "->";
            default -> Character.isWhitespace(cp) ? " " : encodable(font, cp) ? Character.toString(cp) : "?";
        }));
        return b.toString();
    }

    /** "dailyRequests" → "Daily requests", "latencySlaMs" → "Latency SLA (ms)". */
    static String label(String field) {
        String[] words = field.split("(?<=[a-z])(?=[A-Z])");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String capital = Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
            b.append(i == 0 ? "" : " ").append(WORDS.getOrDefault(capital,
                    i == 0 ? capital : words[i].toLowerCase(Locale.ROOT)));
        }
        return b.toString();
    }

    private static boolean encodable(PDFont font, int cp) {
        try {
            font.encode(Character.toString(cp));
            return true;
        } catch (IllegalArgumentException | IOException unencodable) {
            return false;
        }
    }

    private void page(PDDocument doc, Evaluation e, ChartSpec spec, ExportOptions o, String byline) throws IOException {
        float top = PAGE.getHeight() - MARGIN;
        float right = PAGE.getWidth() - MARGIN;
        float column = right - MARGIN - GAP - TABLE_WIDTH;
        List<String> title = wrap(winAnsi(e.scenario().name(), bold), bold, 18, right - MARGIN - 16);
        show(title.get(0) + (title.size() > 1 ? "..." : ""), bold, 18, MARGIN, top - 16, INK);
        show(winAnsi(byline, regular), regular, 9, MARGIN, top - 32, MUTED);
        float chartBottom = drawChart(doc, spec, o, MARGIN, top - 44, column);
        body(paragraphs(e), MARGIN, chartBottom - 8, column);
        inputs(e.scenario(), right - TABLE_WIDTH, top - 44);
    }

    /** Draws the chart as a form XObject below {@code top} in the options' aspect ratio; returns its bottom. */
    private float drawChart(PDDocument doc, ChartSpec spec, ExportOptions o, float x, float top, float maxWidth)
            throws IOException {
        float aspect = (float) o.width() / o.height();
        float scale = Math.min(maxWidth, CHART_MAX_HEIGHT * aspect) / CHART_PX_WIDTH;
        float pxHeight = CHART_PX_WIDTH / aspect;
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, CHART_PX_WIDTH, pxHeight);
        try {
            new ChartPainter().paint(g, spec, o.theme(), CHART_PX_WIDTH, pxHeight, OptionalDouble.empty());
        } finally {
            g.dispose();
        }
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, x, top - pxHeight * scale));
        cs.drawForm(g.getXFormObject());
        cs.restoreGraphicsState();
        return top - pxHeight * scale;
    }

    private static List<Para> paragraphs(Evaluation e) {
        List<Para> p = new ArrayList<>();
        p.add(new Para("Recommendation: " + e.recommendation().option().label(), true, 2, 0, false, 0));
        for (String reason : e.recommendation().reasons()) {
            p.add(new Para(reason, false, 0, 10, true, 2));
        }
        BreakEven be = e.breakEven(Option.SELF_HOSTED);
        String breakEven = be.sustained().isPresent() ? ChartSpecs.breakEvenLabel(be)
                : "No break-even for self-hosting: " + e.noBreakEvenReason(Option.SELF_HOSTED) + ".";
        p.add(new Para(breakEven, true, 0, 0, false, 7));
        String agrees = e.ruleOfThumbAgrees() ? " (agrees)" : " (disagrees)";
        p.add(new Para("Rule of thumb: " + e.ruleOfThumb().label() + agrees, true, 0, 0, false, 7));
        if (!e.ruleOfThumbNote().isBlank()) {
            p.add(new Para(e.ruleOfThumbNote(), false, 0, 0, false, 2));
        }
        return p;
    }

    /** Shows the text under the chart at the largest size that fits above the bottom margin. */
    private void body(List<Para> paras, float x, float top, float width) throws IOException {
        float size = BODY_SIZES[BODY_SIZES.length - 1];
        for (float candidate : BODY_SIZES) {
            if (layout(paras, candidate, x, top, width, false) <= top - MARGIN) {
                size = candidate;
                break;
            }
        }
        layout(paras, size, x, top, width, true);
    }

    /** Wraps the paragraphs, shows them if {@code draw}, and returns the height they take. */
    private float layout(List<Para> paras, float size, float x, float top, float width, boolean draw)
            throws IOException {
        float y = top;
        for (Para p : paras) {
            PDFont font = p.bold ? bold : regular;
            float s = size + p.sizeDelta;
            y -= p.spaceBefore;
            List<String> lines = wrap(winAnsi(p.text, font), font, s, width - p.indent);
            for (int i = 0; i < lines.size(); i++) {
                y -= s * LEADING;
                if (draw && y >= MARGIN - 2) { // even the smallest size overflows: cut rather than print off the page
                    show(lines.get(i), font, s, x + p.indent, y, INK);
                    if (i == 0 && p.bullet) {
                        show("•", font, s, x, y, INK);
                    }
                }
            }
        }
        return top - y;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (line.length() > 1 && width(line, font, size) > width) { // a word longer than the column
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut), font, size) > width) {
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

    private void inputs(Scenario s, float x, float top) throws IOException {
        float y = top - 11;
        show("Inputs", bold, 11, x, y, INK);
        String group = "";
        for (Map.Entry<String, String> row : inputRows(s).entrySet()) {
            String[] path = row.getKey().split("\\.", 2);
            if (!path[0].equals(group)) {
                group = path[0];
                y -= TABLE_SIZE * LEADING + 5;
                show(GROUPS.getOrDefault(group, group), bold, TABLE_SIZE, x, y, INK);
            }
            y -= TABLE_SIZE * LEADING;
            String label = label(path[1]);
            String value = winAnsi(row.getValue(), regular);
            float room = TABLE_WIDTH - 8 - width(label, regular, TABLE_SIZE) - 6;
            float valueSize = Math.min(TABLE_SIZE, TABLE_SIZE * room / width(value, regular, TABLE_SIZE));
            show(label, regular, TABLE_SIZE, x + 8, y, MUTED);
            show(value, regular, valueSize, x + TABLE_WIDTH - width(value, regular, valueSize), y, INK);
        }
    }

    /** Every input by field path in file order, the two choices where files have them. */
    private static Map<String, String> inputRows(Scenario s) {
        Map<String, String> rows = new LinkedHashMap<>();
        ScenarioFields.numbers(s).forEach((path, value) -> {
            rows.put(path, Units.plain(value));
            if (path.equals("workload.latencySlaMs")) {
                rows.put("workload.dataSensitivity", s.workload().dataSensitivity().id());
                rows.put("workload.opsCapacity", s.workload().opsCapacity().id());
            }
        });
        return rows;
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private void show(String s, PDFont font, float size, float x, float y, Color color) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private record Para(String text, boolean bold, float sizeDelta, float indent, boolean bullet, float spaceBefore) {
    }
}
