package crossover.chart;

import crossover.model.Option;
import crossover.model.Step;
import crossover.model.Units;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.OptionalDouble;

/**
 * Draws a {@link ChartSpec} on any {@link Graphics2D}: a JavaFX canvas through FXGraphics2D, a PNG, an SVG or a
 * PDF. The one place that knows what the chart looks like, so every output shows the same chart.
 */
public final class ChartPainter {

    private static final String FONT_FAMILY = Font.SANS_SERIF;
    private static final double LEFT = 64;
    private static final double RIGHT = 20;
    private static final double TOP = 34;
    private static final double BOTTOM = 58;

    private final Font tickFont = new Font(FONT_FAMILY, Font.PLAIN, 11);
    private final Font labelFont = new Font(FONT_FAMILY, Font.BOLD, 12);
    private final Font legendFont = new Font(FONT_FAMILY, Font.PLAIN, 12);

    /**
     * Paints the whole chart into {@code width × height} and returns where the plot went.
     *
     * @param hoverTokens a volume to mark with a cross-hair, or empty
     */
    public ChartGeometry paint(Graphics2D g, ChartSpec spec, ChartTheme theme, double width, double height,
                               OptionalDouble hoverTokens) {
        ChartGeometry geometry = paintFrame(g, spec, theme, width, height);
        paintData(g, spec, theme, geometry);
        if (hoverTokens.isPresent()) {
            paintHover(g, spec, theme, geometry, hoverTokens.getAsDouble());
        }
        return geometry;
    }

    /** Where the plot goes in a chart of this size. */
    public ChartGeometry geometry(ChartSpec spec, double width, double height) {
        Rectangle2D plot = new Rectangle2D.Double(LEFT, TOP, Math.max(10, width - LEFT - RIGHT),
                Math.max(10, height - TOP - BOTTOM));
        Scale x = new Scale(spec.minTokens(), spec.maxTokens(), true, plot.getMinX(), plot.getMaxX());
        Scale y = new Scale(spec.minCost(), spec.maxCost(), spec.logCost(), plot.getMaxY(), plot.getMinY());
        return new ChartGeometry(plot, x, y);
    }

