package crossover.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Work to run off the FX thread and what to do with its outcome: the result, its progress, its cancellation, or a
 * sentence saying why it failed. A {@link TaskExecutor} runs the work and calls these handlers on the FX thread.
 *
 * <p>A failure always ends in one sentence. An exception the work expects (a user's broken file) is explained by
 * the handler given to {@link #explain}; any other is a bug: its stack trace goes to the log, and the sentence
 * names what stopped and where the details are.
 *
 * @param <V> what the work computes
 */
public final class BackgroundTask<V> {

    /** The work itself; it runs on a worker thread and must not touch a view model or a node. */
    @FunctionalInterface
    public interface Work<V> {
        V run(Context context) throws Exception;
    }

    /** What the work may ask and tell while it runs. */
    public interface Context {

        /** Whether the result is no longer wanted; long work checks this now and then and stops early. */
        boolean isCancelled();

        /** Reports the share done, 0 … 1. */
        void progress(double done);
    }

    /** A task under way. */
    public interface Running {

        /**
         * Stops the task: its work is told so, its success and failure handlers are not called, its cancel
         * handler is. Does nothing once the task has finished.
         */
        void cancel();
    }

    private record Explanation<X extends Throwable>(Class<X> type, Function<? super X, String> sentence) {

        String explain(Throwable failure) {
            return sentence.apply(type.cast(failure));
        }
    }

    private final String what;
    private final Work<V> work;
    private final List<Explanation<?>> explanations = new ArrayList<>();
    private Consumer<? super V> onSuccess = v -> { };
    private Consumer<String> onFailure = sentence -> { };
    private DoubleConsumer onProgress = done -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String what, Work<V> work) {
        this.what = Objects.requireNonNull(what, "what");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * @param what what the work does, as it reads after "An unexpected error stopped": "the draws", "the import
     *             of prices.json"
     */
    public static <V> BackgroundTask<V> of(String what, Work<V> work) {
        return new BackgroundTask<>(what, work);
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> handler) {
        onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Receives the sentence that says why the work failed, to show where its result would have been. */
    public BackgroundTask<V> onFailure(Consumer<String> handler) {
        onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onProgress(DoubleConsumer handler) {
        onProgress = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable handler) {
        onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** A failure the work expects (a user's mistake): said with {@code sentence}, not logged. */
    public <X extends Throwable> BackgroundTask<V> explain(Class<X> type, Function<? super X, String> sentence) {
        explanations.add(new Explanation<>(Objects.requireNonNull(type), Objects.requireNonNull(sentence)));
        return this;
    }

    /** Hands the task to {@code executor}; the handle cancels it. */
    public Running executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    // ---- for executors -------------------------------------------------------------------------------------

    V run(Context context) throws Exception {
        return work.run(context);
    }

    /** The sentence for a failure; an unexpected one is logged first (call it off the FX thread: it writes). */
    String sentenceFor(Throwable failure, FailureLog log) {
        for (Explanation<?> e : explanations) {
            if (e.type().isInstance(failure)) {
                return e.explain(failure);
            }
        }
        String where = log.record(what, failure);
        return "An unexpected error stopped " + what + " (" + failure.getClass().getSimpleName() + ")"
                + (where.isEmpty() ? "" : "; details in " + where) + ". Please report it.";
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    void failed(String sentence) {
        onFailure.accept(sentence);
    }

    void progressed(double done) {
        onProgress.accept(done);
    }

    void cancelled() {
        onCancelled.run();
    }
}
