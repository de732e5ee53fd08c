package crossover.ui.controls;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A labelled segmented choice of one enum value: pill-shaped toggle buttons, exactly one selected. */
public final class ChoiceBar<E> extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    public ChoiceBar(String id, String label, String help, List<E> values, Function<E, String> names,
                     ObjectProperty<E> selected) {
        setId(id.replace('.', '-'));
        getStyleClass().add("choice-bar");
        Label title = new Label(label);
        title.getStyleClass().add("input-label");
        java.util.List<javafx.scene.Node> helped = new java.util.ArrayList<>(List.of(title));
        HBox buttons = new HBox();
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < values.size(); i++) {
            E value = values.get(i);
            ToggleButton b = new ToggleButton(names.apply(value));
            b.setId(getId() + "-" + names.apply(value).toLowerCase(java.util.Locale.ROOT));
            b.setUserData(value);
            b.setToggleGroup(group);
            helped.add(b);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            buttons.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one value is always chosen
            } else {
                @SuppressWarnings("unchecked")
                E value = (E) now.getUserData();
                selected.set(value);
            }
        });
        selected.addListener((obs, old, now) -> select(now));
        select(selected.get());
        Region spacer = new Region();
        HBox head = new HBox(title, spacer);
        getChildren().addAll(head, buttons);
        LazyTooltip.install(this, () -> LazyTooltip.help(help), helped.toArray(javafx.scene.Node[]::new));
        setSpacing(4);
    }

    private void select(E value) {
        group.getToggles().stream().filter(t -> t.getUserData().equals(value)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }
}
