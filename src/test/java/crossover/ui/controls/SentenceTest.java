package crossover.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A sentence is as tall as a wrapping label with its text, font and width, whatever it measured before. */
@ExtendWith(ApplicationExtension.class)
class SentenceTest {

    private static final String SHORT = "On-prem costs $703,696 over 36 months.";
    private static final String LONG = "Owning the GPUs breaks even with the API at 1.86 B tokens/month (≈ 41.3 k "
            + "requests/day); today's 6.75 B is 3.6× above it, and at today's volume owning the GPUs runs 10 GPUs.";

    @Test
    void itsHeightFollowsItsTextFontAndWidth() throws Exception {
        double[][] heights = WaitForAsyncUtils.asyncFx(() -> {
            Sentence sentence = new Sentence();
            Label label = new Label();
            label.setWrapText(true);
            new Scene(new VBox(sentence, label));
            double[][] h = new double[5][];
            h[0] = both(sentence, label, SHORT, 200);
            h[1] = both(sentence, label, LONG, 200);
            h[2] = both(sentence, label, LONG, 120);
            sentence.setFont(Font.font(24));
            label.setFont(Font.font(24));
            h[3] = both(sentence, label, LONG, 120);
            h[4] = both(sentence, label, SHORT, 120);
            return h;
        }).get();

        for (double[] h : heights) {
            assertThat(h[0]).isEqualTo(h[1]);
        }
        assertThat(heights[1][0]).as("a longer text").isGreaterThan(heights[0][0]);
        assertThat(heights[2][0]).as("a narrower width").isGreaterThan(heights[1][0]);
        assertThat(heights[3][0]).as("a larger font").isGreaterThan(heights[2][0]);
    }

    @Test
    void aHeightAskedBeforeItIsStyledIsNotKept() throws Exception {
        double[] heights = WaitForAsyncUtils.asyncFx(() -> {
            Sentence sentence = new Sentence();
            Label label = new Label();
            label.setWrapText(true);
            sentence.setText(LONG);
            label.setText(LONG);
            sentence.prefHeight(200); // no skin yet
            new Scene(new VBox(sentence, label));
            sentence.applyCss();
            label.applyCss();
            return new double[] {sentence.prefHeight(200), label.prefHeight(200)};
        }).get();

        assertThat(heights[0]).isGreaterThan(0).isEqualTo(heights[1]);
    }

    private static double[] both(Sentence sentence, Label label, String text, double width) {
        sentence.setText(text);
        label.setText(text);
        sentence.applyCss();
        label.applyCss();
        return new double[] {sentence.prefHeight(width), label.prefHeight(width)};
    }
}
