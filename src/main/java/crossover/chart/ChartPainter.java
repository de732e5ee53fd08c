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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Draws a {@link ChartSpec} on any {@link Graphics2D}: a JavaFX canvas through FXGraphics2D, a PNG, an SVG or a
 * PDF. The one place that knows what the chart looks like, so every output shows the same chart. Every label is
 * placed where it overlaps no other label and stays inside the chart; marker labels also keep off the curves where
 * there is room.
 */
public final class ChartPainter {

    private static final double LEFT = 64;
    private static final double RIGHT = 20;
    private static final double BOTTOM = 58;
    /** Baseline of the first legend row; the plot starts this far below the last row's baseline. */
    private static final double LEGEND_BASELINE = 20;
    private static final double LEGEND_ROW = 18;
    private static final double BELOW_LEGEND = 14;
    /** Space around the today handle at the foot of the plot, which labels leave free. */
    private static final double HANDLE = 12;

    private final Font tickFont = new ChartFont(Font.PLAIN, 11);
    private final Font labelFont = new ChartFont(Font.BOLD, 12);
    private final Font legendFont = new ChartFont(Font.PLAIN, 12);

    /** What {@link #markedCurves} were built for; a painter is used by one thread. */
    private List<Object> markedCurvesKey = List.of();
    private List<ClippedPath> markedCurves = List.of();

    /**
     * Paints the whole chart into {@code width × height} and returns where the plot went.
     *
     * @param hoverTokens a volume to mark with a cross-hair, or empty
     */
    public ChartGeometry paint(Graphics2D g, ChartSpec spec, ChartTheme theme, double width, double height,
                               OptionalDouble hoverTokens) {
        Labels labels = new Labels(width, height);
        ChartGeometry geometry = frame(g, spec, theme, width, height, labels);
        data(g, spec, theme, geometry, labels);
        if (hoverTokens.isPresent()) {
            paintHover(g, spec, theme, geometry, hoverTokens.getAsDouble());
        }
        return geometry;
    }

    /** The labels this painter draws for a chart of this size, measured with the fonts of {@code g}. */
    public List<LabelBox> labelBoxes(Graphics2D g, ChartSpec spec, double width, double height) {
        Labels labels = new Labels(width, height);
        ChartGeometry geometry = frame(g, spec, ChartTheme.LIGHT, width, height, labels);
        data(g, spec, ChartTheme.LIGHT, geometry, labels);
        return labels.boxes();
    }

    /** The labels this painter draws for a chart of this size, as an image export would draw them. */
    public List<LabelBox> labelBoxes(ChartSpec spec, double width, double height) {
        return Labels.offscreen(width, height, g -> labelBoxes(g, spec, width, height));
    }

    /**
     * What the frame layer depends on besides theme and size: the axes, where the plot sits (the legend's rows set
     * its top) and which options are excluded; not which one is recommended, which the marks layer draws. While
     * it stays equal a kept frame still fits the data layer.
     */
    public static List<Object> frameKey(ChartSpec spec, ChartGeometry geometry) {
        List<Object> key = new ArrayList<>(List.of(spec.minTokens(), spec.maxTokens(), spec.minCost(),
                spec.maxCost(), spec.logCost(), spec.tokensPerRequest(), geometry.plot()));
        spec.series().forEach(s -> key.add(List.of(s.option(), s.excluded())));
        return key;
    }

    /** Where the plot goes in a chart of this size, measured as an image export would be. */
    public ChartGeometry geometry(ChartSpec spec, double width, double height) {
        return Labels.offscreen(1, 1, g -> geometry(g, spec, width, height));
    }

