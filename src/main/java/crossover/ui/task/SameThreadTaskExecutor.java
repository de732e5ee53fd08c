package crossover.ui.task;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Runs each task's work and its handlers on one thread, for view-model tests: the calling thread, or later on
 * whatever thread runs what {@code when} was given (a queue, to hold a run back while a test changes things).
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final Executor when;
    private final FailureLog log;

    /** Runs each task at once, on the thread that hands it over. */
    public SameThreadTaskExecutor(FailureLog log) {
        this(Runnable::run, log);
    }

    public SameThreadTaskExecutor(Executor when, FailureLog log) {
        this.when = Objects.requireNonNull(when, "when");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public <V> BackgroundTask.Running execute(BackgroundTask<V> task) {
        Run<V> run = new Run<>(task);
        when.execute(run::start);
        return run;
    }

    @Override
    public void shutdown() {
        // Nothing is left running: every task ran where it was handed over.
    }

    private final class Run<V> implements BackgroundTask.Running, BackgroundTask.Context {

        private final BackgroundTask<V> task;
        private boolean cancelled;
        private boolean finished;

        Run(BackgroundTask<V> task) {
            this.task = task;
        }

        void start() {
            if (cancelled) {
                return;
            }
            V value;
            try {
                value = task.run(this);
            } catch (Throwable t) {
                if (!cancelled) {
                    finished = true;
                    task.failed(task.sentenceFor(t, log));
                }
                return;
            }
            if (!cancelled) {
                finished = true;
                task.succeeded(value);
            }
        }

        @Override
        public void cancel() {
            // As with a JavaFX Task: cancelled at once, and the work sees it the next time it asks.
            if (!cancelled && !finished) {
                cancelled = true;
                task.cancelled();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(double done) {
            if (!cancelled) {
                task.progressed(done);
            }
        }
    }
}
