package crossover.ui.explorer;

import crossover.model.Input;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One change of the inputs on screen, as {@link ScenarioViewModel} announces it before evaluating: which inputs it
 * set and where it came from. Listeners that derive inputs from others (a throughput estimate from the request's
 * length) add their values to the same change with {@link ScenarioViewModel#apply}, so edit and consequence are one
 * evaluation and one undo step.
 *
 * @param inputs the inputs whose values were set (empty for a change of ranges, choices or names only)
 * @param origin where the change came from
 */
public record Change(Set<Input> inputs, Origin origin) {

    /** Where a change of the inputs comes from; it decides who reacts and how it is recorded. */
    public enum Origin {
        /** A person typed, dragged or clicked: one undo step; a value filled from a catalog is detached. */
        EDIT,
        /** A catalog pick or an estimate filled inputs: one undo step, nothing detached. */
        FILL,
        /** Undo or redo: a step of the history on screen again. */
        HISTORY,
        /** Another scenario (New, Open, Revert, a sample): a fresh history, picks forgotten. */
        REPLACE
    }

    public Change {
        inputs = Collections.unmodifiableSet(inputs.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(inputs));
    }

    /** Whether it set an input. */
    public boolean touches(Input input) {
        return inputs.contains(input);
    }
}
