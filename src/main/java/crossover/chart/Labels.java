package crossover.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The labels of one painting: each painter asks whether a label's box is free before it draws it, so no two labels
 * overlap and none leaves the chart, and tests can ask where they all went.
 */
final class Labels {

    /** Labels keep this far apart, so that small differences between font metrics never make them touch. */
    private static final double GAP = 2;

    private final Rectangle2D bounds;
    private final List<LabelBox> placed = new ArrayList<>();

    Labels(double width, double height) {
        bounds = new Rectangle2D.Double(0, 0, width, height);
    }

    /** Whether a box lies within the chart and clear of every label placed so far. */
    boolean fits(Rectangle2D box) {
        return fits(box, bounds);
    }

    /** Whether a box lies within an area (and the chart) and clear of every label placed so far. */
    boolean fits(Rectangle2D box, Rectangle2D area) {
        if (!contains(bounds, box) || !contains(area, box)) {
            return false;
        }
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                box.getHeight() + 2 * GAP);
        return placed.stream().noneMatch(l -> l.box().intersects(grown));
    }

    void add(String text, Rectangle2D box) {
        placed.add(new LabelBox(text, box));
    }

    List<LabelBox> boxes() {
        return List.copyOf(placed);
    }

    /**
     * What a tag should keep off besides other labels: {@link #CURVE} if it runs into a curve, else how many other
     * markers' lines it crosses.
     */
    @FunctionalInterface
    interface Clash {
        int CURVE = Integer.MAX_VALUE;

        int cost(Rectangle2D box);
    }

    /**
     * Where a tag (a text with 5 px of padding) goes beside a vertical line at {@code px}: in rows from the top of
     * the area, or from {@code foot} above its bottom, right of the line before left of it. It must keep off other
     * labels. It should keep off curves and other lines: each text, longest first, is tried crossing no line, then
     * one; then any text crossing lines; then anywhere. Empty if no row has room.
     */
    Optional<LabelBox> beside(List<String> texts, FontMetrics fm, double px, Rectangle2D area, boolean fromTop,
                              double foot, Clash clash) {
        double h = fm.getHeight() + 2;
        Rectangle2D inside = new Rectangle2D.Double(area.getX() + 2, area.getY() + 2, area.getWidth() - 4,
                area.getHeight() - 4);
        List<int[]> passes = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            passes.add(new int[] {t, 0});
            passes.add(new int[] {t, 1});
        }
        for (int limit : new int[] {Clash.CURVE - 1, Clash.CURVE}) {
            for (int t = 0; t < texts.size(); t++) {
                passes.add(new int[] {t, limit});
            }
        }
        for (int[] pass : passes) {
            String text = texts.get(pass[0]);
            double w = fm.stringWidth(text) + 10;
            for (int row = 0; ; row++) {
                double ly = fromTop ? area.getMinY() + 6 + row * (h + 4) : area.getMaxY() - foot - h - row * (h + 4);
                if (ly < area.getMinY() || ly + h > area.getMaxY()) {
                    break;
                }
                for (double lx : new double[] {px + 6, px - 6 - w}) {
                    Rectangle2D box = new Rectangle2D.Double(lx, ly, w, h);
                    if (fits(box, inside) && clash.cost(box) <= pass[1]) {
                        return Optional.of(new LabelBox(text, box));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** How many of the vertical lines at {@code xs}, other than {@code own}, a box crosses. */
    static int crossings(Rectangle2D box, List<Double> xs, double own) {
        return (int) xs.stream().filter(x -> x != own && x >= box.getMinX() - 2 && x <= box.getMaxX() + 2).count();
    }

    /** Draws a string in the current font and records its box. */
    void text(Graphics2D g, String s, double x, double baseline, Color color) {
        g.setColor(color);
        g.drawString(s, (float) x, (float) baseline);
        add(s, textBox(g.getFontMetrics(), s, x, baseline));
    }

    /** The box of a string drawn at {@code (x, baseline)}. */
    static Rectangle2D textBox(FontMetrics fm, String s, double x, double baseline) {
        return new Rectangle2D.Double(x, baseline - fm.getAscent(), fm.stringWidth(s), fm.getAscent() + fm.getDescent());
    }

    /** The string, cut with an ellipsis where it would be wider than {@code maxWidth}. */
    static String shorten(FontMetrics fm, String s, double maxWidth) {
        if (fm.stringWidth(s) <= maxWidth) {
            return s;
        }
        // The longest prefix that fits, found by halving so that a sentence of any length is cut in logarithmic time.
        int lo = 0;
        int hi = s.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fm.stringWidth(s.substring(0, mid).stripTrailing() + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : s.substring(0, lo).stripTrailing() + "…";
    }

    /** Runs a painting on an off-screen image of the size, for its measurements. */
    static <T> T offscreen(double width, double height, Function<Graphics2D, T> painting) {
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(width)), Math.max(1,
                (int) Math.ceil(height)), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            return painting.apply(g);
        } finally {
            g.dispose();
        }
    }

    private static boolean contains(Rectangle2D outer, Rectangle2D box) {
        return box.getMinX() >= outer.getMinX() - 1e-9 && box.getMaxX() <= outer.getMaxX() + 1e-9
                && box.getMinY() >= outer.getMinY() - 1e-9 && box.getMaxY() <= outer.getMaxY() + 1e-9;
    }
}
