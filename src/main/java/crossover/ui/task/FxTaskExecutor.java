package crossover.ui.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs background tasks as JavaFX {@link Task}s on two daemon worker threads that the application owns and shuts
 * down on exit; handlers run on the FX thread. Two, so that a price list being read does not wait for a Monte
 * Carlo run (or the other way round).
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService workers;
    private final FailureLog log;

    public FxTaskExecutor(FailureLog log) {
        this.log = Objects.requireNonNull(log, "log");
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(2, r -> {
            // A daemon: a run under way never keeps the program alive after its window has closed.
            Thread t = new Thread(r, "crossover-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <V> BackgroundTask.Running execute(BackgroundTask<V> task) {
        FxTask<V> fx = new FxTask<>(task, log);
        workers.execute(fx);
        return fx::cancel;
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }

    private static final class FxTask<V> extends Task<V> implements BackgroundTask.Context {

        private final BackgroundTask<V> task;
        private final FailureLog log;
        private volatile String failure;

        FxTask(BackgroundTask<V> task, FailureLog log) {
            this.task = task;
            this.log = log;
            setOnSucceeded(e -> task.succeeded(getValue()));
            setOnFailed(e -> task.failed(failure));
            setOnCancelled(e -> task.cancelled());
            progressProperty().addListener((obs, old, now) -> {
                if (now.doubleValue() >= 0) {
                    task.progressed(now.doubleValue());
                }
            });
        }

        @Override
        protected V call() throws Exception {
            try {
                return task.run(this);
            } catch (Throwable t) {
                // Worded (and logged) here, on the worker: writing the log is file I/O.
                if (!isCancelled()) {
                    failure = task.sentenceFor(t, log);
                }
                throw t;
            }
        }

        @Override
        public void progress(double done) {
            updateProgress(done, 1);
        }
    }
}
