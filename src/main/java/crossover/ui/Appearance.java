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
        dark.addListener((obs, was, now) -> apply(now));
        dark.set(startDark);
        apply(startDark);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
