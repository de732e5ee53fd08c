package crossover.ui.controls;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips made the first time the pointer enters their area. A tooltip is a popup and costs a few milliseconds
 * to create; the window has dozens, and making them all before the first frame cost it about a tenth of a second.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** A wrapping help tooltip with Crossover's delays. */
    public static Tooltip help(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** Installs {@code tooltip}'s result on {@code targets} when the pointer first enters {@code area}. */
    public static void install(Node area, Supplier<Tooltip> tooltip, Node... targets) {
        area.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                area.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = tooltip.get();
                for (Node target : targets) {
                    Tooltip.install(target, tip);
                }
            }
        });
    }
}
