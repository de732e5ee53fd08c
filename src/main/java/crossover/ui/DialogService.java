package crossover.ui;

/** Everything that opens a window or a chooser goes through here, so tests can replace it. */
public interface DialogService {

    /** Tells the user something went wrong, in a sentence, with no stack trace. */
    void showError(String title, String message);
}
