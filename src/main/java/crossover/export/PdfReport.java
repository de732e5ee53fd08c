package crossover.export;

import crossover.chart.ChartPainter;
import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.TimelinePainter;
import crossover.chart.TimelineSpec;
import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.FieldSource;
import crossover.model.Option;
import crossover.model.Scenario;
import crossover.model.Choice;
import crossover.model.Field;
import crossover.model.Input;
import crossover.model.Section;
import crossover.model.Sentences;
import crossover.model.Units;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.Graphics2D;
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
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A one-page A4 landscape PDF of an evaluation: on the left the cost chart and the cumulative cash chart as vectors
 * with the payback months in words; on the right the recommendation, its reasons and the inputs.
 */
public final class PdfReport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float GAP = 18;
    /** The right column: the recommendation and its reasons, then the inputs table in two columns. */
    private static final float SIDE_WIDTH = 310;
    private static final float TABLE_GAP = 14;
    private static final float CHART_GAP = 10;
    /**
     * The widths the charts are painted at, then scaled onto the page: the cost chart keeps its marker labels and the
     * no-break-even note inside the plot, and much narrower they no longer fit; the timeline's legend of four options,
     * one of them "(recommended)", needs about 700 px. Their 11-12 px text lands at 5-7 pt.
     */
    private static final float COST_PX_WIDTH = 1000;
    private static final float TIMELINE_PX_WIDTH = 760;
    /** The cumulative chart gets the height the cost chart leaves, at least this and at most this times its width. */
    private static final float TIMELINE_MIN_HEIGHT = 150;
    private static final float TIMELINE_MAX_RATIO = 0.6f;
    private static final float CAPTION_SIZE = 9;
    /** Tried in turn until the text above the inputs fits: the report is one page by design. */
    private static final float[] BODY_SIZES = {10, 9.5f, 9, 8.5f, 8, 7.5f, 7};
    private static final float TABLE_SIZE = 8.5f;
    private static final float LEADING = 1.3f;
    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x59636e);
    private final PDPageContentStream cs;
    private final PdfFonts fonts;

    private PdfReport(PDPageContentStream cs, PdfFonts fonts) {
        this.cs = cs;
        this.fonts = fonts;
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
        write(out, e, spec, options, appVersion, date, Map.of());
    }

    /**
     * Writes the report with where inputs came from (catalog entries, estimates): a "Sources" line under the
     * recommendation names each such input and its source, for inputs that still hold the value it gave.
     */
    public static void write(OutputStream out, Evaluation e, ChartSpec spec, ExportOptions options, String appVersion,
                             LocalDate date, Map<Input, FieldSource> sources) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            PdfFonts fonts = new PdfFonts(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new PdfReport(cs, fonts).page(doc, e, spec, options, "Crossover " + appVersion + " · " + date, sources);
            }
            doc.getDocumentInformation().setTitle(e.scenario().name());
            doc.getDocumentInformation().setCreator("Crossover " + appVersion);
            doc.save(out);
        }
    }

    private void page(PDDocument doc, Evaluation e, ChartSpec spec, ExportOptions o, String byline,
                      Map<Input, FieldSource> sources) throws IOException {
        float top = PAGE.getHeight() - MARGIN;
        float right = PAGE.getWidth() - MARGIN;
        float side = right - SIDE_WIDTH;
        List<String> title = wrap(fonts.printable(e.scenario().name(), true), c -> fonts.units(c, true), 18,
                right - MARGIN - 16);
        show(title.get(0) + (title.size() > 1 ? "..." : ""), true, 18, MARGIN, top - 16, INK);
        show(fonts.printable(byline, false), false, 9, MARGIN, top - 32, MUTED);
        charts(doc, e, spec, o, MARGIN, top - 44, side - GAP - MARGIN);
        float table = inputs(e.scenario(), side, 0, false);
        float text = body(paragraphs(e, sources), side, top - 44, SIDE_WIDTH,
                top - 44 - MARGIN - table - TABLE_GAP);
        inputs(e.scenario(), side, top - 44 - text - TABLE_GAP, true);
    }

    /**
     * The left column: the cost chart in the options' aspect ratio, the cumulative cash chart under it as wide as
     * the column, and the payback line under that, all above the bottom margin.
     */
    private void charts(PDDocument doc, Evaluation e, ChartSpec spec, ExportOptions o, float x, float top, float width)
            throws IOException {
        List<String> caption = wrap(fonts.printable(paybackLine(e), false), c -> fonts.units(c, false), CAPTION_SIZE,
                width);
        float captionHeight = 4 + caption.size() * CAPTION_SIZE * LEADING + CAPTION_SIZE * 0.25f; // to the descenders
        float room = top - MARGIN - captionHeight;
        float aspect = (float) o.width() / o.height();
        float costWidth = Math.min(width, (room - CHART_GAP - TIMELINE_MIN_HEIGHT) * aspect);
        float costHeight = drawForm(doc, x, top, costWidth, COST_PX_WIDTH, COST_PX_WIDTH / aspect,
                (g, w, h) -> new ChartPainter().paint(g, spec, o.theme(), w, h, OptionalDouble.empty()));
        float timelineTop = top - costHeight - CHART_GAP;
        float timelineHeight = Math.min(timelineTop - MARGIN - captionHeight, width * TIMELINE_MAX_RATIO);
        TimelineSpec timeline = TimelineSpec.of(e);
        float scale = width / TIMELINE_PX_WIDTH;
        drawForm(doc, x, timelineTop, width, TIMELINE_PX_WIDTH, timelineHeight / scale,
                (g, w, h) -> new TimelinePainter().paintCumulative(g, timeline, o.theme(), w, h));
        float y = timelineTop - timelineHeight - 4;
        for (String line : caption) {
            y -= CAPTION_SIZE * LEADING;
            show(line, false, CAPTION_SIZE, x, y, INK);
        }
    }

    /**
     * Paints {@code pxWidth × pxHeight} of vectors into a form XObject and draws it {@code width} wide with its top
     * left corner at ({@code x}, {@code top}); returns the height it takes on the page.
     */
    private float drawForm(PDDocument doc, float x, float top, float width, float pxWidth, float pxHeight,
                           Painting painting) throws IOException {
        float scale = width / pxWidth;
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, pxWidth, pxHeight);
        try {
            painting.paint(g, pxWidth, pxHeight);
        } finally {
            g.dispose();
        }
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, x, top - pxHeight * scale));
        cs.drawForm(g.getXFormObject());
        cs.restoreGraphicsState();
        return pxHeight * scale;
    }

    /**
     * The payback sentence, then what the cumulative chart's jumps and slopes come from: the hybrid option's own
     * inputs, the months owned GPUs are bought, the committed GPUs.
     */
    private static String paybackLine(Evaluation e) {
        StringBuilder line = new StringBuilder(Sentences.payback(e));
        Scenario s = e.scenario();
        if (e.options().contains(Option.HYBRID)) {
            line.append(" Hybrid inputs: ").append(Input.BATCH_SHARE.label().toLowerCase(Locale.ROOT)).append(' ')
                    .append(Units.plain(Input.BATCH_SHARE.of(s))).append(", spot discount ")
                    .append(Units.plain(Input.SPOT_DISCOUNT_PERCENT.of(s))).append(" %.");
        }
        String bought = Sentences.purchases(e);
        if (!bought.isEmpty()) {
            line.append(' ').append(bought);
        }
        String committed = Sentences.commitment(e);
        if (!committed.isEmpty()) {
            line.append(' ').append(committed);
        }
        return line.toString();
    }

    private static List<Para> paragraphs(Evaluation e, Map<Input, FieldSource> sources) {
        List<Para> p = new ArrayList<>();
        p.add(new Para("Recommendation: " + e.recommendation().option().label(), true, 2, 0, false, 0));
        for (String reason : e.recommendation().reasons()) {
            p.add(new Para(reason, false, 0, 10, true, 2));
        }
        p.add(new Para(Sentences.breakEven(e, e.headlineOption()), true, 0, 0, false, 7));
        if (e.options().contains(Option.ON_PREM) && e.headlineOption() != Option.ON_PREM) {
            p.add(new Para(Sentences.breakEven(e, Option.ON_PREM), true, 0, 0, false, 2));
        }
        p.add(new Para(Sentences.ruleOfThumb(e), true, 0, 0, false, 7));
        p.add(new Para(Sentences.ruleOfThumbNote(e), false, 0, 0, false, 2));
        String sourced = sourcesLine(e.scenario(), sources);
        if (!sourced.isEmpty()) {
            p.add(new Para(sourced, false, 0, 0, false, 7));
        }
        return p;
    }

    /**
     * "Sources: Input price, Output price from catalog, as of 2026-04-23; GPU price from …", inputs grouped by
     * source, for inputs that still hold the value their source gave; empty when none does.
     */
    static String sourcesLine(Scenario s, Map<Input, FieldSource> sources) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        sources.forEach((input, source) -> {
            if (input.of(s) == source.value()) {
                byLabel.computeIfAbsent(source.label(), k -> new ArrayList<>()).add(input.label());
            }
        });
        if (byLabel.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, names) -> parts.add(String.join(", ", names) + " " + label));
        return "Sources: " + String.join("; ", parts) + ".";
    }

    /**
     * Shows the text at the largest size that fits in {@code height} below {@code top}, cutting what even the
     * smallest size cannot fit; returns the height it takes.
     */
    private float body(List<Para> paras, float x, float top, float width, float height) throws IOException {
        float size = BODY_SIZES[BODY_SIZES.length - 1];
        for (float candidate : BODY_SIZES) {
            if (layout(paras, candidate, x, top, width, height, false) <= height) {
                size = candidate;
                break;
            }
        }
        return Math.min(height, layout(paras, size, x, top, width, height, true));
    }

    /** Wraps the paragraphs, shows those lines that fit in {@code height} if {@code draw}; returns their height. */
    private float layout(List<Para> paras, float size, float x, float top, float width, float height, boolean draw)
            throws IOException {
        float y = top;
        for (Para p : paras) {
            float s = size + p.sizeDelta;
            y -= p.spaceBefore;
            List<String> lines = wrap(fonts.printable(p.text, p.bold), c -> fonts.units(c, p.bold), s,
                    width - p.indent);
            for (int i = 0; i < lines.size(); i++) {
                y -= s * LEADING;
                if (draw && top - y <= height + 2) { // even the smallest size overflows: cut rather than overlap
                    show(lines.get(i), p.bold, s, x + p.indent, y, INK);
                    if (i == 0 && p.bullet) {
                        show("•", p.bold, s, x, y, INK);
                    }
                }
            }
        }
        return top - y;
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces, and a word longer than a line between letters.
     * Time linear in the text's length (a 50,000-letter name included): each glyph's width is looked up once per
     * character and lines are measured by adding them up in order, which is what {@link PDFont#getStringWidth} does.
     */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        return wrap(text, c -> font.getStringWidth(String.valueOf(c)), size, width);
    }

    /** {@link #wrap(String, PDFont, float, float)} with each character's advance from {@code advance}. */
    static List<String> wrap(String text, Advance advance, float size, float width) throws IOException {
        GlyphWidths glyphs = new GlyphWidths(advance);
        float space = glyphs.of(' ');
        List<String> lines = new ArrayList<>();
        String line = "";
        float lineUnits = 0;
        for (String word : text.trim().split(" +")) {
            float candidate = line.isEmpty() ? 0 : lineUnits + space;
            for (int i = 0; i < word.length(); i++) {
                candidate += glyphs.of(word.charAt(i));
            }
            if (fits(candidate, size, width)) {
                line = line.isEmpty() ? word : line + " " + word;
                lineUnits = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            // A word longer than the column: as many letters as fit on each line, at least one.
            int from = 0;
            while (true) {
                float units = 0;
                int fitting = 0;
                while (from + fitting < word.length()) {
                    float more = units + glyphs.of(word.charAt(from + fitting));
                    if (!fits(more, size, width)) {
                        break;
                    }
                    units = more;
                    fitting++;
                }
                if (from + fitting == word.length() || word.length() - from == 1) {
                    line = word.substring(from);
                    lineUnits = from + fitting == word.length() ? units : glyphs.of(word.charAt(from));
                    break;
                }
                int cut = Math.max(1, fitting);
                lines.add(word.substring(from, from + cut));
                from += cut;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Whether a text of {@code units} (thousandths of the font size) fits {@code width} points at {@code size}. */
    private static boolean fits(float units, float size, float width) {
        return units / 1000 * size <= width;
    }

    /** A character's advance in thousandths of the font size. */
    @FunctionalInterface
    interface Advance {
        float of(char c) throws IOException;
    }

    /** Each character's advance width in a font, looked up once. */
    private static final class GlyphWidths {
        private final Advance advance;
        private final Map<Character, Float> widths = new java.util.HashMap<>();

        GlyphWidths(Advance advance) {
            this.advance = advance;
        }

        float of(char c) throws IOException {
            Float known = widths.get(c);
            if (known == null) {
                known = advance.of(c);
                widths.put(c, known);
            }
            return known;
        }
    }

    /**
     * The inputs table below {@code top}, its groups in two columns of about equal height, shown if {@code draw};
     * returns its height.
     */
    private float inputs(Scenario s, float x, float top, boolean draw) throws IOException {
        List<TableGroup> groups = inputRows(s);
        int split = 1;
        for (int k = 1; k < groups.size(); k++) {
            if (Math.max(height(groups.subList(0, k)), height(groups.subList(k, groups.size())))
                    < Math.max(height(groups.subList(0, split)), height(groups.subList(split, groups.size())))) {
                split = k;
            }
        }
        float tableHeight = 11 + Math.max(height(groups.subList(0, split)),
                height(groups.subList(split, groups.size()))) + 3;
        if (draw) {
            show("Inputs", true, 11, x, top - 11, INK);
            float columnWidth = (SIDE_WIDTH - TABLE_GAP) / 2;
            group(groups.subList(0, split), x, top - 11, columnWidth);
            group(groups.subList(split, groups.size()), x + columnWidth + TABLE_GAP, top - 11, columnWidth);
        }
        return tableHeight;
    }

    private static float height(List<TableGroup> groups) {
        return (float) groups.stream()
                .mapToDouble(g -> TABLE_SIZE * LEADING + 5 + g.rows().size() * TABLE_SIZE * LEADING).sum();
    }

    /** Shows groups of rows, each under its heading, as one column of the table. */
    private void group(List<TableGroup> groups, float x, float top, float width) throws IOException {
        float y = top;
        for (TableGroup g : groups) {
            y -= TABLE_SIZE * LEADING + 5;
            show(fonts.printable(g.title(), true), true, TABLE_SIZE, x, y, INK);
            for (Map.Entry<String, String> row : g.rows()) {
                y -= TABLE_SIZE * LEADING;
                String label = fonts.printable(row.getKey(), false);
                String value = fonts.printable(row.getValue(), false);
                float room = width - 8 - fonts.width(label, false, TABLE_SIZE) - 6;
                float valueSize = Math.min(TABLE_SIZE, TABLE_SIZE * room / fonts.width(value, false, TABLE_SIZE));
                show(label, false, TABLE_SIZE, x + 8, y, MUTED);
                show(value, false, valueSize, x + width - fonts.width(value, false, valueSize), y, INK);
            }
        }
    }

    /**
     * Every field the scenario uses, section by section in file order, labelled as the window labels it: an optional
     * section only when the scenario has it, a version-4 input only when in use ({@link Input#usedIn}).
     */
    static List<TableGroup> inputRows(Scenario s) {
        List<TableGroup> groups = new ArrayList<>();
        for (Section section : Section.values()) {
            if (!s.has(section)) {
                continue;
            }
            List<Map.Entry<String, String>> rows = new ArrayList<>();
            for (Field f : section.fields()) {
                if (f instanceof Input i && !i.usedIn(s)) {
                    continue;
                }
                if (f instanceof Input i) {
                    rows.add(Map.entry(i.label(), Units.grouped(i.of(s))));
                } else {
                    Choice c = (Choice) f;
                    rows.add(Map.entry(c.label(), Choice.display(c.idOf(s))));
                }
            }
            groups.add(new TableGroup(section.title(), rows));
        }
        return groups;
    }

    /** A heading of the inputs table and its rows, label to value. */
    record TableGroup(String title, List<Map.Entry<String, String>> rows) {
    }

    private void show(String printable, boolean bold, float size, float x, float y, Color color)
            throws IOException {
        fonts.show(cs, printable, bold, size, x, y, color);
    }

    /** Paints a chart into a Graphics2D of the given size. */
    @FunctionalInterface
    private interface Painting {
        void paint(Graphics2D g, float width, float height);
    }

    private record Para(String text, boolean bold, float sizeDelta, float indent, boolean bullet, float spaceBefore) {
    }
}
