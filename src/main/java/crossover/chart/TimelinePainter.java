package crossover.chart;

import crossover.model.Option;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Map;

/**
 * Draws a {@link TimelineSpec} on any Graphics2D: monthly cash per option on top, cumulative cash below with
 * each payback month marked, and the month the cheapest option changes across both. Shared by the window and
 * the exports, like {@link ChartPainter}.
 */
public final class TimelinePainter {

    private static final double LEFT = 70;
    private static final double RIGHT = 24;
    private static final double TOP = 34;
    private static final double GAP = 44;
    private static final double BOTTOM = 40;

    private final Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final Font label = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    public void paint(Graphics2D g, TimelineSpec spec, ChartTheme theme, double width, double height) {
        ChartPainter.hints(g);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double plotHeight = Math.max(40, (height - TOP - GAP - BOTTOM) / 2);
        Rectangle2D top = new Rectangle2D.Double(LEFT, TOP, Math.max(40, width - LEFT - RIGHT), plotHeight);
        Rectangle2D bottom = new Rectangle2D.Double(LEFT, TOP + plotHeight + GAP, top.getWidth(), plotHeight);
        panel(g, spec, theme, top, false, "Cash per month");
        panel(g, spec, theme, bottom, true, "Cumulative cash");
        legend(g, spec, theme, top);
    }

    /** Only the cumulative panel, filling the area: for the PDF report. */
    public void paintCumulative(Graphics2D g, TimelineSpec spec, ChartTheme theme, double width, double height) {
        ChartPainter.hints(g);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        Rectangle2D plot = new Rectangle2D.Double(LEFT, TOP, Math.max(40, width - LEFT - RIGHT),
                Math.max(40, height - TOP - BOTTOM));
        panel(g, spec, theme, plot, true, "Cumulative cash");
        legend(g, spec, theme, plot);
    }

