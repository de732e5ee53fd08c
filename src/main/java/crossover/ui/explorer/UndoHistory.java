package crossover.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A linear undo history of immutable states. Recording a state equal to the current one is a no-op, so a drag
 * that ends where it began leaves no step behind.
 */
public final class UndoHistory<T> {

    private final List<T> states = new ArrayList<>();
    private final int limit;
    private int current = -1;

    public UndoHistory(int limit) {
        this.limit = limit;
    }

    /** Clears the history and starts it at {@code state}. */
    public void reset(T state) {
        states.clear();
        states.add(Objects.requireNonNull(state));
        current = 0;
    }

    /** Records a new state after the current one, dropping any redo branch. */
    public void record(T state) {
        Objects.requireNonNull(state);
        if (current >= 0 && states.get(current).equals(state)) {
            return;
        }
        states.subList(current + 1, states.size()).clear();
        states.add(state);
        if (states.size() > limit) {
            states.remove(0);
        }
        current = states.size() - 1;
    }

    public boolean canUndo() {
        return current > 0;
    }

    public boolean canRedo() {
        return current >= 0 && current < states.size() - 1;
    }

    public Optional<T> undo() {
        return canUndo() ? Optional.of(states.get(--current)) : Optional.empty();
    }

    public Optional<T> redo() {
        return canRedo() ? Optional.of(states.get(++current)) : Optional.empty();
    }
}
