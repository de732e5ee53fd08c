package crossover.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A chart's legend: a swatch and a name per curve, left to right, on as many rows as the width needs; a name too
 * wide for a row of its own is shortened.
 */
final class Legend {

    private static final double SWATCH = 18;
    private static final double AFTER_SWATCH = 6;
    private static final double BETWEEN = 20;

    /** One entry where it goes: row 0 is the top one. */
    record Entry<T>(T item, String text, double x, int row, double width) {
    }

    /** How a curve looks, for its swatch. */
    record Style(Color line, BasicStroke stroke, Color text) {
    }

    private Legend() {
    }

    /** Lays out entries between {@code start} and {@code end}. */
    static <T> List<Entry<T>> layout(List<T> items, Function<T, String> name, FontMetrics fm, double start,
                                     double end) {
        List<Entry<T>> entries = new ArrayList<>();
        double x = start;
        int row = 0;
        for (T item : items) {
            String text = Labels.shorten(fm, name.apply(item), Math.max(0, end - start - SWATCH - AFTER_SWATCH));
            double w = SWATCH + AFTER_SWATCH + fm.stringWidth(text);
            if (x > start && x + w > end) {
                row++;
                x = start;
            }
            entries.add(new Entry<>(item, text, x, row, w));
            x += w + BETWEEN;
        }
        return entries;
    }

    /** How many rows the entries take. */
    static int rows(List<? extends Entry<?>> entries) {
        return entries.stream().mapToInt(Entry::row).max().orElse(0) + 1;
    }

    /** Draws the entries in the current font, rows {@code rowHeight} apart from {@code baseline}, as labels. */
    static <T> void draw(Graphics2D g, List<Entry<T>> entries, double baseline, double rowHeight,
                         Function<T, Style> style, Labels labels) {
        FontMetrics fm = g.getFontMetrics();
        for (Entry<T> e : entries) {
            double y = baseline + e.row() * rowHeight;
            Rectangle2D box = new Rectangle2D.Double(e.x(), y - fm.getAscent(), e.width(),
                    fm.getAscent() + fm.getDescent());
            if (!labels.fits(box)) {
                continue;
            }
            Style s = style.apply(e.item());
            g.setColor(s.line());
            g.setStroke(s.stroke());
            g.draw(new Line2D.Double(e.x(), y - 4, e.x() + SWATCH, y - 4));
            g.setColor(s.text());
            g.drawString(e.text(), (float) (e.x() + SWATCH + AFTER_SWATCH), (float) y);
            labels.add(e.text(), box);
        }
    }
}
