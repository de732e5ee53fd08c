package crossover.ui;

import crossover.export.ExportChart;
import java.nio.file.Path;
import java.util.Optional;

/** Everything that opens a window or a chooser goes through here, so tests can replace it. */
public interface DialogService {

    /** What to do with unsaved changes. */
    enum Discard { SAVE, DISCARD, CANCEL }

    /** Tells the user something went wrong, in a sentence, with no stack trace. */
    void showError(String title, String message);

    /** Asks what to do with unsaved changes to the named scenario before {@code action} (e.g. "opening another file"). */
    Discard confirmDiscard(String scenarioName, String action);

    /** Asks whether to restore work that was not saved when Crossover last stopped. */
    boolean confirmRestore(String scenarioName);

    /** A scenario file to open, starting in {@code folder} if present. */
    Optional<Path> chooseFileToOpen(Optional<Path> folder);

    /** A price list to import (LiteLLM's model_prices_and_context_window.json), starting in {@code folder}. */
    default Optional<Path> choosePriceList(Optional<Path> folder) {
        return chooseFileToOpen(folder);
    }

    /** Where to save, suggesting {@code suggestedName} in {@code folder}. */
    Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName);

    /**
     * Asks for an export's format, chart (first {@code shown}, the one on screen), size, scale and theme, then for
     * the file, proposing {@link ExportChoice#fileName}; empty if cancelled.
     */
    Optional<ExportChoice> chooseExport(Optional<Path> folder, String baseName, ExportChart shown, boolean dark);
}
