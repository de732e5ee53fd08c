package crossover.ui.controls;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import org.jfree.fx.FXFontMetrics;
import org.jfree.fx.FXGraphics2D;

/**
 * The charts' {@link java.awt.Graphics2D} on a JavaFX canvas: FXGraphics2D with font metrics for the font asked
 * for, which remember the strings they measured. FXGraphics2D 2.1.5 answers {@code getFontMetrics(font)} with the
 * metrics of the font currently set, so a label measured in one font before drawing in another was measured wrong
 * (an 11 px tick label as 12 px); and it measures each string with a new JavaFX text node, while a chart measures
 * the same tick labels and sentences on every repaint.
 */
public final class CanvasGraphics extends FXGraphics2D {

    private final Map<Font, FontMetrics> metrics = new HashMap<>();

    public CanvasGraphics(Canvas canvas) {
        super(canvas.getGraphicsContext2D());
        // FXGraphics2D starts with SansSerif 12 without giving it to the canvas, and skips a font equal to the one
        // it has: a chart whose first text was in SansSerif 12 was measured in it and drawn in JavaFX's default.
        Font start = getFont();
        canvas.getGraphicsContext2D().setFont(javafx.scene.text.Font.font(start.getName(),
                start.isBold() ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                start.isItalic() ? javafx.scene.text.FontPosture.ITALIC : javafx.scene.text.FontPosture.REGULAR,
                start.getSize()));
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return metrics.computeIfAbsent(font, f -> new Remembering(f, this));
    }

    /** Metrics that measure a string once: a chart's labels repeat from one repaint to the next. */
    private static final class Remembering extends FXFontMetrics {

        private static final long serialVersionUID = 1L;
        /** Enough for every label of a few charts; beyond it the memory starts again. */
        private static final int MAX_STRINGS = 4096;
        private final transient Map<String, Rectangle2D> bounds = new HashMap<>();

        Remembering(Font font, java.awt.Graphics2D g) {
            super(font, g);
        }

        @Override
        public Rectangle2D getStringBounds(String text, Graphics g) {
            Rectangle2D known = bounds.get(text);
            if (known == null) {
                if (bounds.size() >= MAX_STRINGS) {
                    bounds.clear();
                }
                known = super.getStringBounds(text, g);
                bounds.put(text, known);
            }
            return (Rectangle2D) known.clone();
        }
    }
}
