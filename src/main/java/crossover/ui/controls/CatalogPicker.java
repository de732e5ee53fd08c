package crossover.ui.controls;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * A labelled, searchable list of catalog entries (type to filter), bound to the picked entry.
 *
 * <p>ControlsFX's {@link SearchableComboBox} costs about half a second to create the first time (its skins and
 * styles), so the first frame shows a plain button with the same text and the searchable list takes its place
 * right after the window's first pulse, or at once when the button is used first.
 */
public final class CatalogPicker<T> extends VBox {

    private final String id;
    private final String prompt;
    private final ObservableList<T> items;
    private final Function<T, String> names;
    private final ObjectProperty<T> picked;
    private final String help;
    private Tooltip tip;
    private static final javafx.css.PseudoClass PROMPT = javafx.css.PseudoClass.getPseudoClass("prompt");
    /** An entry too long for the picker loses words from its middle: its name's start and its price stay. */
    private static final OverrunStyle SHORTEN = OverrunStyle.CENTER_WORD_ELLIPSIS;
    private final Button placeholder = new Button();
    private SearchableComboBox<T> box;

    public CatalogPicker(String id, String label, String prompt, String help, ObservableList<T> items,
            Function<T, String> names, ObjectProperty<T> picked) {
        this.id = id;
        this.prompt = prompt;
        this.items = items;
        this.names = names;
        this.picked = picked;
        setId(id);
        getStyleClass().add("catalog-picker");
        setSpacing(2);
        Label title = new Label(label);
        title.getStyleClass().add("input-label");
        this.help = help;
        LazyTooltip.install(title, this::tooltip, title);
        placeholder.setId(id + "-placeholder");
        placeholder.getStyleClass().add("catalog-placeholder");
        placeholder.setMaxWidth(Double.MAX_VALUE);
        placeholder.setTextOverrun(SHORTEN);
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> picked.get() == null ? prompt : names.apply(picked.get()), picked));
        LazyTooltip.install(placeholder, this::tooltip, placeholder);
        placeholder.setOnAction(e -> {
            upgrade();
            box.requestFocus();
            box.show();
        });
        title.setLabelFor(placeholder);
        getChildren().addAll(title, placeholder);
        sceneProperty().addListener((obs, old, scene) -> upgradeAfterFirstPulse(scene));
    }

    private Tooltip tooltip() {
        if (tip == null) {
            tip = LazyTooltip.help(help);
        }
        return tip;
    }

    private void upgradeAfterFirstPulse(Scene scene) {
        if (scene == null || box != null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::upgrade);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void upgrade() {
        if (box != null) {
            return;
        }
        box = new SearchableComboBox<>(items);
        box.setId(id + "-box");
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : names.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(i -> names.apply(i).equals(text)).findFirst().orElse(null);
            }
        });
        // A combo box whose value goes back to null shows an empty button, not its prompt (after New, say): this
        // cell shows the prompt whenever nothing is picked.
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            {
                setTextOverrun(SHORTEN);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : names.apply(item));
                pseudoClassStateChanged(PROMPT, empty || item == null);
            }
        });
        // While the list is open, typing to filter moves the selection through other entries: only the entry the
        // list closes on is picked (a pick fills inputs, so passing entries would each leave a trace).
        box.setValue(picked.get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (!box.isShowing() && now != picked.get()) {
                picked.set(now);
            }
        });
        box.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && box.getValue() != picked.get()) {
                picked.set(box.getValue());
            }
        });
        picked.addListener((obs, old, now) -> {
            if (box.getValue() != now) {
                box.setValue(now);
            }
        });
        LazyTooltip.install(box, this::tooltip, box);
        ((Label) getChildren().get(0)).setLabelFor(box);
        boolean focused = placeholder.isFocused();
        getChildren().set(1, box);
        if (focused) {
            box.requestFocus();
        }
    }
}
