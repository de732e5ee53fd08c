package crossover.chart;

import crossover.model.Option;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link SetupChartSpec}: horizon total against inter-token latency, one dot per setup and option in the
 * option's colour (hollow where it misses a target), the Pareto front as a staircase through the setups no other
 * beats on both, the best row and the current setup tagged, and the API's and the scenario's own totals as lines.
 */
public final class SetupPainter extends SpecPainter<SetupChartSpec> {

    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 30;
    private static final double BOTTOM = 58;

    private final Font tick = new ChartFont(Font.PLAIN, 11);
    private final Font tag = new ChartFont(Font.BOLD, 11);

    @Override
    void paint(Graphics2D g, SetupChartSpec spec, ChartTheme theme, double width, double height, Labels labels) {
        ChartPainter.hints(g);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        Rectangle2D p = new Rectangle2D.Double(LEFT, TOP, Math.max(40, width - LEFT - RIGHT),
                Math.max(40, height - TOP - BOTTOM));
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        title(g, spec, fm, theme, labels);
        g.setColor(theme.plotBackground());
        g.fill(p);
        if (spec.points().isEmpty()) {
            String none = "No setup holds the model.";
            labels.text(g, none, p.getCenterX() - fm.stringWidth(none) / 2.0, p.getCenterY(), theme.mutedText());
            frame(g, p, theme);
            return;
        }
        Scale x = xScale(spec, p);
        Scale y = yScale(spec, p);
        axes(g, x, y, p, fm, theme, labels);
        Stroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0);

        double target = x.toPixel(spec.itlTargetMs());
        boolean targetShown = target <= p.getMaxX();
        if (targetShown) {
            g.setColor(theme.mutedText());
            g.setStroke(dashed);
            g.draw(new Line2D.Double(target, p.getMinY(), target, p.getMaxY()));
        }
        String apiText = "API " + ChartPainter.money(spec.apiTotal()) + (spec.apiExcluded() ? " (excluded)" : "");
        double apiY = level(g, y, p, spec.apiTotal(), theme.api(), new BasicStroke(1.4f));
        double nowY = Double.NaN;
        if (spec.currentTotal().isPresent()) {
            nowY = level(g, y, p, spec.currentTotal().getAsDouble(), theme.today(), dashed);
        }

