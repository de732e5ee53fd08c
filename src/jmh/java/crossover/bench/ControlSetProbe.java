package crossover.bench;

import crossover.ui.StartupProbe;
import crossover.ui.controls.CanvasGraphics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second baseline for the startup probe: the bare window given Crossover's theme (AtlantaFX Primer, binary CSS)
 * and one of each kind of control its first frame shows (menu bar, toolbar, split panes, a scroll pane, label, text
 * field, slider, toggle and plain buttons, tabs, a canvas drawn through Java2D), about forty nodes against the
 * window's five hundred. What it costs over {@link BareWindowProbe} is what those kinds of control cost to load,
 * style and lay out the first time, before any of Crossover's own work.
 */
public class ControlSetProbe extends Application {

    /** Entry point: like Crossover's launcher, not an Application subclass (JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ControlSetProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        MenuBar menus = new MenuBar(new Menu("File", null, new MenuItem("Open…")), new Menu("Edit"), new Menu("View"));
        ToolBar tools = new ToolBar(new Button("Open"), new Button("Save"), new Separator(), new ToggleButton("Log"));
        VBox inputs = new VBox(6, new Label("Requests per day"),
                new HBox(4, new TextField("20,000"), new Label("req/day"), new ToggleButton("±")),
                new Slider(0, 1, 0.5), new HBox(new ToggleButton("Public"), new ToggleButton("Internal")));
        Canvas canvas = new Canvas(800, 400);
        CanvasGraphics g = new CanvasGraphics(canvas);
        g.setStroke(new BasicStroke(2f));
        g.setColor(Color.BLUE);
        g.draw(new Line2D.Double(60, 360, 780, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("$/month", 8, 14);
        TabPane tabs = new TabPane(new Tab("Cost curves", new StackPane(canvas)), new Tab("Timeline"),
                new Tab("Sensitivity"), new Tab("Cheapest setup"));
        SplitPane right = new SplitPane(tabs, new ScrollPane(new Label("API inference")));
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        SplitPane split = new SplitPane(new ScrollPane(inputs), right);
        stage.setScene(new Scene(new BorderPane(split, new VBox(menus, tools), null, new Label("Status"), null),
                1360, 860));
        stage.show();
        StartupProbe.reportAfterNextFrame();
    }
}
