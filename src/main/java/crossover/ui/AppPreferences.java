package crossover.ui;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the window remembers between runs (java.util.prefs): size, position, theme, cost axis. */
public final class AppPreferences {

    private final Preferences node;

    /** @param node where to keep them; tests pass a throw-away node */
    public AppPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("crossover"));
    }

    public double windowWidth() {
        return node.getDouble("window.width", 1360);
    }

    public double windowHeight() {
        return node.getDouble("window.height", 860);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void saveWindow(double width, double height, boolean maximized) {
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        node.putBoolean("window.maximized", maximized);
    }

    public boolean dark() {
        return node.getBoolean("theme.dark", false);
    }

    public void saveDark(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    public boolean logCost() {
        return node.getBoolean("chart.logCost", true);
    }

    public void saveLogCost(boolean log) {
        node.putBoolean("chart.logCost", log);
    }

    /** Writes to the backing store now; failures are harmless (the defaults come back next time). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // Preferences are a convenience; losing them must never stop the program.
        }
    }
}