    /** Where the plot goes in a chart of this size, measured with the fonts of {@code g}. */
    public ChartGeometry geometry(Graphics2D g, ChartSpec spec, double width, double height) {
        int rows = Legend.rows(legend(g, spec, width));
        double top = LEGEND_BASELINE + (rows - 1) * LEGEND_ROW + BELOW_LEGEND;
        Rectangle2D plot = new Rectangle2D.Double(LEFT, top, Math.max(10, width - LEFT - RIGHT),
                Math.max(10, height - top - BOTTOM));
        Scale x = new Scale(spec.minTokens(), spec.maxTokens(), true, plot.getMinX(), plot.getMaxX());
        Scale y = new Scale(spec.minCost(), spec.maxCost(), spec.logCost(), plot.getMaxY(), plot.getMinY());
        return new ChartGeometry(plot, x, y, width, height);
    }

    /**
     * The layer that depends only on the axes: background, grid, tick labels, frame. On screen it is painted on its
     * own canvas and kept while a slider moves within the axes' range.
     */
    public ChartGeometry paintFrame(Graphics2D g, ChartSpec spec, ChartTheme theme, double width, double height) {
        return frame(g, spec, theme, width, height, new Labels(width, height));
    }

    /**
     * The layer that moves with the inputs: band, curves, markers, legend, note. Transparent elsewhere. Its labels
     * stay in the plot and the legend's rows, where the frame puts none.
     */
    public void paintData(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geometry) {
        data(g, spec, theme, geometry, new Labels(geometry.width(), geometry.height()));
    }

    /**
     * The data layer's lower part: the zig-zag band, the uncertainty bands and the curves, each at its plain
     * weight. Painted under {@link #paintMarks}, which draws the recommended curve's heavier weight over it, it
     * gives what {@link #paintData} gives. On screen it is kept while only today's volume, the labels and which
     * option is recommended change (a volume slider within the axes' range), since rasterising the curves in
     * software is most of a frame.
     */
    public void paintCurves(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geometry) {
        hints(g);
        curves(g, spec, theme, geometry, false);
    }

    /**
     * The data layer's upper part: the recommended curve at its heavier weight, over the plain curves of
     * {@link #paintCurves}; markers, today's handle, legend, note and labels, which keep off the curves.
     */
    public void paintMarks(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geometry) {
        hints(g);
        List<ClippedPath> curves = markedCurves(spec, geometry);
        int i = 0;
        for (ChartSpec.Series s : spec.series()) {
            if (!s.excluded()) {
                ClippedPath curve = curves.get(i++);
                if (s.recommended()) {
                    stroke(g, s, curve, theme, true);
                }
            }
        }
        marks(g, spec, theme, geometry, new Labels(geometry.width(), geometry.height()), curves);
    }

    /**
     * The drawn curves the marks keep off (and the recommended one they draw heavier), kept from the last call
     * while the curves and the geometry are the same: a slider step that moves only today's volume or the
     * recommendation builds none (they were 44 % of the bytes a repaint allocated).
     */
    private List<ClippedPath> markedCurves(ChartSpec spec, ChartGeometry geometry) {
        List<Object> key = List.of(curvesKey(spec), geometry);
        if (!key.equals(markedCurvesKey)) {
            List<ClippedPath> built = new ArrayList<>();
            for (ChartSpec.Series s : spec.series()) {
                if (!s.excluded()) {
                    built.add(curve(s, geometry));
                }
            }
            markedCurves = List.copyOf(built);
            markedCurvesKey = key;
        }
        return markedCurves;
    }

