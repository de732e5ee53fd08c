package crossover.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link TornadoSpec}: one horizontal bar per input from D at 0.8× to D at 1.2× around the scenario's D,
 * each end labelled with its factor. Left of $0 self-hosting is cheaper over the horizon, right of it the API, and
 * the bars take the colour of the side of $0 they lie on.
 */
public final class TornadoPainter extends SpecPainter<TornadoSpec> {

    private static final double RIGHT = 16;
    private static final double TOP = 44;
    private static final double BOTTOM = 44;
    private static final String LOW = "0.8×";
    private static final String HIGH = "1.2×";

    private final Font tick = new ChartFont(Font.PLAIN, 11);

    @Override
    void paint(Graphics2D g, TornadoSpec spec, ChartTheme theme, double width, double height, Labels labels) {
        ChartPainter.hints(g);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double plotHeight = Math.max(40, height - TOP - BOTTOM);
        // In a short chart the inputs that move D least, those that do not move it first, give way to one line
        // saying how many there are.
        Font label = new ChartFont(Font.PLAIN, plotHeight / Math.max(1, spec.rows().size()) >= 20 ? 12 : 11);
        FontMetrics lm = g.getFontMetrics(label);
        int fit = Math.max(2, (int) Math.floor(plotHeight / (lm.getHeight() + 2)));
        List<TornadoSpec.Bar> moving = spec.rows().stream()
                .filter(b -> b.reason().isPresent() || b.high() != b.low()).toList();
        List<TornadoSpec.Bar> rows = spec.rows().size() <= fit ? spec.rows()
                : moving.subList(0, Math.min(moving.size(), fit - 1));
        int hidden = spec.rows().size() - rows.size();
        double rowHeight = plotHeight / Math.max(1, rows.size() + (hidden > 0 ? 1 : 0));
        double widest = rows.stream().mapToDouble(b -> lm.stringWidth(b.label())).max().orElse(0);
        double left = Math.max(90, Math.min(widest + 20, width * 0.38));
        Rectangle2D p = new Rectangle2D.Double(left, TOP, Math.max(40, width - left - RIGHT), plotHeight);

        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        Scale x = scale(spec, p, fm.stringWidth(HIGH) + 10);
        g.setColor(theme.plotBackground());
        g.fill(p);
        g.setStroke(new BasicStroke(1f));
        for (double v : x.majorTicks()) {
            double px = x.toPixel(v);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
            String s = (v < 0 ? "−" : "") + ChartPainter.money(Math.abs(v));
            double tx = px - fm.stringWidth(s) / 2.0;
            if (labels.fits(Labels.textBox(fm, s, tx, p.getMaxY() + 15))) {
                labels.text(g, s, tx, p.getMaxY() + 15, theme.text());
            }
        }
        double zero = x.toPixel(0);
        sides(g, zero, p, theme, labels, width);
        for (String title : List.of("Self-hosted minus API over " + spec.months() + " months, each input at 0.8× and "
                        + "1.2× its value, the rest fixed",
                "Self-hosted minus API over " + spec.months() + " months, each input at 0.8× and 1.2×",
                "Self-hosted − API, inputs at 0.8× and 1.2×")) {
            if (labels.fits(Labels.textBox(fm, title, 8, 18))) {
                labels.text(g, title, 8, 18, theme.mutedText());
                break;
            }
        }

        double barHeight = Math.min(22, rowHeight * 0.62);
        double base = x.toPixel(spec.base());
        for (int i = 0; i < rows.size(); i++) {
            TornadoSpec.Bar b = rows.get(i);
            double cy = p.getMinY() + rowHeight * (i + 0.5);
            if (b.reason().isEmpty()) {
                bars(g, labels, b, x, base, zero, cy, barHeight, p, theme);
            }
            g.setFont(label);
            String name = Labels.shorten(lm, b.label(), left - 14);
            double lx = p.getMinX() - 10 - lm.stringWidth(name);
            double baseline = cy + (lm.getAscent() - lm.getDescent()) / 2.0;
            if (labels.fits(Labels.textBox(lm, name, lx, baseline))) {
                labels.text(g, name, lx, baseline, theme.text());
            }
            g.setFont(tick);
        }
        String more = null;
        Rectangle2D moreBox = null;
        if (hidden > 0) {
            more = Labels.shorten(fm, hidden + (hidden == 1 ? " more input moves" : " more inputs move")
                    + " it less; a taller chart shows " + (hidden == 1 ? "it" : "them"), p.getWidth() - 16);
            double baseline = p.getMinY() + rowHeight * (rows.size() + 0.5) + (fm.getAscent() - fm.getDescent()) / 2.0;
            moreBox = Labels.textBox(fm, more, p.getMinX() + 8, baseline);
            if (labels.fits(moreBox, p)) {
                labels.add(more, moreBox);
            } else {
                more = null;
            }
        }
        g.setColor(theme.today());
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Double(base, p.getMinY(), base, p.getMaxY()));
        String baseLabel = "Base case";
        double bx = base - fm.stringWidth(baseLabel) / 2.0;
        if (labels.fits(Labels.textBox(fm, baseLabel, bx, p.getMinY() - 6))) {
            labels.text(g, baseLabel, bx, p.getMinY() - 6, theme.today());
        }
        if (zero >= p.getMinX() && zero <= p.getMaxX()) {
            g.setColor(theme.breakEven());
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
            g.draw(new Line2D.Double(zero, p.getMinY(), zero, p.getMaxY()));
        }
        // The note on hidden rows and a row without values are written over the lines on a patch of the plot's
        // colour: at 1024 × 700 the base-case line ran through the note's words.
        if (more != null) {
            g.setFont(tick);
            g.setColor(theme.plotBackground());
            g.fill(new Rectangle2D.Double(moreBox.getMinX() - 3, moreBox.getMinY(), moreBox.getWidth() + 6,
                    moreBox.getHeight()));
            g.setColor(theme.mutedText());
            g.drawString(more, (float) moreBox.getMinX(), (float) (moreBox.getMinY() + fm.getAscent()));
        }
        g.setFont(label);
        for (int i = 0; i < rows.size(); i++) {
            TornadoSpec.Bar b = rows.get(i);
            if (b.reason().isPresent()) {
                double cy = p.getMinY() + rowHeight * (i + 0.5);
                String why = Labels.shorten(lm, b.reason().get(), p.getWidth() - 12);
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

    /** A row's two bars from the base case to D at 0.8× and at 1.2×, each end labelled with its factor. */
    private void bars(Graphics2D g, Labels labels, TornadoSpec.Bar b, Scale x, double base, double zero, double cy,
                      double barHeight, Rectangle2D p, ChartTheme theme) {
        double low = x.toPixel(b.low());
        double high = x.toPixel(b.high());
        // The longer bar first, so the shorter one's end shows on top of it when both lie on one side.
        boolean lowFirst = Math.abs(low - base) >= Math.abs(high - base);
        bar(g, base, lowFirst ? low : high, cy, barHeight, zero, theme);
        bar(g, base, lowFirst ? high : low, cy, barHeight, zero, theme);
        double inner = lowFirst ? high : low;
        if (Math.signum(low - base) == Math.signum(high - base) && Math.abs(inner - base) >= 1) {
            g.setColor(theme.plotBackground());
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(inner, cy - barHeight / 2, inner, cy + barHeight / 2));
        }
        Rectangle2D row = new Rectangle2D.Double(p.getMinX(), cy - barHeight / 2, p.getWidth(), barHeight);
        List<Rectangle2D> bars = List.of(span(base, low, row), span(base, high, row));
        if (Math.abs(low - base) < 1 && Math.abs(high - base) < 1) {
            endLabel(g, labels, "no effect", base, base, cy, p, List.of(), theme);
        } else {
            endLabel(g, labels, lowFirst ? LOW : HIGH, lowFirst ? low : high, base, cy, p, bars, theme);
            endLabel(g, labels, lowFirst ? HIGH : LOW, inner, base, cy, p, bars, theme);
        }
    }

    /**
     * The value axis, leaving {@code pad} pixels beyond the outermost bar ends for their factor labels.
     */
    private static Scale scale(TornadoSpec spec, Rectangle2D p, double pad) {
        double lo = Math.min(0, spec.base());
        double hi = Math.max(0, spec.base());
        for (TornadoSpec.Bar b : spec.rows()) {
            if (b.reason().isPresent()) {
                continue;
            }
            lo = Math.min(lo, Math.min(b.low(), b.high()));
            hi = Math.max(hi, Math.max(b.low(), b.high()));
        }
        if (hi - lo < 1) {
            lo -= 1;
            hi += 1;
        }
        double usable = Math.max(10, p.getWidth() - 2 * pad);
        double perPixel = (hi - lo) / usable;
        return new Scale(lo - pad * perPixel, hi + pad * perPixel, false, p.getMinX(), p.getMaxX());
    }

    /** Under the axis, either side of $0: which option each side favours, in its colour. */
    private void sides(Graphics2D g, double zero, Rectangle2D p, ChartTheme theme, Labels labels, double width) {
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        double baseline = p.getMaxY() + 34;
        String left = "← self-hosting cheaper";
        String right = "the API cheaper →";
        double z = Math.max(p.getMinX(), Math.min(p.getMaxX(), zero));
        double lx = Math.max(4, z - 8 - fm.stringWidth(left));
        double rx = Math.min(width - 4 - fm.stringWidth(right), z + 8);
        if (z > p.getMinX() + 20 && labels.fits(Labels.textBox(fm, left, lx, baseline))) {
            labels.text(g, left, lx, baseline, theme.selfHosted());
        }
        if (z < p.getMaxX() - 20 && labels.fits(Labels.textBox(fm, right, rx, baseline))) {
            labels.text(g, right, rx, baseline, theme.api());
        }
    }

    /** The factor at a bar's end, beyond it, where it keeps off the row's bars and other labels. */
    private void endLabel(Graphics2D g, Labels labels, String factor, double end, double base, double cy,
                          Rectangle2D p, List<Rectangle2D> bars, ChartTheme theme) {
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(factor);
        double x = end >= base ? end + 4 : end - 4 - w;
        double baseline = cy + (fm.getAscent() - fm.getDescent()) / 2.0;
        Rectangle2D box = Labels.textBox(fm, factor, x, baseline);
        if (labels.fits(box, p) && bars.stream().noneMatch(b -> b.intersects(box))) {
            labels.text(g, factor, x, baseline, theme.mutedText());
        }
    }

    private static Rectangle2D span(double from, double to, Rectangle2D row) {
        return new Rectangle2D.Double(Math.min(from, to), row.getY(), Math.abs(to - from), row.getHeight());
    }


    /** A bar from the base to an end, in self-hosting's colour left of $0 and the API's right of it. */
    private static void bar(Graphics2D g, double from, double to, double cy, double h, double zero, ChartTheme theme) {
        double x0 = Math.min(from, to);
        double x1 = Math.max(from, to);
        if (x1 - x0 < 1) {
            double mid = (x0 + x1) / 2;
            x0 = mid - 0.5;
            x1 = mid + 0.5;
        }
        List<double[]> parts = new ArrayList<>();
        if (x0 < zero) {
            parts.add(new double[] {x0, Math.min(x1, zero), 0});
        }
        if (x1 > zero) {
            parts.add(new double[] {Math.max(x0, zero), x1, 1});
        }
        for (double[] part : parts) {
            g.setColor(part[2] == 0 ? theme.selfHosted() : theme.api());
            g.fill(new Rectangle2D.Double(part[0], cy - h / 2, part[1] - part[0], h));
        }
    }
}
