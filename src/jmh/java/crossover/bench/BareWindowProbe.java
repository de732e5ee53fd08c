package crossover.bench;

import crossover.ui.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for Crossover's startup probe: a bare JavaFX window with one label, timed by the same
 * {@link StartupProbe}.
 */
public class BareWindowProbe extends Application {

    /** Entry point: like Crossover's launcher, not an Application subclass (JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindowProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1360, 860));
        stage.show();
        StartupProbe.reportAfterNextFrame();
    }
}
