package crossover.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The light or dark theme (AtlantaFX Primer); the chart follows it. */
public final class Appearance {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    public Appearance(boolean startDark) {
        dark.set(startDark);
        dark.addListener((obs, was, now) -> apply(now));
        apply(startDark);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private static void apply(boolean dark) {
        // The theme's binary form: JavaFX reads it several times faster than it parses the same CSS text.
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
