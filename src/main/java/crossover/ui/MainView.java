package crossover.ui;

import crossover.ui.explorer.ChartView;
import crossover.ui.explorer.InputsView;
import crossover.ui.explorer.RecommendationView;
import crossover.ui.explorer.ScenarioViewModel;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The explorer window's content: menus and toolbar, inputs on the left, chart and recommendation, status line. */
public final class MainView extends BorderPane {

    private final ChartView chart;

    public MainView(ScenarioViewModel vm, Appearance appearance) {
        setId("main");
        chart = new ChartView(vm, appearance.darkProperty());
        InputsView inputs = new InputsView(vm);
        inputs.setPrefWidth(360);
        inputs.setMinWidth(320);
        RecommendationView recommendation = new RecommendationView(vm);
        recommendation.setMinHeight(150);

        SplitPane right = new SplitPane(chart, recommendation);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(recommendation, false);
        SplitPane main = new SplitPane(inputs, right);
        main.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(inputs, false);

        setTop(new VBox(menus(vm, appearance), toolbar(vm, appearance)));
        setCenter(main);
        setBottom(statusBar(vm));
    }

    /** The chart, for the startup probe and tests. */
    public ChartView chart() {
        return chart;
    }

    private static MenuBar menus(ScenarioViewModel vm, Appearance appearance) {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, quit);

        MenuItem undo = new MenuItem("Undo", new FontIcon(MaterialDesignU.UNDO));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem("Redo", new FontIcon(MaterialDesignR.REDO));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        MenuItem redoAlt = new MenuItem("Redo (alternative)");
        redoAlt.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoAlt.disableProperty().bind(vm.canRedoProperty().not());
        redoAlt.setOnAction(e -> vm.redo());
        redoAlt.setVisible(false);
        Menu edit = new Menu("_Edit", null, undo, redo, redoAlt);

        CheckMenuItem log = new CheckMenuItem("Logarithmic cost axis");
        log.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        log.selectedProperty().bindBidirectional(vm.logCostProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        Menu view = new Menu("_View", null, log, new SeparatorMenuItem(), dark);
        return new MenuBar(file, edit, view);
    }

    private static ToolBar toolbar(ScenarioViewModel vm, Appearance appearance) {
        Button undo = iconButton(new FontIcon(MaterialDesignU.UNDO), "Undo (Ctrl+Z)");
        undo.setId("undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = iconButton(new FontIcon(MaterialDesignR.REDO), "Redo (Ctrl+Shift+Z)");
        redo.setId("redo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());

        ToggleButton log = new ToggleButton("Log cost axis", new FontIcon(MaterialDesignM.MATH_LOG));
        log.setId("log-cost");
        log.setTooltip(new Tooltip("Switch the cost axis between logarithmic and linear (Ctrl+L)"));
        log.selectedProperty().bindBidirectional(vm.logCostProperty());
        ToggleButton dark = new ToggleButton(null, new FontIcon(MaterialDesignW.WEATHER_NIGHT));
        dark.setId("dark-theme");
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+D)"));
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(undo, redo, new Separator(), log, gap, dark);
    }

    private static Button iconButton(FontIcon icon, String tip) {
        Button b = new Button(null, icon);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static HBox statusBar(ScenarioViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(vm.firstErrorProperty().map(m -> m.isEmpty() ? "" : "Showing the last valid figures: " + m));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, gap, error);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
