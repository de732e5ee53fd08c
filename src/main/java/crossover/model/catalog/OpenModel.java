package crossover.model.catalog;

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
        CatalogChecks.positive(id + ".parametersB", parametersB);
        CatalogChecks.positive(id + ".activeParametersB", activeParametersB);
        if (activeParametersB > parametersB) {
            throw CatalogChecks.invalid(id + ".activeParametersB", "at most parametersB (" + parametersB + ")",
                    activeParametersB);
        }
        CatalogChecks.positive(id + ".layers", layers);
        CatalogChecks.positive(id + ".kvHeads", kvHeads);
        CatalogChecks.positive(id + ".headDim", headDim);
        CatalogChecks.positive(id + ".attentionHeads", attentionHeads);
        CatalogChecks.positive(id + ".hiddenSize", hiddenSize);
        CatalogChecks.positive(id + ".contextLength", contextLength);
    }

    /** Whether only part of the weights work on each token (a mixture of experts). */
    public boolean sparse() {
        return activeParametersB < parametersB;
    }
}
