package crossover.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService for tests: answers from a script and records what the user would have been asked. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> discardQuestions = new ArrayList<>();
    final Deque<Discard> discardAnswers = new ArrayDeque<>();
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<ExportChoice> exports = new ArrayDeque<>();
    /** The chart on screen each export dialog was opened with. */
    final java.util.List<crossover.export.ExportChart> exportsAsked = new java.util.ArrayList<>();
    boolean restoreAnswer;
    int restoreQuestions;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Discard confirmDiscard(String scenarioName, String action) {
        discardQuestions.add(scenarioName + " / " + action);
        if (discardAnswers.isEmpty()) {
            throw new AssertionError("unexpected question about unsaved changes before " + action);
        }
        return discardAnswers.pop();
    }

    @Override
    public boolean confirmRestore(String scenarioName) {
        restoreQuestions++;
        return restoreAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<ExportChoice> chooseExport(Optional<Path> folder, String baseName,
                                               crossover.export.ExportChart shown, boolean dark) {
        exportsAsked.add(shown);
        return Optional.ofNullable(exports.poll());
    }
}
