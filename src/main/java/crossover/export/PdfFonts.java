package crossover.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's fonts, embedded as subsets of the glyphs it uses: DejaVu Sans (Latin, Greek, Cyrillic, the symbols
 * of the app's sentences) in regular and bold, and Droid Sans Fallback for the Chinese, Japanese and Korean letters
 * DejaVu lacks, loaded only when a text needs it. A character no font has prints as a question mark.
 */
final class PdfFonts {

    private static final String FOLDER = "/crossover/fonts/";
    private static final String REGULAR = "DejaVuSans.ttf";
    private static final String BOLD = "DejaVuSans-Bold.ttf";
    private static final String FALLBACK = "DroidSansFallback.ttf";

    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    private Face fallback;

    PdfFonts(PDDocument doc) throws IOException {
        this.doc = doc;
        regular = load(REGULAR);
        bold = load(BOLD);
    }

    /** Text as the report prints it: each white space a space, each character no font has a question mark. */
    String printable(String s, boolean isBold) throws IOException {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            // A no-break space is not white space here: it stays, and the line does not break at it.
            if (Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (Character.isBmpCodePoint(cp) && !Character.isISOControl(cp) && face(cp, isBold) != null) {
                b.append((char) cp);
            } else {
                // Beyond the Basic Multilingual Plane (emoji, rare ideographs) neither font has glyphs.
                b.append('?');
            }
        }
        return b.toString();
    }

    /** A printable character's advance in thousandths of the font size. */
    float units(char c, boolean isBold) throws IOException {
        Face f = face(c, isBold);
        return f == null ? 0 : f.units(c);
    }

    /** A printable text's width in points at {@code size}. */
    float width(String s, boolean isBold, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < s.length(); i++) {
            units += units(s.charAt(i), isBold);
        }
        return units / 1000 * size;
    }

    /** Shows a printable text with its baseline starting at ({@code x}, {@code y}), each run in the font that has it. */
    void show(PDPageContentStream cs, String s, boolean isBold, float size, float x, float y, Color color)
            throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        for (Run run : runs(s, isBold)) {
            cs.setFont(run.face().font, size);
            cs.showText(run.text());
        }
        cs.endText();
    }

    private List<Run> runs(String s, boolean isBold) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Face current = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Face f = face(c, isBold);
            if (f == null) {
                continue;
            }
            if (f != current && !text.isEmpty()) {
                runs.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = f;
            text.append(c);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(current, text.toString()));
        }
        return runs;
    }

    /** The font that shows a character in this weight: DejaVu Sans of the weight, else the fallback, else none. */
    private Face face(int cp, boolean isBold) throws IOException {
        Face primary = isBold ? bold : regular;
        if (primary.has(cp)) {
            return primary;
        }
        if (fallback == null) {
            fallback = load(FALLBACK);
        }
        return fallback.has(cp) ? fallback : null;
    }

    private Face load(String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing from the application");
            }
            PDType0Font font = PDType0Font.load(doc, in, true);
            TrueTypeFont ttf = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
            return new Face(font, ttf.getUnicodeCmapLookup());
        }
    }

    private record Run(Face face, String text) {
    }

    /** One embedded font, its character map and the advances looked up so far. */
    private static final class Face {
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final Map<Character, Float> advances = new HashMap<>();

        Face(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
        }

        boolean has(int cp) {
            return cmap.getGlyphId(cp) > 0;
        }

        float units(char c) {
            return advances.computeIfAbsent(c, k -> {
                try {
                    return font.getStringWidth(String.valueOf(k));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
