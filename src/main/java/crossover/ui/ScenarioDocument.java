package crossover.ui;

import crossover.io.LoadedScenario;
import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.io.ScenarioWriter;
import crossover.model.FieldSource;
import crossover.model.Scenario;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario as a document: which file it belongs to, whether it has unsaved changes, and the File commands
 * (New, Open, Save, Save As, Revert, samples, recent files, autosave and restore). Files are read and written
 * whole; a file that cannot be read opens nothing and a failed save leaves the old file as it was.
 */
public final class ScenarioDocument {

    private final ScenarioViewModel explorer;
    private final DialogService dialogs;
    private final AppPreferences prefs;
    private final Path autosaveFile;
    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Scenario> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /*
     * The one read-only view handed out: a view listens to its list only weakly, so a view made per call and held
     * by nobody else would be collected and its listeners (the Open Recent menu) would stop hearing changes.
     */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    /** Where the inputs of the saved scenario came from, as it was opened or saved. */
    private java.util.Map<crossover.model.Input, FieldSource> savedSources = java.util.Map.of();
    /** Set once the window may close: from then on nothing unsaved is kept, the user said so. */
    private boolean closed;

    private java.util.function.Supplier<java.util.Map<crossover.model.Input, FieldSource>> sources = java.util.Map::of;
    private java.util.function.Consumer<java.util.Map<crossover.model.Input, FieldSource>> sourcesLoaded = m -> { };

    /**
     * Where inputs came from travels with the file: {@code current} gives what to save beside the scenario,
     * {@code loaded} receives what a file opened (or an autosave restored) says, after the scenario is on screen.
     */
    public void connectSources(java.util.function.Supplier<java.util.Map<crossover.model.Input, FieldSource>> current,
            java.util.function.Consumer<java.util.Map<crossover.model.Input, FieldSource>> loaded) {
        this.sources = current;
        this.sourcesLoaded = loaded;
    }

    /** The dialogs this document asks through (the window's other commands use them too). */
    public DialogService dialogs() {
        return dialogs;
    }

    public ScenarioDocument(ScenarioViewModel explorer, DialogService dialogs, AppPreferences prefs, Path dataDir) {
        this.explorer = Objects.requireNonNull(explorer);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.prefs = Objects.requireNonNull(prefs);
        this.autosaveFile = dataDir.resolve("autosave.crossover");
        saved.set(explorer.scenarioProperty().get());
        dirty.bind(Bindings.createBooleanBinding(() -> !Objects.equals(explorer.scenarioProperty().get(), saved.get()),
                explorer.scenarioProperty(), saved));
        title.bind(Bindings.createStringBinding(() -> {
            Scenario s = explorer.scenarioProperty().get();
            String name = s == null || s.name().isBlank() ? "Untitled" : s.name();
            return name + (dirty.get() ? " *" : "") + " — Crossover";
        }, explorer.scenarioProperty(), dirty));
        recent.setAll(prefs.recentFiles());
    }

    // ---- state --------------------------------------------------------------------------------------------

    /** The file the scenario was opened from or saved to; null for a new one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether the scenario differs from what was last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** {@code NAME — Crossover}, with {@code *} after the name when there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Recently used files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    // ---- commands -----------------------------------------------------------------------------------------

    /** Starts a new scenario from the bundled defaults. */
    public void newScenario() {
        if (confirmDiscard("starting a new scenario")) {
            show(SessionStore.defaults(), null);
        }
    }

    /** Asks for a file and opens it. */
    public void open() {
        if (confirmDiscard("opening another scenario")) {
            dialogs.chooseFileToOpen(folder()).ifPresent(this::read);
        }
    }

    /** Opens a file (recent files, drag and drop, the command line), asking first about unsaved changes. */
    public boolean open(Path path) {
        return confirmDiscard("opening another scenario") && read(path);
    }

    /** Opens a bundled sample as a new, unsaved scenario. */
    public void openSample(Samples.Sample sample) {
        if (!confirmDiscard("opening a sample")) {
            return;
        }
        try {
            show(Samples.read(sample), null);
        } catch (ScenarioFileException e) {
            dialogs.showError("Could not open the sample", e.describe());
        }
    }

