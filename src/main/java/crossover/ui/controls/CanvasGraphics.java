package crossover.ui.controls;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import org.jfree.fx.FXFontMetrics;
import org.jfree.fx.FXGraphics2D;

/**
 * The charts' {@link java.awt.Graphics2D} on a JavaFX canvas: FXGraphics2D with font metrics for the font asked
 * for. FXGraphics2D 2.1.5 answers {@code getFontMetrics(font)} with the metrics of the font currently set, so a
 * label measured in one font before drawing in another was measured wrong (an 11 px tick label as 12 px).
 */
public final class CanvasGraphics extends FXGraphics2D {

    private final Map<Font, FontMetrics> metrics = new HashMap<>();

    public CanvasGraphics(Canvas canvas) {
        super(canvas.getGraphicsContext2D());
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return metrics.computeIfAbsent(font, f -> new FXFontMetrics(f, this));
    }
}
