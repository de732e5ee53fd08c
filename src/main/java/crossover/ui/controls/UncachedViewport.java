package crossover.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache JavaFX's scroll pane keeps of its viewport. The cache makes scrolling a blit, but
 * whatever changes inside the viewport (a number, a slider's thumb, a sentence) rebuilds the whole cache: in
 * software rendering, every slider step re-rendered the whole inputs column and the whole recommendation card
 * for a few pixels that changed. Without it only the changed region is rendered.
 */
public final class UncachedViewport {

    private UncachedViewport() {
    }

    /** Drops the viewport cache of {@code pane} now if it has its skin, else as soon as it gets one. */
    public static void of(ScrollPane pane) {
        uncache(pane);
        pane.skinProperty().addListener((obs, old, now) -> uncache(pane));
    }

    private static void uncache(ScrollPane pane) {
        if (pane.getSkin() == null) {
            return;
        }
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("viewport")) {
                n.setCache(false);
            }
        }
    }
}