    /**
     * What {@link #paintCurves} depends on besides theme and geometry (not which option is recommended): while it
     * stays equal, kept curves still fit the marks.
     */
    public static List<Object> curvesKey(ChartSpec spec) {
        List<Object> key = new ArrayList<>();
        spec.series().forEach(s -> key.add(List.of(s.option(), s.curve(), s.steps(), s.excluded())));
        key.add(spec.zigZag());
        key.add(spec.bands());
        return key;
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

    private ChartGeometry frame(Graphics2D g, ChartSpec spec, ChartTheme theme, double width, double height,
                                Labels labels) {
        hints(g);
        ChartGeometry geometry = geometry(g, spec, width, height);
        Rectangle2D plot = geometry.plot();
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(theme.plotBackground());
        g.fill(plot);
        grid(g, geometry, theme);
        axes(g, spec, geometry, theme, labels);
        g.setColor(theme.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        return geometry;
    }

    private void data(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geo, Labels labels) {
        hints(g);
        marks(g, spec, theme, geo, labels, curves(g, spec, theme, geo, true));
    }

    /**
     * Draws the bands and the curves, the excluded first; where {@code emphasised} the recommended last, at its
     * heavier weight, else in its place at the plain weight (the marks draw it heavier); returns the drawn curves.
     */
    private List<ClippedPath> curves(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geo,
                                     boolean emphasised) {
        // Curves are cut at the plot's edges as they are built, and markers are drawn only when in range, so no
        // clip is needed; clips are costly on a software-rendered canvas.
        spec.zigZag().ifPresent(b -> band(g, b, geo, theme));
        spec.bands().ifPresent(b -> uncertaintyBands(g, b, spec, geo, theme));
        List<ClippedPath> curves = new ArrayList<>();
        List<ChartSpec.Series> order = new ArrayList<>();
        spec.series().stream().filter(ChartSpec.Series::excluded).forEach(order::add);
        spec.series().stream().filter(s -> !s.excluded() && !(emphasised && s.recommended())).forEach(order::add);
        spec.series().stream().filter(s -> !s.excluded() && emphasised && s.recommended()).forEach(order::add);
        for (ChartSpec.Series s : order) {
            ClippedPath curve = curve(s, geo);
            stroke(g, s, curve, theme, emphasised);
            if (!s.excluded()) {
                curves.add(curve);
            }
        }
        return curves;
    }

    private void marks(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geo, Labels labels,
                       List<ClippedPath> curves) {
        Rectangle2D p = geo.plot();
        List<Placement> markers = new ArrayList<>();
        for (ChartSpec.BreakEvenMarker b : spec.breakEvens()) {
            markers.add(new Placement(b.marker(), theme.of(b.option()), b.headline() ? dashed(1.8f, 6, 4)
                    : dashed(1.3f, 4, 4), true));
        }
        markers.add(new Placement(spec.today(), theme.today(), new BasicStroke(1.6f), false));
        spec.horizon().ifPresent(m -> markers.add(new Placement(m, theme.horizon(), dashed(1.2f, 2, 4), false)));
        List<Double> lines = new ArrayList<>();
        for (Placement m : markers) {
            double px = geo.tokens().toPixel(m.marker().tokens());
            if (px >= p.getMinX() && px <= p.getMaxX()) {
                g.setColor(m.color());
                g.setStroke(m.stroke());
                g.draw(new Line2D.Double(px, p.getMinY(), px, p.getMaxY()));
                lines.add(px);
            }
        }
        Rectangle2D handle = todayHandle(g, spec.today(), geo, theme);

        legend(g, spec, theme, geo, labels);
        Obstacles obstacles = new Obstacles(curves, lines, handle);
        spec.note().ifPresent(n -> note(g, n, p, theme, labels, obstacles));
        // The headline break-even first, then today and the horizon, then the other option's break-even.
        List<Placement> byPriority = new ArrayList<>();
        markers.stream().filter(m -> m.top() && spec.breakEven().map(b -> b == m.marker()).orElse(false))
                .forEach(byPriority::add);
        markers.stream().filter(m -> !m.top()).forEach(byPriority::add);
        markers.stream().filter(m -> !byPriority.contains(m)).forEach(byPriority::add);
        for (Placement m : byPriority) {
            markerLabel(g, m, geo, theme, labels, obstacles);
        }
        spec.zigZag().ifPresent(b -> bandLabel(g, b, geo, theme, labels, obstacles));
        commitment(g, spec, geo, theme, labels, obstacles);
    }

    /**
     * The committed GPUs on the self-hosted curve: its first stairs are flat while the committed GPUs serve the
     * volume (COST-MODEL.md, version 4). A short tick ends the flat stretch and a label names it, above or below the
     * flat level where it keeps off labels, curves and lines, else nowhere.
     */
    private void commitment(Graphics2D g, ChartSpec spec, ChartGeometry geo, ChartTheme theme, Labels labels,
                            Obstacles obstacles) {
        ChartSpec.Series series = spec.series().stream().filter(s -> s.option() == Option.SELF_HOSTED)
                .findFirst().orElse(null);
        if (series == null || !(series.curve() instanceof crossover.model.StairCase stairs)
                || stairs.commitment().gpus() <= 0) {
            return;
        }
        Rectangle2D p = geo.plot();
        double committed = stairs.commitment().gpus();
        double replicas = Math.max(stairs.minReplicas(), Math.floor(committed / stairs.gpusPerReplica()));
        double end = stairs.upperEdge(replicas);
        double x0 = p.getMinX();
        double x1 = Math.min(p.getMaxX(), geo.tokens().toPixel(end));
        double y = geo.cost().toPixel(stairs.costWithReplicas(replicas));
        if (x1 <= x0 + 20 || y < p.getMinY() || y > p.getMaxY()) {
            return;
        }
        Color color = seriesColor(series, theme);
        if (x1 < p.getMaxX()) {
            g.setColor(color);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(new Line2D.Double(x1, y - 6, x1, y + 6));
        }
        String gpus = Units.plain(committed) + (committed == 1 ? " committed GPU" : " committed GPUs");
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        Rectangle2D area = new Rectangle2D.Double(x0, p.getMinY(), x1 - x0, p.getHeight());
        for (String text : List.of(gpus + ", flat to " + Units.compact(end), gpus)) {
            double w = fm.stringWidth(text);
            for (double baseline : new double[] {y - fm.getDescent() - 5, y + fm.getAscent() + 5}) {
                for (double x = x1 - w - 8; x >= x0 + 4; x -= 24) {
                    Rectangle2D box = Labels.textBox(fm, text, x, baseline);
                    if (labels.fits(box, area) && obstacles.cost(box, Double.NaN) == 0) {
                        labels.text(g, text, x, baseline, color);
                        return;
                    }
                }
            }
        }
    }

    /** A marker to draw and label: on top of the plot for break-evens, at its foot for volumes. */
    private record Placement(ChartSpec.Marker marker, Color color, BasicStroke stroke, boolean top) {
    }

    /** What marker labels keep off: the curves, the other markers' lines and today's handle. */
    private record Obstacles(List<ClippedPath> curves, List<Double> lines, Rectangle2D handle) {

        /** {@link Labels.Clash#CURVE} if a box runs into a curve or today's handle, else the lines it crosses. */
        int cost(Rectangle2D box, double ownLine) {
            if (handle != null && handle.intersects(box) || curves.stream().anyMatch(c -> c.crosses(box, 2.5))) {
                return Labels.Clash.CURVE;
            }
            return Labels.crossings(box, lines, ownLine);
        }
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

    private void axes(Graphics2D g, ChartSpec spec, ChartGeometry geo, ChartTheme theme, Labels labels) {
        Rectangle2D p = geo.plot();
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        String yTitle = "$/month" + (spec.logCost() ? " (log)" : "");
        labels.text(g, yTitle, 8, p.getMinY() - 8, theme.mutedText());

        double width = geo.width();
        for (String xTitle : List.of("Monthly volume: tokens/month, and requests/day at today's request size",
                "Tokens/month, and requests/day at today's request size", "Tokens/month and requests/day")) {
            double x = Math.max(4, Math.min(p.getCenterX() - fm.stringWidth(xTitle) / 2.0,
                    width - 4 - fm.stringWidth(xTitle)));
            if (fm.stringWidth(xTitle) <= width - 8 && labels.fits(Labels.textBox(fm, xTitle, x, p.getMaxY() + 48))) {
                labels.text(g, xTitle, x, p.getMaxY() + 48, theme.mutedText());
                break;
            }
        }

        for (double v : geo.tokens().majorTicks()) {
            double px = geo.tokens().toPixel(v);
            String tokens = Units.compact(v);
            String requests = "≈ " + Units.compact(v / (spec.tokensPerRequest() * Units.DAYS_PER_MONTH)) + "/day";
            // The last tick's labels end a few pixels inside the chart, not against its edge.
            double maxRight = width - 6;
            double tx = Math.max(6, Math.min(px - fm.stringWidth(tokens) / 2.0, maxRight - fm.stringWidth(tokens)));
            double rx = Math.max(6, Math.min(px - fm.stringWidth(requests) / 2.0,
                    maxRight - fm.stringWidth(requests)));
            Rectangle2D tokensBox = Labels.textBox(fm, tokens, tx, p.getMaxY() + 15);
            Rectangle2D requestsBox = Labels.textBox(fm, requests, rx, p.getMaxY() + 29);
            if (labels.fits(tokensBox) && labels.fits(requestsBox)) {
                labels.text(g, tokens, tx, p.getMaxY() + 15, theme.text());
                labels.text(g, requests, rx, p.getMaxY() + 29, theme.mutedText());
            }
        }

        for (double v : geo.cost().majorTicks()) {
            double py = geo.cost().toPixel(v);
            String label = money(v);
            double x = p.getMinX() - 6 - fm.stringWidth(label);
            double baseline = py + fm.getAscent() / 2.0 - 1;
            if (labels.fits(Labels.textBox(fm, label, x, baseline))) {
                labels.text(g, label, x, baseline, theme.text());
            }
        }
    }


    private void band(Graphics2D g, ChartSpec.Band b, ChartGeometry geo, ChartTheme theme) {
        Rectangle2D p = geo.plot();
        double x0 = Math.max(p.getMinX(), geo.tokens().toPixel(b.fromTokens()));
        double x1 = Math.min(p.getMaxX(), geo.tokens().toPixel(b.toTokens()));
        if (x1 <= x0) {
            return;
        }
        Color c = theme.of(b.option());
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), theme.isDark() ? 44 : 34));
        g.fill(new Rectangle2D.Double(x0, p.getMinY(), Math.max(1, x1 - x0), p.getHeight()));
    }

