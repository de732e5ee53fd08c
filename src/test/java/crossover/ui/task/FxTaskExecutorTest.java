package crossover.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window's executor, headless: work runs on a worker, its outcome reaches the FX thread as one call. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor((what, failure) -> {
        logged.add(what + " on " + Thread.currentThread().getName() + ": " + failure.getMessage());
        return "the log";
    });

    @AfterEach
    void shutDown() {
        executor.shutdown();
    }

    @Test
    void unexpectedFailureIsLoggedOnTheWorkerAndSaidOnTheFxThread() throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();
        Platform.runLater(() -> BackgroundTask.of("the test work", c -> {
            throw new ArithmeticException("broken");
        }).onSuccess(v -> said.completeExceptionally(new AssertionError("succeeded")))
                .onFailure(s -> said.complete((Platform.isFxApplicationThread() ? "FX: " : "worker: ") + s))
                .executeWith(executor));

        assertThat(said.get(10, TimeUnit.SECONDS)).isEqualTo("FX: An unexpected error stopped the test work "
                + "(ArithmeticException); details in the log. Please report it.");
        assertThat(logged).singleElement().asString().startsWith("the test work on crossover-worker-")
                .endsWith(": broken");
    }

    @Test
    void anExpectedFailureIsItsOwnSentenceAndNotLogged() throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();
        Platform.runLater(() -> BackgroundTask.of("the test work", c -> {
            throw new IllegalArgumentException("line 3 is not a number");
        }).explain(IllegalArgumentException.class, e -> "Your file: " + e.getMessage() + ".")
                .onFailure(said::complete).executeWith(executor));

        assertThat(said.get(10, TimeUnit.SECONDS)).isEqualTo("Your file: line 3 is not a number.");
        assertThat(logged).isEmpty();
    }

    @Test
    void cancellingStopsTheWorkAndCallsOnlyTheCancelHandler() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        CompletableFuture<Boolean> workSawIt = new CompletableFuture<>();
        BackgroundTask<String> task = BackgroundTask.<String>of("the test work", c -> {
            started.countDown();
            while (!c.isCancelled()) {
                Thread.onSpinWait();
            }
            workSawIt.complete(true);
            return "done";
        }).onSuccess(outcome::complete).onCancelled(() -> outcome.complete("cancelled"))
                .onFailure(outcome::complete);
        CompletableFuture<BackgroundTask.Running> running = new CompletableFuture<>();
        Platform.runLater(() -> running.complete(task.executeWith(executor)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        Platform.runLater(() -> running.join().cancel());

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertThat(workSawIt.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(logged).isEmpty();
    }
}
