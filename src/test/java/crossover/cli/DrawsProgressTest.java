package crossover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 12: a million draws take seconds, and {@code evaluate --json} says so on standard error instead
 * of sitting silent; quick draws say nothing. The clock is the test's, so no test waits.
 */
class DrawsProgressTest {

    private final StringWriter err = new StringWriter();
    private long now = 5_000_000_000L;

    private DrawsProgress progress(boolean terminal) {
        return new DrawsProgress(new PrintWriter(err), 1_000_000, terminal, () -> now);
    }

    private static long seconds(double s) {
        return Math.round(s * 1e9);
    }

    @Test
    void drawsThatFinishWithinASecondSayNothing() {
        DrawsProgress p = progress(true);

        for (int i = 1; i <= 9; i++) {
            now += seconds(0.1);
            p.accept(i / 10.0);
        }
        p.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void slowDrawsOffATerminalSayOnceHowManyAreRunningAndHowLongIsLeft() {
        DrawsProgress p = progress(false);

        now += seconds(1.5);
        p.accept(0.1);
        now += seconds(3);
        p.accept(0.4);
        now += seconds(9);
        p.accept(0.99);
        p.finish();

        // 10 % after 1.5 s: 13.5 s to go at that pace.
        assertThat(err.toString()).isEqualTo("crossover: drawing 1,000,000 samples for the uncertainty ranges, "
                + "10 % done, about 14 s left…" + System.lineSeparator());
    }

    @Test
    void slowDrawsOnATerminalKeepOneLineUpToDateAndEndIt() {
        DrawsProgress p = progress(true);

        now += seconds(2);
        p.accept(0.2);
        now += seconds(0.1);
        p.accept(0.21);
        now += seconds(2);
        p.accept(0.5);
        now += seconds(4);
        p.finish();

        String first = "crossover: drawing 1,000,000 samples for the uncertainty ranges, 20 % done, about 8 s left…";
        String second = "crossover: drawing 1,000,000 samples for the uncertainty ranges, 50 % done, about 4 s left…";
        String done = "crossover: drew 1,000,000 samples in 8 s.";
        // The update 0.1 s after the first is skipped: a terminal line is redrawn at most four times a second.
        assertThat(err.toString()).isEqualTo(first + "\r" + second + "\r" + done
                + " ".repeat(second.length() - done.length()) + System.lineSeparator());
    }
}
