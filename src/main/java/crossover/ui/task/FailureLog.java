package crossover.ui.task;

/** Where the stack traces of unexpected failures go: the log file in the app, a list in tests. */
@FunctionalInterface
public interface FailureLog {

    /**
     * Records a failure with its stack trace.
     *
     * @return where it was recorded, for the sentence ("details in …"), or empty text if nowhere
     */
    String record(String context, Throwable failure);
}