    /** The band's label, inside the band where it keeps off labels and curves, else nowhere. */
    private void bandLabel(Graphics2D g, ChartSpec.Band b, ChartGeometry geo, ChartTheme theme, Labels labels,
                           Obstacles obstacles) {
        Rectangle2D p = geo.plot();
        double x0 = Math.max(p.getMinX(), geo.tokens().toPixel(b.fromTokens()));
        double x1 = Math.min(p.getMaxX(), geo.tokens().toPixel(b.toTokens()));
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        Rectangle2D area = new Rectangle2D.Double(x0, p.getMinY(), x1 - x0, p.getHeight());
        for (String text : List.of(b.label(), b.shortLabel())) {
            double x = (x0 + x1) / 2 - fm.stringWidth(text) / 2.0;
            for (double baseline = p.getMaxY() - HANDLE - 4; baseline - fm.getAscent() > p.getMinY();
                 baseline -= fm.getHeight() + 2) {
                Rectangle2D box = Labels.textBox(fm, text, x, baseline);
                if (labels.fits(box, area) && obstacles.cost(box, Double.NaN) == 0) {
                    labels.text(g, text, x, baseline, theme.of(b.option()));
                    return;
                }
            }
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
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), s.excluded() ? 20 : 46));
            g.fill(area);
        }
    }

    /** A curve as drawn: exact stairs where they are wider than a pixel, else traced pixel by pixel. */
    private ClippedPath curve(ChartSpec.Series s, ChartGeometry geo) {
        Rectangle2D p = geo.plot();
        Scale x = geo.tokens();
        Scale y = geo.cost();
        ClippedPath curve = new ClippedPath(p);
        if (!s.steps().isEmpty()) {
            for (Step step : s.steps()) {
                double py = y.toPixel(step.monthlyCost());
                curve.to(x.toPixel(Math.max(step.fromTokens(), x.min())), py);
                curve.to(x.toPixel(Math.min(step.toTokens(), x.max())), py);
            }
        } else {
            // A straight line in data terms is a curve on a log axis: trace it pixel by pixel from the engine's
            // exact cost function (also used when stairs are narrower than a pixel).
            for (double px = p.getMinX(); px <= p.getMaxX() + 0.5; px += 1) {
                double at = Math.min(px, p.getMaxX());
                curve.to(at, y.toPixel(s.curve().costAt(x.toValue(at))));
            }
        }
        return curve;
    }

    /** An option the constraints rule out is drawn thin, dashed and faded, in every chart. */
    static final BasicStroke EXCLUDED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6, 4}, 0f);

    /** An option's colour, faded towards the plot when the constraints rule it out. */
    static Color optionColor(Option option, boolean excluded, ChartTheme theme) {
        return excluded ? blend(theme.of(option), theme.plotBackground(), 0.6) : theme.of(option);
    }

    private static Color seriesColor(ChartSpec.Series s, ChartTheme theme) {
        return optionColor(s.option(), s.excluded(), theme);
    }

    /** Draws an option's curve in its colour and stroke. */
    private static void stroke(Graphics2D g, ChartSpec.Series s, ClippedPath curve, ChartTheme theme,
                               boolean emphasised) {
        g.setColor(seriesColor(s, theme));
        g.setStroke(seriesStroke(s, emphasised));
        g.draw(curve.path());
    }

    /** An option's stroke; the recommended one heavier where {@code emphasised}. */
    private static BasicStroke seriesStroke(ChartSpec.Series s, boolean emphasised) {
        return s.excluded() ? EXCLUDED
                : new BasicStroke(emphasised && s.recommended() ? 3.2f : 2f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
    }

    /**
     * A marker's label beside its line, in rows from the top for break-evens and from the foot for volumes, kept
     * off the curves where there is room, and better also off other markers' lines (its background hides a line
     * less than a curve).
     */
    private void markerLabel(Graphics2D g, Placement m, ChartGeometry geo, ChartTheme theme, Labels labels,
                             Obstacles obstacles) {
        Rectangle2D p = geo.plot();
        double px = geo.tokens().toPixel(m.marker().tokens());
        if (px < p.getMinX() || px > p.getMaxX()) {
            return;
        }
        g.setFont(labelFont);
        FontMetrics fm = g.getFontMetrics();
        labels.beside(m.marker().candidates(), fm, px, p, m.top(), HANDLE,
                box -> obstacles.cost(box, px)).ifPresent(l -> {
                    tag(g, l.text(), l.box(), m.color(), theme, fm);
                    labels.add(l.text(), l.box());
                });
    }

    /** A label on a near-opaque tint of its colour, so a curve or grid line behind it never runs through it. */
    static void tag(Graphics2D g, String text, Rectangle2D box, Color color, ChartTheme theme,
                            FontMetrics fm) {
        Color back = blend(theme.plotBackground(), color, 0.12);
        g.setColor(new Color(back.getRed(), back.getGreen(), back.getBlue(), 235));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 8, 8));
        g.setColor(color);
        g.drawString(text, (float) (box.getX() + 5), (float) (box.getY() + fm.getAscent() + 1));
    }

    private Rectangle2D todayHandle(Graphics2D g, ChartSpec.Marker m, ChartGeometry geo, ChartTheme theme) {
        Rectangle2D p = geo.plot();
        double px = geo.tokens().toPixel(m.tokens());
        if (px < p.getMinX() || px > p.getMaxX()) {
            return null;
        }
        Path2D handle = new Path2D.Double();
        handle.moveTo(px - 7, p.getMaxY());
        handle.lineTo(px + 7, p.getMaxY());
        handle.lineTo(px, p.getMaxY() - 10);
        handle.closePath();
        g.setColor(theme.today());
        g.fill(handle);
        return new Rectangle2D.Double(px - 8, p.getMaxY() - HANDLE, 16, HANDLE);
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
                g.setColor(seriesColor(s, theme));
                g.fill(new java.awt.geom.Ellipse2D.Double(px - 4, py - 4, 8, 8));
                g.setColor(theme.plotBackground());
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new java.awt.geom.Ellipse2D.Double(px - 4, py - 4, 8, 8));
            }
        }
    }

    /** The legend's entries, right of the cost axis' title, on as many rows as the width needs. */
    private List<Legend.Entry<ChartSpec.Series>> legend(Graphics2D g, ChartSpec spec, double width) {
        double start = 8 + g.getFontMetrics(tickFont).stringWidth("$/month (log)") + 22;
        return Legend.layout(spec.series(), s -> s.option().label()
                        + (s.excluded() ? " (excluded)" : s.recommended() ? " (recommended)" : ""),
                g.getFontMetrics(legendFont), start, width - 6);
    }

    private void legend(Graphics2D g, ChartSpec spec, ChartTheme theme, ChartGeometry geo, Labels labels) {
        g.setFont(legendFont);
        Legend.draw(g, legend(g, spec, geo.width()), LEGEND_BASELINE, LEGEND_ROW, s -> new Legend.Style(
                seriesColor(s, theme), seriesStroke(s, true), s.excluded() ? theme.mutedText() : theme.text()), labels);
    }

    /**
     * The note, wrapped, in the first corner or middle of the plot where it hides no curve and no marker, else no
     * curve, else at the top.
     */
    private void note(Graphics2D g, String text, Rectangle2D plot, ChartTheme theme, Labels labels,
                      Obstacles obstacles) {
        g.setFont(labelFont);
        FontMetrics fm = g.getFontMetrics();
        // Narrow enough to find a corner clear of the curves, wide enough to keep to a few lines.
        double maxWidth = Math.min(plot.getWidth() - 40, Math.max(280, plot.getWidth() * 0.55));
        List<String> lines = new ArrayList<>();
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
        lines.replaceAll(l -> Labels.shorten(fm, l, maxWidth));
        double w = lines.stream().mapToDouble(fm::stringWidth).max().orElse(0) + 20;
        double h = lines.size() * fm.getHeight() + 12;
        double[] xs = {plot.getCenterX() - w / 2, plot.getMaxX() - 12 - w, plot.getMinX() + 12};
        double[] ys = {plot.getMinY() + 12, plot.getMaxY() - HANDLE - 6 - h};
        Rectangle2D box = null;
        for (int limit : new int[] {0, Labels.Clash.CURVE - 1, Labels.Clash.CURVE}) {
            for (double y : ys) {
                for (double x : xs) {
                    Rectangle2D candidate = new Rectangle2D.Double(x, y, w, h);
                    if (box == null && labels.fits(candidate, plot) && obstacles.cost(candidate, Double.NaN) <= limit) {
                        box = candidate;
                    }
                }
            }
        }
        if (box == null) {
            return;
        }
        double x = box.getX();
        double y = box.getY();
        g.setColor(theme.noteBackground());
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
        g.setColor(theme.text());
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (x + 10), (float) (y + 6 + fm.getAscent() + i * fm.getHeight()));
        }
        labels.add(text, box);
    }

    private static double clampY(double py, Rectangle2D plot) {
        return Math.max(plot.getMinY(), Math.min(plot.getMaxY(), py));
    }

    private static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {on, off}, 0f);
    }

    static Color blend(Color a, Color b, double t) {
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
