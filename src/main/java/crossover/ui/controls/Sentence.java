package crossover.ui.controls;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * A sentence that wraps to its width and is never cut: a wrapping label allowed its full height, which remembers
 * the height it computed for a width. A layout pass asks a wrapped label its height for the same width several
 * times (its box, the scroll pane, the split pane), and JavaFX lays the text out again for each: on a slider step,
 * when the cards' sentences change, that was a quarter of the bytes the step allocated.
 */
public final class Sentence extends Label {

    private double heightForWidth = Double.NaN;
    private String heightForText;
    private Font heightForFont;
    private Insets heightForInsets;
    private Insets heightForLabelPadding;
    private double heightForLineSpacing;
    private double heightFor;

    public Sentence() {
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getSkin() == null || !isWrapText() || getGraphic() != null) {
            // Unstyled (no skin: a height of 0), or not the plain wrapping sentence the key below describes.
            heightForWidth = Double.NaN;
            return super.computePrefHeight(width);
        }
        String text = getText();
        Font font = getFont();
        Insets insets = getInsets();
        Insets labelPadding = getLabelPadding();
        if (width != heightForWidth || !Objects.equals(text, heightForText) || font != heightForFont
                || !insets.equals(heightForInsets) || !labelPadding.equals(heightForLabelPadding)
                || getLineSpacing() != heightForLineSpacing) {
            heightFor = super.computePrefHeight(width);
            heightForWidth = width;
            heightForText = text;
            heightForFont = font;
            heightForInsets = insets;
            heightForLabelPadding = labelPadding;
            heightForLineSpacing = getLineSpacing();
        }
        return heightFor;
    }
}
