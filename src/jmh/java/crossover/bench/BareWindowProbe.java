package crossover.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for Crossover's startup probe: a bare JavaFX window with one label, timed the same way
 * ({@code first-frame-ms} since JVM start, on the second pulse after the first paint).
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
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
