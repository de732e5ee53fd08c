package crossover.ui.task;

/**
 * Runs {@link BackgroundTask}s: off the FX thread in the window ({@link FxTaskExecutor}), on the calling thread in
 * view-model tests ({@link SameThreadTaskExecutor}). The only place that knows which thread is which.
 */
public interface TaskExecutor {

    <V> BackgroundTask.Running execute(BackgroundTask<V> task);

    /** Stops the workers; tasks under way are cancelled. */
    void shutdown();
}
