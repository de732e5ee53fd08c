package crossover.export;

import crossover.chart.ChartPainter;
import crossover.chart.ChartSpec;
import crossover.chart.ChartTheme;
import crossover.chart.TimelinePainter;
import crossover.chart.TimelineSpec;
import java.awt.Graphics2D;
import java.util.OptionalDouble;

/** A chart that can draw itself at a size in a theme: the cost curves or the timeline, through their painters. */
@FunctionalInterface
public interface Drawing {

    void draw(Graphics2D g, ChartTheme theme, double width, double height);

    /** The cost curves, as on screen. */
    static Drawing of(ChartSpec spec) {
        return (g, theme, w, h) -> new ChartPainter().paint(g, spec, theme, w, h, OptionalDouble.empty());
    }

    /** The sensitivity tornado, as on screen. */
    static Drawing of(crossover.chart.TornadoSpec spec) {
        return (g, theme, w, h) -> new crossover.chart.TornadoPainter().paint(g, spec, theme, w, h);
    }

    /** The cheapest-setup scatter, as on screen. */
    static Drawing of(crossover.chart.SetupChartSpec spec) {
        return (g, theme, w, h) -> new crossover.chart.SetupPainter().paint(g, spec, theme, w, h);
    }

    /** The timeline: cash per month and cumulative, as on screen. */
    static Drawing of(TimelineSpec spec) {
        return (g, theme, w, h) -> new TimelinePainter().paint(g, spec, theme, w, h);
    }
}