    /**
     * The layer that depends only on the axes: background, grid, tick labels, frame. On screen it is painted on its
     * own canvas and kept while a slider moves within the axes' range.
     */
    public ChartGeometry paintFrame(Graphics2D g, ChartSpec spec, ChartTheme theme, double width, double height) {
        hints(g);
        ChartGeometry geometry = geometry(spec, width, height);
        Rectangle2D plot = geometry.plot();
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(theme.plotBackground());
        g.fill(plot);
        grid(g, geometry, theme);
        axes(g, spec, geometry, theme);
        g.setColor(theme.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        return geometry;
    }

    /** The layer that moves with the inputs: band, curves, markers, legend, note. Transparent elsewhere. */
    public void paintData(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geometry) {
        hints(g);
        // Everything below is kept inside the plot by construction (clamped stairs and curves, markers drawn only
        // when in range), so no clip is needed; clips are costly on a software-rendered canvas.
        spec.zigZag().ifPresent(b -> band(g, b, geometry, theme));
        spec.bands().ifPresent(b -> uncertaintyBands(g, b, spec, geometry, theme));
        for (ChartSpec.Series s : spec.series()) {
            if (!s.recommended()) {
                series(g, s, geometry, theme);
            }
        }
        spec.series().stream().filter(ChartSpec.Series::recommended).forEach(s -> series(g, s, geometry, theme));
        spec.horizon().ifPresent(m -> marker(g, m, geometry, theme.horizon(), dashed(1.2f, 2, 4), false, 2));
        spec.breakEven().ifPresent(m -> marker(g, m, geometry, theme.breakEven(), dashed(1.6f, 6, 4), true, 0));
        marker(g, spec.today(), geometry, theme.today(), new BasicStroke(1.6f), false, 1);
        todayHandle(g, spec.today(), geometry, theme);
        legend(g, spec, geometry.plot(), theme);
        spec.note().ifPresent(n -> note(g, n, geometry.plot(), theme));
    }

    /** The cross-hair and the curves' points at a volume. */
    public void paintHover(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geometry, double tokens) {
        hints(g);
        Rectangle2D p = geometry.plot();
        double px = geometry.tokens().toPixel(tokens);
        if (px < p.getMinX() || px > p.getMaxX()) {
            return;
        }
        hover(g, spec, tokens, geometry, theme);
    }

    /** Antialiased shapes and text, pure strokes: every painter of the project draws with these. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private void grid(Graphics2D g, ChartGeometry geo, ChartTheme theme) {
        // One path per line style: a canvas rasterises each stroke call separately, and dozens of one-line
        // strokes cost more than the rest of the chart.
        Rectangle2D p = geo.plot();
        Path2D minor = new Path2D.Double();
        for (double v : geo.tokens().minorTicks()) {
            double px = geo.tokens().toPixel(v);
            minor.moveTo(px, p.getMinY());
            minor.lineTo(px, p.getMaxY());
        }
        Path2D major = new Path2D.Double();
        for (double v : geo.tokens().majorTicks()) {
            double px = geo.tokens().toPixel(v);
            major.moveTo(px, p.getMinY());
            major.lineTo(px, p.getMaxY());
        }
        for (double v : geo.cost().majorTicks()) {
            double py = geo.cost().toPixel(v);
            major.moveTo(p.getMinX(), py);
            major.lineTo(p.getMaxX(), py);
        }
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(blend(theme.grid(), theme.plotBackground(), 0.5));
        g.draw(minor);
        g.setStroke(new BasicStroke(1f));
        g.setColor(theme.grid());
        g.draw(major);
    }

    private void axes(Graphics2D g, ChartSpec spec, ChartGeometry geo, ChartTheme theme) {
        Rectangle2D p = geo.plot();
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double v : geo.tokens().majorTicks()) {
            double px = geo.tokens().toPixel(v);
            String tokens = Units.compact(v);
            String requests = "≈ " + Units.compact(v / (spec.tokensPerRequest() * Units.DAYS_PER_MONTH)) + "/day";
            double w = Math.max(fm.stringWidth(tokens), fm.stringWidth(requests));
            if (px - w / 2 < lastRight + 6) {
                continue;
            }
            lastRight = px + w / 2;
            double maxRight = p.getMaxX() + RIGHT - 2;
            g.setColor(theme.text());
            g.drawString(tokens, (float) Math.min(px - fm.stringWidth(tokens) / 2.0, maxRight - fm.stringWidth(tokens)),
                    (float) (p.getMaxY() + 15));
            g.setColor(theme.mutedText());
            g.drawString(requests, (float) Math.min(px - fm.stringWidth(requests) / 2.0,
                    maxRight - fm.stringWidth(requests)), (float) (p.getMaxY() + 29));
        }
        g.setColor(theme.mutedText());
        String xTitle = "Monthly volume: tokens/month, and requests/day at today's request size";
        g.drawString(xTitle, (float) (p.getCenterX() - fm.stringWidth(xTitle) / 2.0), (float) (p.getMaxY() + 48));

        double lastTop = Double.POSITIVE_INFINITY;
        for (double v : geo.cost().majorTicks()) {
            double py = geo.cost().toPixel(v);
            if (py > lastTop - fm.getHeight()) {
                continue;
            }
            lastTop = py;
            String label = money(v);
            g.setColor(theme.text());
            g.drawString(label, (float) (p.getMinX() - 6 - fm.stringWidth(label)), (float) (py + fm.getAscent() / 2.0 - 1));
        }
        g.setColor(theme.mutedText());
        String yTitle = "$/month" + (spec.logCost() ? " (log)" : "");
        g.drawString(yTitle, (float) (p.getMinX() - fm.stringWidth(yTitle) / 2.0 - 2), (float) (p.getMinY() - 8));
    }

    private void band(Graphics2D g, ChartSpec.Band b, ChartGeometry geo, ChartTheme theme) {
        Rectangle2D p = geo.plot();
        double x0 = Math.max(p.getMinX(), geo.tokens().toPixel(b.fromTokens()));
        double x1 = Math.min(p.getMaxX(), geo.tokens().toPixel(b.toTokens()));
        if (x1 <= x0) {
            return;
        }
        g.setColor(theme.zigZagBand());
        g.fill(new Rectangle2D.Double(x0, p.getMinY(), Math.max(1, x1 - x0), p.getHeight()));
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        if (x1 - x0 > fm.stringWidth(b.label()) + 8) {
            g.setColor(theme.breakEven());
            g.drawString(b.label(), (float) ((x0 + x1) / 2 - fm.stringWidth(b.label()) / 2.0), (float) (p.getMaxY() - 8));
        }
    }

    /** Each option's P10–P90 band, translucent in its colour, under the curves. */
    private void uncertaintyBands(Graphics2D g, crossover.model.MonteCarlo.Bands b, ChartSpec spec, ChartGeometry geo,
                                  ChartTheme theme) {
        Rectangle2D p = geo.plot();
        for (ChartSpec.Series s : spec.series()) {
            double[] low = b.p10().get(s.option());
            double[] high = b.p90().get(s.option());
            if (low == null) {
                continue;
            }
            Path2D area = new Path2D.Double();
            for (int i = 0; i < b.volumes().length; i++) {
                double px = Math.max(p.getMinX(), Math.min(p.getMaxX(), geo.tokens().toPixel(b.volumes()[i])));
                double py = clampY(geo.cost().toPixel(high[i]), p);
                if (i == 0) {
                    area.moveTo(px, py);
                } else {
                    area.lineTo(px, py);
                }
            }
            for (int i = b.volumes().length - 1; i >= 0; i--) {
                double px = Math.max(p.getMinX(), Math.min(p.getMaxX(), geo.tokens().toPixel(b.volumes()[i])));
                area.lineTo(px, clampY(geo.cost().toPixel(low[i]), p));
            }
            area.closePath();
            Color c = theme.of(s.option());
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 46));
            g.fill(area);
        }
    }

    private void series(Graphics2D g, ChartSpec.Series s, ChartGeometry geo, ChartTheme theme) {
        Path2D path = new Path2D.Double();
        Rectangle2D p = geo.plot();
        Scale x = geo.tokens();
        Scale y = geo.cost();
        if (!s.steps().isEmpty()) {
            boolean first = true;
            for (Step step : s.steps()) {
                double x0 = x.toPixel(Math.max(step.fromTokens(), x.min()));
                double x1 = x.toPixel(Math.min(step.toTokens(), x.max()));
                double py = clampY(y.toPixel(step.monthlyCost()), p);
                if (first) {
                    path.moveTo(x0, py);
                    first = false;
                } else {
                    path.lineTo(x0, py);
                }
                path.lineTo(x1, py);
            }
        } else {
            // A straight line in data terms is a curve on a log axis: trace it pixel by pixel from the engine's
            // exact cost function (also used when stairs are narrower than a pixel).
            for (double px = p.getMinX(); px <= p.getMaxX() + 0.5; px += 1) {
                double py = clampY(y.toPixel(s.curve().costAt(x.toValue(Math.min(px, p.getMaxX())))), p);
                if (px == p.getMinX()) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
        }
        g.setColor(theme.of(s.option()));
        g.setStroke(new BasicStroke(s.recommended() ? 3.2f : 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private void marker(Graphics2D g, ChartSpec.Marker m, ChartGeometry geo, Color color, BasicStroke stroke,
                        boolean labelOnTop, int row) {
        Rectangle2D p = geo.plot();
        double px = geo.tokens().toPixel(m.tokens());
        if (px < p.getMinX() || px > p.getMaxX()) {
            return;
        }
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
        g.setFont(labelFont);
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(m.label()) + 10;
        double h = fm.getHeight() + 2;
        double lx = px + 6 + w <= p.getMaxX() ? px + 6 : px - 6 - w;
        double ly = labelOnTop ? p.getMinY() + 8 : p.getMaxY() - 26 - row * (h + 4) - h;
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 28));
        g.fill(new RoundRectangle2D.Double(lx, ly, w, h, 8, 8));
        g.setColor(color);
        g.drawString(m.label(), (float) (lx + 5), (float) (ly + fm.getAscent() + 1));
    }

    private void todayHandle(Graphics2D g, ChartSpec.Marker m, ChartGeometry geo, ChartTheme theme) {
        Rectangle2D p = geo.plot();
        double px = geo.tokens().toPixel(m.tokens());
        if (px < p.getMinX() || px > p.getMaxX()) {
            return;
        }
        Path2D handle = new Path2D.Double();
        handle.moveTo(px - 7, p.getMaxY());
        handle.lineTo(px + 7, p.getMaxY());
        handle.lineTo(px, p.getMaxY() - 10);
        handle.closePath();
        g.setColor(theme.today());
        g.fill(handle);
    }

    private void hover(Graphics2D g, ChartSpec spec, double tokens, ChartGeometry geo, ChartTheme theme) {
        Rectangle2D p = geo.plot();
        double px = geo.tokens().toPixel(tokens);
        g.setColor(theme.mutedText());
        g.setStroke(dashed(1f, 2, 3));
        g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
        for (ChartSpec.Series s : spec.series()) {
            double py = geo.cost().toPixel(s.curve().costAt(tokens));
            if (py >= p.getMinY() && py <= p.getMaxY()) {
                g.setColor(theme.of(s.option()));
                g.fill(new java.awt.geom.Ellipse2D.Double(px - 4, py - 4, 8, 8));
                g.setColor(theme.plotBackground());
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new java.awt.geom.Ellipse2D.Double(px - 4, py - 4, 8, 8));
            }
        }
    }

    private void legend(Graphics2D g, ChartSpec spec, Rectangle2D plot, ChartTheme theme) {
        g.setFont(legendFont);
        FontMetrics fm = g.getFontMetrics();
        double lx = plot.getMinX() + 50;
        double ly = 20;
        for (ChartSpec.Series s : spec.series()) {
            String label = s.option().label() + (s.recommended() ? " (recommended)" : "");
            g.setColor(theme.of(s.option()));
            g.setStroke(new BasicStroke(s.recommended() ? 3.2f : 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(lx, ly - 4, lx + 18, ly - 4));
            g.setColor(theme.text());
            g.drawString(label, (float) (lx + 24), (float) ly);
            lx += 24 + fm.stringWidth(label) + 22;
        }
    }

    private void note(Graphics2D g, String text, Rectangle2D plot, ChartTheme theme) {
        g.setFont(labelFont);
        FontMetrics fm = g.getFontMetrics();
        double maxWidth = plot.getWidth() - 40;
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        double w = lines.stream().mapToDouble(fm::stringWidth).max().orElse(0) + 20;
        double h = lines.size() * fm.getHeight() + 12;
        double x = plot.getCenterX() - w / 2;
        double y = plot.getMinY() + 12;
        g.setColor(theme.noteBackground());
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
        g.setColor(theme.text());
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (x + 10), (float) (y + 6 + fm.getAscent() + i * fm.getHeight()));
        }
    }

    private static double clampY(double py, Rectangle2D plot) {
        return Math.max(plot.getMinY(), Math.min(plot.getMaxY(), py));
    }

    private static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {on, off}, 0f);
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    static String money(double v) {
        return Units.dollarsShort(v);
    }

    /** Whether an option is drawn with the recommended weight; for tests of the spec. */
    static boolean isRecommended(ChartSpec spec, Option option) {
        return spec.series().stream().anyMatch(s -> s.option() == option && s.recommended());
    }
}