        front(g, spec, x, y, p, theme);
        for (SetupChartSpec.Point pt : spec.points()) {
            if (!pt.meetsTargets()) {
                dot(g, pt, x, y, theme);
            }
        }
        for (int i = spec.points().size() - 1; i >= 0; i--) {
            if (spec.points().get(i).meetsTargets()) {
                dot(g, spec.points().get(i), x, y, theme);
            }
        }
        // Words last, each on a veil, so that no dot hides them.
        if (targetShown) {
            String t = "ITL target " + Math.round(spec.itlTargetMs()) + " ms";
            double tx = Math.min(target + 4, p.getMaxX() - fm.stringWidth(t) - 4);
            veiled(g, labels, t, tx, p.getMinY() + 13, fm, p, theme.mutedText(), theme);
        }
        levelText(g, apiY, apiText, theme.api(), fm, p, labels, theme);
        if (spec.currentTotal().isPresent()) {
            double now = spec.currentTotal().getAsDouble();
            levelText(g, nowY, "Scenario as it is " + ChartPainter.money(now) + " (" + spec.currentLabel() + ")",
                    theme.today(), fm, p, labels, theme);
        }
        g.setFont(tag);
        FontMetrics tm = g.getFontMetrics();
        spec.points().stream().filter(SetupChartSpec.Point::current).findFirst()
                .ifPresent(pt -> tagged(g, pt, spec.points(), "Current setup: " + pt.label(), x, y, p, tm, theme.today(),
                        theme, labels, true));
        spec.points().stream().filter(SetupChartSpec.Point::best).findFirst()
                .ifPresent(pt -> tagged(g, pt, spec.points(), "Best: " + pt.label() + ", " + pt.option().id() + ", "
                        + ChartPainter.money(pt.horizonTotal()), x, y, p, tm, theme.breakEven(), theme, labels, false));
        g.setFont(tick);
        legend(g, spec, width, height, fm, theme, labels);
        frame(g, p, theme);
    }

    private static void frame(Graphics2D g, Rectangle2D p, ChartTheme theme) {
        g.setColor(theme.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(p);
    }

    private static void title(Graphics2D g, SetupChartSpec spec, FontMetrics fm, ChartTheme theme, Labels labels) {
        for (String t : List.of(spec.subject() + ": horizon total over " + spec.months() + " months against "
                        + "inter-token latency, one dot per setup and option",
                spec.subject() + ": horizon total over " + spec.months() + " months against inter-token latency",
                "Horizon total over " + spec.months() + " months against inter-token latency: one dot "
                        + "per setup and option",
                "Horizon total over " + spec.months() + " months against inter-token latency",
                "Total over " + spec.months() + " months vs ITL")) {
            if (labels.fits(Labels.textBox(fm, t, 8, 18))) {
                labels.text(g, t, 8, 18, theme.mutedText());
                return;
            }
        }
    }

    private static Scale xScale(SetupChartSpec spec, Rectangle2D p) {
        double hi = spec.points().stream().mapToDouble(SetupChartSpec.Point::itlMs).max().orElse(1);
        hi = Math.max(hi, spec.itlTargetMs()) * 1.06;
        return new Scale(0, Math.max(hi, 1e-3), false, p.getMinX(), p.getMaxX());
    }

    /** Costs on a log axis when they span more than a factor of 20, with room for the API and current lines. */
    private static Scale yScale(SetupChartSpec spec, Rectangle2D p) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (SetupChartSpec.Point pt : spec.points()) {
            lo = Math.min(lo, pt.horizonTotal());
            hi = Math.max(hi, pt.horizonTotal());
        }
        lo = Math.min(lo, spec.apiTotal());
        hi = Math.max(hi, spec.apiTotal());
        if (spec.currentTotal().isPresent()) {
            lo = Math.min(lo, spec.currentTotal().getAsDouble());
            hi = Math.max(hi, spec.currentTotal().getAsDouble());
        }
        if (lo > 0 && hi / lo > 20) {
            return new Scale(lo / 1.25, hi * 1.25, true, p.getMaxY(), p.getMinY());
        }
        double pad = Math.max((hi - lo) * 0.08, Math.max(1, hi * 0.02));
        return new Scale(Math.max(0, lo - pad), hi + pad, false, p.getMaxY(), p.getMinY());
    }

    private static void axes(Graphics2D g, Scale x, Scale y, Rectangle2D p, FontMetrics fm, ChartTheme theme,
                             Labels labels) {
        g.setStroke(new BasicStroke(1f));
        for (double v : x.majorTicks()) {
            double px = x.toPixel(v);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
            String s = com(v) + " ms";
            double tx = px - fm.stringWidth(s) / 2.0;
            if (labels.fits(Labels.textBox(fm, s, tx, p.getMaxY() + 15))) {
                labels.text(g, s, tx, p.getMaxY() + 15, theme.text());
            }
        }
        for (double v : y.majorTicks()) {
            double py = y.toPixel(v);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(p.getMinX(), py, p.getMaxX(), py));
            String s = ChartPainter.money(v);
            double tx = p.getMinX() - 6 - fm.stringWidth(s);
            double baseline = py + (fm.getAscent() - fm.getDescent()) / 2.0;
            if (labels.fits(Labels.textBox(fm, s, tx, baseline))) {
                labels.text(g, s, tx, baseline, theme.text());
            }
        }
        String axis = "Inter-token latency (one decoding step of the batch)";
        double ax = p.getCenterX() - fm.stringWidth(axis) / 2.0;
        if (labels.fits(Labels.textBox(fm, axis, ax, p.getMaxY() + 31))) {
            labels.text(g, axis, ax, p.getMaxY() + 31, theme.mutedText());
        }
    }

    private static String com(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 10) / 10.0);
    }

    /** A horizontal line at a total, if it lies in the plot; its pixel row, or NaN. */
    private static double level(Graphics2D g, Scale y, Rectangle2D p, double value, Color color, Stroke stroke) {
        double py = y.toPixel(value);
        if (py < p.getMinY() - 0.5 || py > p.getMaxY() + 0.5) {
            return Double.NaN;
        }
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(p.getMinX(), py, p.getMaxX(), py));
        return py;
    }

    /** A level line's words at its right end, above it or else below it. */
    private static void levelText(Graphics2D g, double py, String text, Color color, FontMetrics fm, Rectangle2D p,
                                  Labels labels, ChartTheme theme) {
        if (Double.isNaN(py)) {
            return;
        }
        double tx = p.getMaxX() - 6 - fm.stringWidth(text);
        for (double baseline : new double[] {py - 4, py + fm.getAscent() + 2}) {
            if (veiled(g, labels, text, tx, baseline, fm, p, color, theme)) {
                return;
            }
        }
    }

    /** Draws a text on a veil of the plot's background where it fits; whether it did. */
    private static boolean veiled(Graphics2D g, Labels labels, String text, double x, double baseline, FontMetrics fm,
                                  Rectangle2D area, Color color, ChartTheme theme) {
        Rectangle2D box = Labels.textBox(fm, text, x, baseline);
        if (!labels.fits(box, area)) {
            return false;
        }
        Color veil = theme.plotBackground();
        g.setColor(new Color(veil.getRed(), veil.getGreen(), veil.getBlue(), 220));
        g.fill(new Rectangle2D.Double(box.getX() - 3, box.getY() - 1, box.getWidth() + 6, box.getHeight() + 2));
        labels.text(g, text, x, baseline, color);
        return true;
    }

    /** The Pareto front as a staircase: from each front row right to the next, then down to it. */
    private static void front(Graphics2D g, SetupChartSpec spec, Scale x, Scale y, Rectangle2D p, ChartTheme theme) {
        List<SetupChartSpec.Point> front = spec.points().stream().filter(SetupChartSpec.Point::pareto)
                .sorted(Comparator.comparingDouble(SetupChartSpec.Point::itlMs)
                        .thenComparing(Comparator.comparingDouble(SetupChartSpec.Point::horizonTotal).reversed()))
                .toList();
        if (front.size() < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x.toPixel(front.get(0).itlMs()), y.toPixel(front.get(0).horizonTotal()));
        for (int i = 1; i < front.size(); i++) {
            double px = x.toPixel(front.get(i).itlMs());
            path.lineTo(px, y.toPixel(front.get(i - 1).horizonTotal()));
            path.lineTo(px, y.toPixel(front.get(i).horizonTotal()));
        }
        Rectangle2D clip = new Rectangle2D.Double(p.getX(), p.getY(), p.getWidth(), p.getHeight());
        var old = g.getClip();
        g.clip(clip);
        g.setColor(theme.breakEven());
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setClip(old);
    }

    private static void dot(Graphics2D g, SetupChartSpec.Point pt, Scale x, Scale y, ChartTheme theme) {
        double px = x.toPixel(pt.itlMs());
        double py = y.toPixel(pt.horizonTotal());
        double r = pt.meetsTargets() ? 4 : 3;
        Ellipse2D.Double c = new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r);
        if (pt.meetsTargets()) {
            g.setColor(theme.of(pt.option()));
            g.fill(c);
            if (pt.pareto()) {
                g.setColor(theme.breakEven());
                g.setStroke(new BasicStroke(1.6f));
                g.draw(new Ellipse2D.Double(px - r - 2.5, py - r - 2.5, 2 * r + 5, 2 * r + 5));
            }
        } else {
            g.setColor(ChartPainter.blend(theme.of(pt.option()), theme.plotBackground(), 0.45));
            g.setStroke(new BasicStroke(1.1f));
            g.draw(c);
        }
    }

    /** A marked row with its tag beside it, kept inside the plot and off other labels. */
    private static void tagged(Graphics2D g, SetupChartSpec.Point pt, List<SetupChartSpec.Point> points, String text,
                               Scale x, Scale y, Rectangle2D p, FontMetrics fm, Color color, ChartTheme theme,
                               Labels labels, boolean diamond) {
        double px = x.toPixel(pt.itlMs());
        double py = y.toPixel(pt.horizonTotal());
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        if (diamond) {
            Path2D.Double d = new Path2D.Double();
            d.moveTo(px, py - 8);
            d.lineTo(px + 8, py);
            d.lineTo(px, py + 8);
            d.lineTo(px - 8, py);
            d.closePath();
            g.draw(d);
        } else {
            g.draw(new Ellipse2D.Double(px - 8, py - 8, 16, 16));
        }
        // The whole tag, else its first clause, else its first word: a crowded plot still names the row.
        int comma = text.indexOf(',');
        List<String> texts = List.of(text, comma > 0 ? text.substring(0, comma) : text,
                text.substring(0, text.indexOf(':') > 0 ? text.indexOf(':') : text.length()));
        // Of the places that fit, the first that hides no other dot; else, over every text, the one hiding fewest.
        String chosen = null;
        double[] at = null;
        int fewest = Integer.MAX_VALUE;
        for (String t : texts) {
            String s = Labels.shorten(fm, t, p.getWidth() - 20);
            double w = fm.stringWidth(s);
            double up = py - 10;
            double down = py + fm.getAscent() + 10;
            double[][] spots = {{px + 11, up}, {px - 11 - w, up}, {px + 11, down}, {px - 11 - w, down},
                {px - w / 2, up - fm.getHeight()}, {px - w / 2, down + fm.getHeight()}, {p.getMaxX() - w - 6, up}};
            for (double[] spot : spots) {
                Rectangle2D box = Labels.textBox(fm, s, spot[0], spot[1]);
                if (!labels.fits(box, p)) {
                    continue;
                }
                int hidden = dotsUnder(box, points, pt, x, y);
                if (hidden < fewest) {
                    fewest = hidden;
                    chosen = s;
                    at = spot;
                }
                if (hidden == 0) {
                    veiled(g, labels, s, spot[0], spot[1], fm, p, color, theme);
                    return;
                }
            }
        }
        if (chosen != null) {
            veiled(g, labels, chosen, at[0], at[1], fm, p, color, theme);
        }
    }

    /** How many dots other than {@code own} a tag's veil would cover. */
    private static int dotsUnder(Rectangle2D box, List<SetupChartSpec.Point> points, SetupChartSpec.Point own,
                                 Scale x, Scale y) {
        Rectangle2D veil = new Rectangle2D.Double(box.getX() - 6, box.getY() - 4, box.getWidth() + 12,
                box.getHeight() + 8);
        int n = 0;
        for (SetupChartSpec.Point q : points) {
            if (q != own && veil.contains(x.toPixel(q.itlMs()), y.toPixel(q.horizonTotal()))) {
                n++;
            }
        }
        return n;
    }

    /** Under the axis title: the options' colours, a hollow dot for a missed target, the front. */
    private static void legend(Graphics2D g, SetupChartSpec spec, double width, double height, FontMetrics fm,
                               ChartTheme theme, Labels labels) {
        double baseline = height - 8;
        double lx = 8;
        for (Option o : spec.points().stream().map(SetupChartSpec.Point::option).distinct().sorted().toList()) {
            String s = o.id();
            if (lx + 14 + fm.stringWidth(s) > width - 8) {
                return;
            }
            g.setColor(theme.of(o));
            g.fill(new Ellipse2D.Double(lx, baseline - 8, 8, 8));
            labels.text(g, s, lx + 12, baseline, theme.text());
            lx += 12 + fm.stringWidth(s) + 16;
        }
        String missed = "hollow: misses a target";
        if (lx + 14 + fm.stringWidth(missed) <= width - 8) {
            g.setColor(theme.mutedText());
            g.setStroke(new BasicStroke(1.1f));
            g.draw(new Ellipse2D.Double(lx, baseline - 8, 8, 8));
            labels.text(g, missed, lx + 12, baseline, theme.mutedText());
            lx += 12 + fm.stringWidth(missed) + 16;
        }
        String front = "Pareto front (cheapest for its latency)";
        if (lx + 24 + fm.stringWidth(front) <= width - 8) {
            g.setColor(theme.breakEven());
            g.setStroke(new BasicStroke(1.8f));
            g.draw(new Line2D.Double(lx, baseline - 4, lx + 16, baseline - 4));
            labels.text(g, front, lx + 20, baseline, theme.mutedText());
        }
    }
}