    private void panel(Graphics2D g, TimelineSpec spec, ChartTheme theme, Rectangle2D p, boolean cumulative,
                       String title) {
        double max = spec.series().stream().flatMapToDouble(s -> Arrays.stream(cumulative ? s.cumulative() : s.monthly()))
                .max().orElse(1);
        double step = Scale.niceStep(Math.max(max, 1e-9) / 5);
        Scale y = new Scale(0, Math.ceil(max * 1.05 / step) * step, false, p.getMaxY(), p.getMinY());
        Scale x = new Scale(0.5, spec.months() + 0.5, false, p.getMinX(), p.getMaxX());
        g.setColor(theme.plotBackground());
        g.fill(p);
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double v : y.majorTicks()) {
            double py = y.toPixel(v);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(p.getMinX(), py, p.getMaxX(), py));
            g.setColor(theme.text());
            String s = ChartPainter.money(v);
            g.drawString(s, (float) (p.getMinX() - 6 - fm.stringWidth(s)), (float) (py + 4));
        }
        int every = Math.max(1, (int) Math.ceil(spec.months() / (p.getWidth() / 40)));
        for (int m = 1; m <= spec.months(); m += every) {
            String s = Integer.toString(m);
            g.setColor(theme.mutedText());
            g.drawString(s, (float) (x.toPixel(m) - fm.stringWidth(s) / 2.0), (float) (p.getMaxY() + 14));
        }
        g.setColor(theme.mutedText());
        g.drawString(title + (cumulative ? "  (month)" : ""), (float) p.getMinX(), (float) (p.getMinY() - 6));
        spec.switchMonth().ifPresent(m -> {
            double px = x.toPixel(m - 0.5);
            g.setColor(theme.breakEven());
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
            if (!cumulative) {
                tag(g, spec.switchNote().orElse(""), px, p.getMinY() + 6, p, theme.breakEven());
            }
        });
        for (TimelineSpec.Series s : spec.series()) {
            double[] values = cumulative ? s.cumulative() : s.monthly();
            Path2D path = new Path2D.Double();
            for (int i = 0; i < values.length; i++) {
                double py = y.toPixel(values[i]);
                if (cumulative) {
                    if (i == 0) {
                        path.moveTo(x.toPixel(1), py);
                    } else {
                        path.lineTo(x.toPixel(i + 1), py);
                    }
                } else {
                    if (i == 0) {
                        path.moveTo(x.toPixel(0.5), py);
                    } else {
                        path.lineTo(x.toPixel(i + 0.5), py);
                    }
                    path.lineTo(x.toPixel(i + 1.5), py);
                }
            }
            g.setColor(theme.of(s.option()));
            g.setStroke(new BasicStroke(s.recommended() ? 3f : 1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
        purchases(g, spec, theme, p, x, cumulative);
        if (cumulative) {
            int row = 0;
            for (Map.Entry<Option, Integer> e : spec.payback().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue()).toList()) {
                double px = x.toPixel(e.getValue());
                g.setColor(theme.of(e.getKey()));
                g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0));
                g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
                tag(g, e.getKey().label() + " pays back in month " + e.getValue(), px,
                        p.getMinY() + 6 + row++ * 20, p, theme.of(e.getKey()));
            }
        }
        g.setColor(theme.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(p);
    }

    /**
     * The months owned GPUs are bought: a triangle on the panel's floor under each, and on the monthly panel the
     * first one named, since a purchase is what makes that month's cash jump.
     */
    private void purchases(Graphics2D g, TimelineSpec spec, ChartTheme theme, Rectangle2D p, Scale x,
                           boolean cumulative) {
        if (spec.purchases().isEmpty()) {
            return;
        }
        java.awt.Color color = theme.of(Option.ON_PREM);
        g.setColor(color);
        for (int month : spec.purchases().keySet()) {
            double px = x.toPixel(month);
            Path2D triangle = new Path2D.Double();
            triangle.moveTo(px, p.getMaxY() - 8);
            triangle.lineTo(px - 5, p.getMaxY());
            triangle.lineTo(px + 5, p.getMaxY());
            triangle.closePath();
            g.fill(triangle);
        }
        if (!cumulative) {
            Map.Entry<Integer, Double> first = spec.purchases().entrySet().stream()
                    .min(Map.Entry.comparingByKey()).orElseThrow();
            double gpus = first.getValue();
            String text = "Buys " + (gpus == Math.rint(gpus) ? Long.toString((long) gpus) : Double.toString(gpus))
                    + (gpus == 1 ? " GPU" : " GPUs") + " in month " + first.getKey()
                    + (spec.purchases().size() > 1 ? " (each purchase marked below)" : "");
            tag(g, text, x.toPixel(first.getKey()), p.getMinY() + 28, p, color);
        }
    }

    private void tag(Graphics2D g, String text, double px, double y, Rectangle2D p, java.awt.Color color) {
        g.setFont(label);
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text) + 10;
        double lx = px + 6 + w <= p.getMaxX() ? px + 6 : Math.max(p.getMinX(), px - 6 - w);
        g.setColor(new java.awt.Color(color.getRed(), color.getGreen(), color.getBlue(), 30));
        g.fill(new java.awt.geom.RoundRectangle2D.Double(lx, y, w, fm.getHeight() + 2, 8, 8));
        g.setColor(color);
        g.drawString(text, (float) (lx + 5), (float) (y + fm.getAscent() + 1));
        g.setFont(tick);
    }

    private void legend(Graphics2D g, TimelineSpec spec, ChartTheme theme, Rectangle2D plot) {
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        // After the longest panel title, so the legend never runs into it; on two rows when one is too narrow.
        double start = plot.getMinX() + fm.stringWidth("Cumulative cash  (month)") + 30;
        double[] xs = new double[spec.series().size()];
        int[] rows = new int[xs.length];
        double lx = start;
        for (int i = 0; i < xs.length; i++) {
            double width = 22 + fm.stringWidth(legendText(spec.series().get(i)));
            if (lx > start && lx + width > plot.getMaxX()) {
                lx = start;
                rows[i] = rows[i - 1] + 1;
            } else {
                rows[i] = i == 0 ? 0 : rows[i - 1];
            }
            xs[i] = lx;
            lx += width + 18;
        }
        boolean twoRows = rows[rows.length - 1] > 0;
        for (int i = 0; i < xs.length; i++) {
            TimelineSpec.Series s = spec.series().get(i);
            double ly = twoRows ? 9 + 14 * rows[i] : 16;
            g.setColor(theme.of(s.option()));
            g.setStroke(new BasicStroke(s.recommended() ? 3f : 1.8f));
            g.draw(new Line2D.Double(xs[i], ly, xs[i] + 16, ly));
            g.setColor(theme.text());
            g.drawString(legendText(s), (float) (xs[i] + 22), (float) (ly + 4));
        }
    }

    private static String legendText(TimelineSpec.Series s) {
        return s.option().label() + (s.recommended() ? " (recommended)" : "");
    }
}
