package crossover.chart;

import java.awt.Font;
import java.util.Locale;

/**
 * The charts' logical sans-serif font. It names its family without asking the platform's font system:
 * {@code Font.getFamily()} of a plain AWT font starts AWT's font manager (a fontconfig scan, 45–70 ms on a cold
 * start here), which the window never needs: its canvas maps the family to a JavaFX font by name. For a logical
 * font the name is the family ({@code new Font("SansSerif", …).getFamily()} is "SansSerif"), so every export
 * sees the same family as before.
 */
final class ChartFont extends Font {

    private static final long serialVersionUID = 1L;

    ChartFont(int style, int size) {
        super(SANS_SERIF, style, size);
    }

    @Override
    public String getFamily() {
        return getName();
    }

    @Override
    public String getFamily(Locale locale) {
        return getName();
    }
}
