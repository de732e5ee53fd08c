package crossover.ui;

import javafx.animation.AnimationTimer;

/** Work for a later pulse of the JavaFX thread. */
final class Pulses {

    private Pulses() {
    }

    /**
     * Runs {@code action} on the {@code n}-th pulse from now, in the order the actions were given. Called during a
     * pulse's layout (or outside a pulse, as {@code Stage.show} lays out), the first pulse renders what that layout
     * made, and the second begins only once that frame is on screen.
     */
    static void after(int n, Runnable action) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == n) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
