package crossover.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the window remembers between runs (java.util.prefs): size, divider, theme, cost axis. */
public final class AppPreferences {

    /** How many recent files the File menu lists. */
    public static final int MAX_RECENT = 8;

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

    /** How wide the inputs are, in pixels: where the user left the divider between them and the charts. */
    public double inputsWidth() {
        double width = node.getDouble("window.inputsWidth", 360);
        return width > 0 && Double.isFinite(width) ? width : 360;
    }

    public void saveInputsWidth(double width) {
        node.putDouble("window.inputsWidth", width);
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

    /** Recently opened or saved scenario files, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String f = node.get("recent." + i, null);
            if (f != null) {
                files.add(Path.of(f));
            }
        }
        return files;
    }

    public void saveRecentFiles(List<Path> files) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    /** The folder the last file was opened from or saved to. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(node.get("lastFolder", null)).map(Path::of);
    }

    public void saveLastFolder(Path folder) {
        node.put("lastFolder", folder.toString());
    }

    /** The file the autosaved work belongs to, if it had one. */
    public Optional<Path> autosaveOrigin() {
        return Optional.ofNullable(node.get("autosave.origin", null)).map(Path::of);
    }

    public void saveAutosaveOrigin(Optional<Path> file) {
        if (file.isPresent()) {
            node.put("autosave.origin", file.get().toString());
        } else {
            node.remove("autosave.origin");
        }
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
