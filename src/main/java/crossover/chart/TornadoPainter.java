package crossover.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link TornadoSpec}: one horizontal bar per input from D at 0.8× to D at 1.2× around the scenario's D.
 * Left of zero self-hosting is cheaper over the horizon, right of it the API; the bar's colour says which way the
 * input pushes.
 */
public final class TornadoPainter {

    private static final double LEFT = 190;
    private static final double RIGHT = 30;
    private static final double TOP = 44;
    private static final double BOTTOM = 44;

    private final Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    public void paint(Graphics2D g, TornadoSpec spec, ChartTheme theme, double width, double height) {
        ChartPainter.hints(g);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        Rectangle2D p = new Rectangle2D.Double(LEFT, TOP, Math.max(40, width - LEFT - RIGHT),
                Math.max(40, height - TOP - BOTTOM));
        double lo = Math.min(0, spec.base());
        double hi = Math.max(0, spec.base());
        for (TornadoSpec.Bar b : spec.rows()) {
            if (b.reason().isPresent()) {
                continue;
            }
            lo = Math.min(lo, Math.min(b.low(), b.high()));
            hi = Math.max(hi, Math.max(b.low(), b.high()));
        }
        double pad = Math.max(1, (hi - lo) * 0.06);
        Scale x = new Scale(lo - pad, hi + pad, false, p.getMinX(), p.getMaxX());
        g.setColor(theme.plotBackground());
        g.fill(p);
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double v : x.majorTicks()) {
            double px = x.toPixel(v);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
            String s = (v < 0 ? "−" : "") + ChartPainter.money(Math.abs(v));
            g.setColor(theme.text());
            g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (p.getMaxY() + 15));
        }
        g.setColor(theme.mutedText());
        String title = "Self-hosted minus API over " + spec.months() + " months: left, self-hosting is cheaper; right, the API";
        g.drawString(title, (float) (p.getCenterX() - fm.stringWidth(title) / 2.0), (float) (p.getMaxY() + 34));
        g.drawString("Each input at 0.8× and 1.2× its value, the rest fixed", (float) p.getMinX(), (float) (TOP - 22));

        int n = Math.max(1, spec.rows().size());
        double rowHeight = p.getHeight() / n;
        double barHeight = Math.min(22, rowHeight * 0.62);
        g.setFont(label);
        FontMetrics lm = g.getFontMetrics();
        for (int i = 0; i < spec.rows().size(); i++) {
            TornadoSpec.Bar b = spec.rows().get(i);
            double cy = p.getMinY() + rowHeight * (i + 0.5);
            double base = x.toPixel(spec.base());
            if (b.reason().isEmpty()) {
                bar(g, base, x.toPixel(b.low()), cy, barHeight, shade(theme, b.low() < spec.base()));
                bar(g, base, x.toPixel(b.high()), cy, barHeight, shade(theme, b.high() < spec.base()));
            }
            g.setColor(theme.text());
            g.drawString(b.label(), (float) (p.getMinX() - 10 - lm.stringWidth(b.label())), (float) (cy + lm.getAscent() / 2.0 - 2));
        }
        g.setColor(theme.today());
        g.setStroke(new BasicStroke(1.6f));
        double bx = x.toPixel(spec.base());
        g.draw(new Line2D.Double(bx, p.getMinY(), bx, p.getMaxY()));
        g.setColor(theme.breakEven());
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        double zero = x.toPixel(0);
        g.draw(new Line2D.Double(zero, p.getMinY(), zero, p.getMaxY()));
        // A row without values says why in place of its bar, over the lines so that they do not cross the words.
        g.setFont(label);
        for (int i = 0; i < spec.rows().size(); i++) {
            TornadoSpec.Bar b = spec.rows().get(i);
            if (b.reason().isPresent()) {
                double cy = p.getMinY() + rowHeight * (i + 0.5);
                String why = fitted(b.reason().get(), lm, p.getWidth() - 12);
                g.setColor(theme.plotBackground());
                g.fill(new Rectangle2D.Double(p.getMinX() + 2, cy - lm.getAscent() / 2.0 - 4,
                        lm.stringWidth(why) + 8, lm.getAscent() + 6));
                g.setColor(theme.mutedText());
                g.drawString(why, (float) (p.getMinX() + 6), (float) (cy + lm.getAscent() / 2.0 - 2));
            }
        }
        g.setColor(theme.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(p);
    }

    /** The text cut at a word to fit {@code width}, with "…" where it was cut. */
    static String fitted(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        // Cut by halving so that a sentence of any length is fitted in logarithmic time.
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fm.stringWidth(text.substring(0, mid) + "…") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', lo);
        return text.substring(0, space > lo / 2 ? space : lo).stripTrailing() + "…";
    }

    /** Self-hosting's colour where the input favours it, the API's where it favours the API. */
    private static Color shade(ChartTheme theme, boolean favoursSelfHosting) {
        return favoursSelfHosting ? theme.selfHosted() : theme.api();
    }

    private static void bar(Graphics2D g, double from, double to, double cy, double h, Color color) {
        double x0 = Math.min(from, to);
        double w = Math.max(1, Math.abs(to - from));
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x0, cy - h / 2, w, h));
    }
}
