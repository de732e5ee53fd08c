package crossover.ui.controls;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** A labelled, searchable list of catalog entries (type to filter), bound to the picked entry. */
public final class CatalogPicker<T> extends VBox {

    private final SearchableComboBox<T> box;

    public CatalogPicker(String id, String label, String prompt, String help, ObservableList<T> items,
            Function<T, String> names, ObjectProperty<T> picked) {
        setId(id);
        getStyleClass().add("catalog-picker");
        setSpacing(2);
        Label title = new Label(label);
        title.getStyleClass().add("input-label");
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
        box.valueProperty().bindBidirectional(picked);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        title.setTooltip(tip);
        box.setTooltip(tip);
        title.setLabelFor(box);
        getChildren().addAll(title, box);
    }

    public SearchableComboBox<T> box() {
        return box;
    }
}
