package crossover.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs and choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter SCENARIOS =
            new FileChooser.ExtensionFilter("Crossover scenarios (*.crossover)", "*.crossover");

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    @Override
    public Discard confirmDiscard(String scenarioName, String action) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes to \u201C" + scenarioName + "\u201D will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes before " + action + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Discard.SAVE : answer == discard ? Discard.DISCARD : Discard.CANCEL;
    }

    @Override
    public boolean confirmRestore(String scenarioName) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Crossover stopped with unsaved changes to \u201C" + scenarioName + "\u201D. Restore them?",
                restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Restore unsaved work?");
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        FileChooser chooser = chooser("Open scenario", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
        FileChooser chooser = chooser("Save scenario", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith(".crossover") ? p
                        : p.resolveSibling(p.getFileName() + ".crossover"));
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(SCENARIOS);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }
}