    /** Saves to the scenario's file, or asks where if it has none. Returns whether it was saved. */
    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : write(target);
    }

    /** Asks where to save, then saves there. Returns whether it was saved. */
    public boolean saveAs() {
        Scenario s = explorer.scenarioProperty().get();
        Optional<Path> target = dialogs.chooseFileToSave(folder(), suggestedFileName(s));
        if (target.isEmpty() || !write(target.get())) {
            return false;
        }
        file.set(target.get());
        return true;
    }

    /** Goes back to the file as saved, after asking. */
    public void revert() {
        Path current = file.get();
        if (current != null && dirty.get() && confirmRevert()) {
            read(current);
        }
    }

    /** Asks before closing the window; true if it may close. */
    public boolean closeRequested() {
        if (!confirmDiscard("closing")) {
            return false;
        }
        closed = true;
        deleteAutosave();
        return true;
    }

    /**
     * At quit: keeps for the next start the scenario as last opened or saved, with where its inputs came from,
     * or nothing (the next start shows the defaults) when it never was. Unsaved edits are never kept here: after
     * Don't save they are gone, and after a crash the autosave offers them back.
     */
    public void rememberForNextStart(SessionStore session) {
        if (!dirty.get()) {
            session.saveLast(explorer.scenarioProperty().get(), sources.get());
        } else if (saved.get() != null) {
            session.saveLast(saved.get(), savedSources);
        } else {
            session.forget();
        }
    }

    /**
     * At start, on the last session's scenario (already on screen): shows where its inputs came from and keeps
     * that with it, as a file's sources are kept when it opens.
     */
    public void continueSession(LoadedScenario last) {
        savedSources = last.sources();
        sourcesLoaded.accept(last.sources());
    }

    /** Keeps unsaved work in the data folder (called every few seconds); removes it once nothing is unsaved. */
    public void autosave() {
        Scenario s = explorer.scenarioProperty().get();
        if (closed) {
            return; // a tick between the window's closing and the app's stop must not keep the discarded edits
        }
        if (!dirty.get() || s == null) {
            deleteAutosave();
            return;
        }
        try {
            Files.createDirectories(autosaveFile.getParent());
            writer.write(autosaveFile, s, sources.get());
            prefs.saveAutosaveOrigin(Optional.ofNullable(file.get()));
        } catch (IOException | ScenarioFileException e) {
            crossover.io.AppDirs.log("autosave failed", e);
        }
    }

    /** At start: offers to restore work that was autosaved but never saved. Returns whether it did. */
    public boolean offerRestore() {
        if (!Files.isRegularFile(autosaveFile)) {
            return false;
        }
        Scenario unsaved;
        java.util.Map<crossover.model.Input, FieldSource> unsavedSources;
        try {
            LoadedScenario loaded = reader.read(autosaveFile);
            unsaved = loaded.scenario();
            unsavedSources = loaded.sources();
        } catch (ScenarioFileException e) {
            crossover.io.AppDirs.log("unreadable autosave ignored", e);
            deleteAutosave();
            return false;
        }
        if (!dialogs.confirmRestore(unsaved.name())) {
            deleteAutosave();
            return false;
        }
        Optional<Path> origin = prefs.autosaveOrigin();
        LoadedScenario onDisk = origin.flatMap(this::quietRead).orElse(null);
        explorer.replace(unsaved);
        sourcesLoaded.accept(unsavedSources);
        file.set(onDisk == null ? null : origin.get());
        saved.set(onDisk == null ? null : onDisk.scenario());
        savedSources = onDisk == null ? java.util.Map.of() : onDisk.sources();
        return true;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private boolean read(Path path) {
        try {
            LoadedScenario loaded = reader.read(path);
            show(loaded.scenario(), path);
            savedSources = loaded.sources();
            sourcesLoaded.accept(loaded.sources());
            remember(path);
            return true;
        } catch (ScenarioFileException e) {
            dialogs.showError("Could not open " + path.getFileName(), e.describe());
            return false;
        }
    }

    private Optional<LoadedScenario> quietRead(Path path) {
        try {
            return Optional.of(reader.read(path));
        } catch (ScenarioFileException e) {
            return Optional.empty();
        }
    }

    private boolean write(Path target) {
        Scenario s = explorer.scenarioProperty().get();
        java.util.Map<crossover.model.Input, FieldSource> from = sources.get();
        try {
            writer.write(target, s, from);
        } catch (ScenarioFileException e) {
            dialogs.showError("Could not save " + target.getFileName(), e.describe());
            return false;
        }
        saved.set(s);
        savedSources = from;
        remember(target);
        deleteAutosave();
        return true;
    }

    private void show(Scenario s, Path from) {
        explorer.replace(s);
        file.set(from);
        saved.set(explorer.scenarioProperty().get());
        savedSources = java.util.Map.of();
    }

    private boolean confirmDiscard(String action) {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.confirmDiscard(title.get().replace(" — Crossover", "").replace(" *", ""), action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean confirmRevert() {
        return dialogs.confirmDiscard(explorer.scenarioProperty().get().name(), "reverting to the saved file")
                == DialogService.Discard.DISCARD;
    }

    private void remember(Path path) {
        Path absolute = path.toAbsolutePath();
        List<Path> list = new ArrayList<>(recent);
        list.remove(absolute);
        list.add(0, absolute);
        while (list.size() > AppPreferences.MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        recent.setAll(list);
        prefs.saveRecentFiles(list);
        if (absolute.getParent() != null) {
            prefs.saveLastFolder(absolute.getParent());
        }
    }

    private Optional<Path> folder() {
        Path current = file.get();
        return current != null && current.toAbsolutePath().getParent() != null
                ? Optional.of(current.toAbsolutePath().getParent())
                : prefs.lastFolder();
    }

    private void deleteAutosave() {
        try {
            Files.deleteIfExists(autosaveFile);
        } catch (IOException e) {
            crossover.io.AppDirs.log("could not remove the autosave", e);
        }
    }

    /** A file name from the scenario name: letters, digits, spaces, dashes and underscores kept. */
    static String suggestedFileName(Scenario s) {
        String base = s == null ? "" : s.name().replaceAll("[^\\p{L}\\p{N} _-]", "").trim();
        return (base.isEmpty() ? "scenario" : base.toLowerCase(Locale.ROOT).replace(' ', '-')) + ".crossover";
    }
}
