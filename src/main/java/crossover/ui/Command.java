package crossover.ui;

import crossover.ui.controls.Icon;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;

/**
 * One command of the window as a ControlsFX {@link Action}: its menu item and toolbar button are made from it,
 * and the button's tooltip names the same accelerator the menu shows.
 */
final class Command extends Action {

    private final String id;
    private Icon icon;

    /**
     * @param id   what its controls are called: the toolbar button {@code id}, the menu item {@code menu-id}
     * @param text the menu item's label
     */
    Command(String id, String text, Consumer<ActionEvent> handler) {
        super(text, handler);
        this.id = Objects.requireNonNull(id);
    }

    /** The accelerator, as {@code Shortcut+S} ("Ctrl+S" on Linux and Windows, "⌘S" on macOS). */
    Command key(String accelerator) {
        setAccelerator(KeyCombination.keyCombination(accelerator));
        return this;
    }

    /** What the toolbar button does, in a few words; its tooltip adds the key. */
    Command tip(String text) {
        setLongText(text);
        return this;
    }

    /** The toolbar button's icon. */
    Command icon(Icon icon) {
        this.icon = icon;
        return this;
    }

    /** Shows the toolbar's icon beside the menu item too. */
    Command iconInMenu() {
        setGraphic(Objects.requireNonNull(icon).node());
        return this;
    }

    public String id() {
        return id;
    }

    Icon icon() {
        return icon;
    }

    /** The toolbar button's tooltip: what it does and, from the accelerator itself, its key. */
    public String tooltip() {
        String what = getLongText() == null || getLongText().isEmpty() ? getText() : getLongText();
        return getAccelerator() == null ? what : what + " (" + getAccelerator().getDisplayText() + ")";
    }
}
