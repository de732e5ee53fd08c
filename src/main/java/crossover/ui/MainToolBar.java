package crossover.ui;

import crossover.ui.controls.LazyTooltip;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The toolbar: a button per command, its tooltip made from the command on first hover. */
final class MainToolBar extends ToolBar {

    MainToolBar(Commands c) {
        setId("toolbar");
        ToggleButton log = toggle(c.logCost);
        log.setText("Log cost axis");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getItems().setAll(button(c.open), button(c.save), new Separator(), button(c.undo), button(c.redo),
                new Separator(), log, new Separator(), button(c.export), button(c.copyChart), gap,
                toggle(c.darkTheme));
    }

    private static Button button(Command command) {
        return bind(new Button(), command);
    }

    private static ToggleButton toggle(Command command) {
        ToggleButton b = bind(new ToggleButton(), command);
        b.selectedProperty().bindBidirectional(command.selectedProperty());
        return b;
    }

    /*
     * Not ActionUtils.createButton: it makes each button's Tooltip up front, and making tooltips before the first
     * frame is what LazyTooltip saves.
     */
    private static <B extends ButtonBase> B bind(B b, Command command) {
        b.setId(command.id());
        b.setGraphic(command.icon().node());
        b.disableProperty().bind(command.disabledProperty());
        b.setOnAction(command);
        LazyTooltip.install(b, () -> new Tooltip(command.tooltip()));
        return b;
    }
}
