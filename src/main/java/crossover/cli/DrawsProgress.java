package crossover.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;

/**
 * Tells on standard error that the Monte Carlo draws are still running, once they have taken longer than
 * {@link #QUIET_NANOS}: one line with the count and the time left, and, on a terminal, the share done kept up to
 * date on that line. Standard output stays the command's own (its JSON is never mixed with this).
 */
final class DrawsProgress implements DoubleConsumer {

    /** Draws that finish within a second say nothing: most files take a few milliseconds. */
    static final long QUIET_NANOS = 1_000_000_000L;
    /** On a terminal, the line is rewritten at most this often. */
    private static final long REFRESH_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int samples;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long start;
    private long shownAt = -1;
    private int width;

    /**
     * @param terminal whether standard error is a terminal: then the line is rewritten in place ({@code \r})
     * @param nanoTime the clock ({@link System#nanoTime} outside tests)
     */
    DrawsProgress(PrintWriter err, int samples, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.samples = samples;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void accept(double done) {
        long now = nanoTime.getAsLong();
        long elapsed = now - start;
        if (elapsed < QUIET_NANOS || done <= 0) {
            return;
        }
        if (shownAt < 0) {
            show(line(done, elapsed));
            if (!terminal) {
                err.println();
            }
            shownAt = now;
        } else if (terminal && now - shownAt >= REFRESH_NANOS) {
            show(line(done, elapsed));
            shownAt = now;
        }
        err.flush();
    }

    /** The draws are done: on a terminal the line says so and ends. */
    void finish() {
        if (shownAt >= 0 && terminal) {
            show("crossover: drew " + String.format(Locale.ROOT, "%,d", samples) + " samples in "
                    + seconds(nanoTime.getAsLong() - start) + ".");
            err.println();
            err.flush();
        }
    }

    private String line(double done, long elapsed) {
        long left = Math.round(elapsed * (1 - done) / done);
        return "crossover: drawing " + String.format(Locale.ROOT, "%,d", samples) + " samples for the uncertainty "
                + "ranges, " + (int) Math.floor(done * 100) + " % done, about " + seconds(left) + " left…";
    }

    /** Writes {@code text} over the line shown before (padding covers a longer old line). */
    private void show(String text) {
        if (terminal && width > 0) {
            err.print('\r');
        }
        err.print(text + " ".repeat(Math.max(0, width - text.length())));
        width = text.length();
    }

    private static String seconds(long nanos) {
        long s = Math.max(1, Math.round(nanos / 1e9));
        return s < 120 ? s + " s" : (s + 30) / 60 + " min";
    }
}
