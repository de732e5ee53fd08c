package crossover.chart;

import java.awt.Graphics2D;
import java.util.List;

/**
 * A painter of one kind of chart that places its labels through {@link Labels}, so that it can also say where they
 * go. The timeline and the tornado are such painters; the cost chart, painted in layers, has its own.
 *
 * @param <S> what the chart shows
 */
public abstract class SpecPainter<S> {

    /** Paints the chart into {@code width × height}. */
    public void paint(Graphics2D g, S spec, ChartTheme theme, double width, double height) {
        paint(g, spec, theme, width, height, new Labels(width, height));
    }

    /** The labels this painter draws for a chart of this size, measured with the fonts of {@code g}. */
    public List<LabelBox> labelBoxes(Graphics2D g, S spec, double width, double height) {
        Labels labels = new Labels(width, height);
        paint(g, spec, ChartTheme.LIGHT, width, height, labels);
        return labels.boxes();
    }

    /** The labels this painter draws for a chart of this size, as an image export would draw them. */
    public List<LabelBox> labelBoxes(S spec, double width, double height) {
        return Labels.offscreen(width, height, g -> labelBoxes(g, spec, width, height));
    }

    abstract void paint(Graphics2D g, S spec, ChartTheme theme, double width, double height, Labels labels);
}
