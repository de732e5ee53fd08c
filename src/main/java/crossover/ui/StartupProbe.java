package crossover.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * Measures the time to the first frame: called right after the first paint, it waits for the next pulse (which
 * starts only once that frame has been rendered), prints {@code first-frame-ms=N} since JVM start and exits.
 * Crossover and the bare-window baseline use this same code, so their figures compare. Steps marked on the way
 * print on a second line.
 */
public final class StartupProbe {

    /** System property that turns the probe on. */
    public static final String PROPERTY = "crossover.startup.probe";

    private static final StringBuilder PHASES = new StringBuilder();

    private StartupProbe() {
    }

    /** With the probe on, notes the time since JVM start at a named step, printed with the figure. */
    public static void mark(String step) {
        if (enabled()) {
            PHASES.append(PHASES.length() == 0 ? "" : " ").append(step).append('=').append(sinceJvmStart());
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Prints the figure on the pulse after this one; on the pulse after that, once what the window adds after its
     * first frame has been rendered too, prints {@code complete-ms=N} and exits the JVM with 0.
     */
    public static void reportAfterNextFrame() {
        Pulses.after(2, () -> System.out.println("first-frame-ms=" + sinceJvmStart()));
        Pulses.after(3, () -> {
            System.out.println("complete-ms=" + sinceJvmStart());
            if (PHASES.length() > 0) {
                System.out.println("phases-ms: " + PHASES);
            }
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }
}
