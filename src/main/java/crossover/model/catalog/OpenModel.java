package crossover.model.catalog;

import crossover.model.Check;
import java.util.Objects;

/**
 * One open-weight model's shape, as its {@code config.json} and model card give it, with what its architecture
 * changes for serving: routed experts, a sliding attention window on some layers, a compressed (latent) KV cache.
 *
 * @param parametersB         total parameters, billions
 * @param activeParametersB   parameters used per token, billions (less than the total for a mixture of experts)
 * @param contextLength       the longest sequence the model takes, tokens
 * @param experts             routed experts per layer (0 for a dense model)
 * @param expertsPerToken     routed experts each token uses (0 for a dense model)
 * @param expertBitsPerWeight bits per expert weight as the model ships them (4.25 for MXFP4), or null: a chosen
 *                            precision wider than this keeps the experts as shipped
 * @param slidingWindow       tokens the windowed layers attend to (0: no window)
 * @param slidingWindowLayers layers that attend within the window only (their KV cache stops growing there)
 * @param kvLoraRank          rank of a multi-head latent attention's compressed KV (0: grouped-query attention)
 * @param qkRopeHeadDim       the rotary key part a latent attention caches beside the latent (0 without)
 */
public record OpenModel(String id, String name, double parametersB, double activeParametersB, int layers, int kvHeads,
        int headDim, int attentionHeads, int hiddenSize, int contextLength, int experts, int expertsPerToken,
        Double expertBitsPerWeight, int slidingWindow, int slidingWindowLayers, int kvLoraRank, int qkRopeHeadDim,
        String source, String asOf, String note) {

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
        if (experts < 0 || expertsPerToken < 0 || (experts == 0) != (expertsPerToken == 0)
                || expertsPerToken >= Math.max(experts, 1)) {
            throw Check.invalid(id + ".expertsPerToken", "from 1 to experts − 1 with experts, 0 without",
                    expertsPerToken);
        }
        if ((experts > 0) != (activeParametersB < parametersB)) {
            throw Check.invalid(id + ".experts", "given exactly when activeParametersB is below parametersB",
                    experts);
        }
        if (experts > 0 && (parametersB - activeParametersB) * experts / (experts - expertsPerToken) >= parametersB) {
            throw Check.invalid(id + ".activeParametersB", "large enough to leave dense (non-expert) parameters",
                    activeParametersB);
        }
        if (expertBitsPerWeight != null) {
            Check.finiteAbove(id + ".expertBitsPerWeight", expertBitsPerWeight, 0);
        }
        if (slidingWindow < 0 || slidingWindowLayers < 0 || slidingWindowLayers >= layers
                || (slidingWindow == 0) != (slidingWindowLayers == 0)) {
            throw Check.invalid(id + ".slidingWindowLayers", "fewer than the layers, with a window; 0 without",
                    slidingWindowLayers);
        }
        if (kvLoraRank < 0 || qkRopeHeadDim < 0 || (kvLoraRank == 0 && qkRopeHeadDim > 0)) {
            throw Check.invalid(id + ".kvLoraRank", "a positive rank with a latent KV cache, 0 without", kvLoraRank);
        }
    }

    /** A dense model with grouped-query attention over its whole context. */
    public OpenModel(String id, String name, double parametersB, int layers, int kvHeads, int headDim,
                     int attentionHeads, int hiddenSize, int contextLength, String source, String asOf, String note) {
        this(id, name, parametersB, parametersB, layers, kvHeads, headDim, attentionHeads, hiddenSize, contextLength,
                0, 0, null, 0, 0, 0, 0, source, asOf, note);
    }

    /** Whether only part of the weights work on each token (a mixture of experts). */
    public boolean sparse() {
        return experts > 0;
    }

    /**
     * Parameters of the routed experts, billions: with {@code E} experts of which {@code k} work per token,
     * total = dense + experts and active = dense + experts · k/E, so experts = (total − active) · E / (E − k).
     */
    public double expertParametersB() {
        return experts == 0 ? 0 : (parametersB - activeParametersB) * experts / (experts - expertsPerToken);
    }

    /** Parameters every token uses: attention, embeddings, dense and shared-expert layers, billions. */
    public double denseParametersB() {
        return parametersB - expertParametersB();
    }

    /** Whether the KV cache holds a compressed latent (DeepSeek's multi-head latent attention). */
    public boolean latentKv() {
        return kvLoraRank > 0;
    }

    /** Values one layer caches per token: the latent and its rotary key, or K and V of each KV head. */
    public int kvValuesPerLayer() {
        return latentKv() ? kvLoraRank + qkRopeHeadDim : 2 * kvHeads * headDim;
    }

    /**
     * Attention FLOPs per token per layer for each token of context while decoding: 2 × heads × (key size + value
     * size), where a latent attention scores and reads the latent itself (key = latent + rotary part, value = latent).
     */
    public double decodeAttentionFlops() {
        return latentKv() ? 2.0 * attentionHeads * (2 * kvLoraRank + qkRopeHeadDim)
                : 4.0 * attentionHeads * headDim;
    }

    /** The same for prefill, where a latent attention expands K and V per head (key = head + rotary, value = head). */
    public double prefillAttentionFlops() {
        return latentKv() ? 2.0 * attentionHeads * (2 * headDim + qkRopeHeadDim) : 4.0 * attentionHeads * headDim;
    }

    /** Layer-tokens of context a sequence of {@code context} tokens attends to, windowed layers capped. */
    public double attendedLayerTokens(double context) {
        return (layers - slidingWindowLayers) * context + slidingWindowLayers * Math.min(context, slidingWindow);
    }
}
