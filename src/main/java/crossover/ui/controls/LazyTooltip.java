package crossover.ui.controls;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Control;
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
        onFirstEntry(area, () -> {
            Tooltip tip = tooltip.get();
            for (Node target : targets) {
                Tooltip.install(target, tip);
            }
        });
    }

    /** Makes {@code tooltip}'s result the control's own tooltip when the pointer first enters it. */
    public static void install(Control control, Supplier<Tooltip> tooltip) {
        onFirstEntry(control, () -> control.setTooltip(tooltip.get()));
    }

    private static void onFirstEntry(Node area, Runnable make) {
        area.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                area.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        });
    }
}
