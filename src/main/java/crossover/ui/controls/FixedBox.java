package crossover.ui.controls;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds one node whose size does not depend on what it shows (a text field sized by its columns), as a layout
 * boundary: the node is unmanaged, so a changed value lays out the node alone instead of asking every ancestor
 * (the whole inputs column) to measure its children again. The box reports the node's own min, pref and max sizes
 * and gives it all its room, so it lays out exactly as the node would.
 */
final class FixedBox extends Region {

    private final Node content;

    FixedBox(Node content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return content.maxWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return content.maxHeight(width);
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
