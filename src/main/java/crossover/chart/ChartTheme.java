package crossover.chart;

import crossover.model.Option;
import java.awt.Color;

/**
 * The colours of the chart, light or dark. Option colours keep their hue across themes and are chosen to be
 * told apart by people with the common colour-vision deficiencies (blue, orange, purple, teal, and a dark pink for
 * owned GPUs).
 */
public record ChartTheme(
        String name,
        Color background,
        Color plotBackground,
        Color grid,
        Color axis,
        Color text,
        Color mutedText,
        Color api,
        Color selfHosted,
        Color cloudManaged,
        Color hybrid,
        Color onPrem,
        Color breakEven,
        Color zigZagBand,
        Color today,
        Color horizon,
        Color noteBackground) {

    public static final ChartTheme LIGHT = new ChartTheme("light",
            new Color(0xFFFFFF), new Color(0xFBFCFD), new Color(0xE6E9EE), new Color(0x8A94A3),
            new Color(0x1F2328), new Color(0x59636E),
            new Color(0x0969DA), new Color(0xD4700A), new Color(0x8250DF), new Color(0x0E8A7E), new Color(0xBF3989),
            new Color(0x1A7F37), new Color(26, 127, 55, 36), new Color(0x1F2328), new Color(0x6E7781),
            new Color(0xFFF8C5));

    public static final ChartTheme DARK = new ChartTheme("dark",
            new Color(0x0D1117), new Color(0x10151C), new Color(0x262C36), new Color(0x6E7681),
            new Color(0xE6EDF3), new Color(0x9198A1),
            new Color(0x58A6FF), new Color(0xF0883E), new Color(0xBC8CFF), new Color(0x3DD6C6), new Color(0xF778BA),
            new Color(0x3FB950), new Color(63, 185, 80, 40), new Color(0xE6EDF3), new Color(0x8B949E),
            new Color(0x3B2E0A));

    /** The colour of an option's curve. */
    public Color of(Option option) {
        return switch (option) {
            case API_INFERENCE -> api;
            case SELF_HOSTED -> selfHosted;
            case CLOUD_MANAGED -> cloudManaged;
            case HYBRID -> hybrid;
            case ON_PREM -> onPrem;
        };
    }

    public boolean isDark() {
        return this == DARK;
    }
}
