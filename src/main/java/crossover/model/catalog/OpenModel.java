package crossover.model.catalog;

import crossover.model.Check;
import java.util.Objects;

/**
 * One open-weight model's shape, as its {@code config.json} gives it.
 *
 * @param parametersB       total parameters, billions
 * @param activeParametersB parameters used per token, billions (less than the total for a mixture of experts)
 * @param contextLength     the longest sequence the model takes, tokens
 */
public record OpenModel(String id, String name, double parametersB, double activeParametersB, int layers, int kvHeads,
        int headDim, int attentionHeads, int hiddenSize, int contextLength, String source, String asOf, String note) {

    public OpenModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Check.finiteAbove(id + ".parametersB", parametersB, 0);
        Check.finiteAbove(id + ".activeParametersB", activeParametersB, 0);
        if (activeParametersB > parametersB) {
            throw Check.invalid(id + ".activeParametersB", "at most parametersB (" + parametersB + ")",
                    activeParametersB);
        }
        Check.finiteAbove(id + ".layers", layers, 0);
        Check.finiteAbove(id + ".kvHeads", kvHeads, 0);
        Check.finiteAbove(id + ".headDim", headDim, 0);
        Check.finiteAbove(id + ".attentionHeads", attentionHeads, 0);
        Check.finiteAbove(id + ".hiddenSize", hiddenSize, 0);
        Check.finiteAbove(id + ".contextLength", contextLength, 0);
    }

    /** Whether only part of the weights work on each token (a mixture of experts). */
    public boolean sparse() {
        return activeParametersB < parametersB;
    }
}
