package crossover.chart;

import java.awt.geom.Rectangle2D;

/**
 * A label a painter drew: its text and the rectangle it covers (its background included), in chart pixels.
 *
 * @param text what it says
 * @param box  where it is
 */
public record LabelBox(String text, Rectangle2D box) {
}
