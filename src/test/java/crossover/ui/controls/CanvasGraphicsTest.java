package crossover.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window's chart graphics measure text in the font asked for, whatever font is set for drawing. */
@ExtendWith(ApplicationExtension.class)
class CanvasGraphicsTest {

    @Test
    void textInTheStartingFontIsDrawnInTheFontItIsMeasuredIn() throws Exception {
        javafx.scene.text.Font[] fonts = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(400, 200);
            CanvasGraphics g = new CanvasGraphics(canvas);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            return new javafx.scene.text.Font[] {canvas.getGraphicsContext2D().getFont(),
                javafx.scene.text.Font.font("SansSerif", 12)};
        }).get();

        assertThat(fonts[0]).isEqualTo(fonts[1]);
    }

    @Test
    void fontMetricsAreThoseOfTheFontAskedForNotOfTheFontSet() throws Exception {
        String text = "Self-hosted break-even 1.89 B";
        double[] widths = WaitForAsyncUtils.asyncFx(() -> {
            CanvasGraphics g = new CanvasGraphics(new Canvas(400, 200));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            double small = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 11)).stringWidth(text);
            double large = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 24)).stringWidth(text);
            java.awt.FontMetrics again = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            again.stringWidth("x");
            again.getStringBounds(text, g).setRect(0, 0, 1, 1); // a caller may change the rectangle it is given
            double second = again.stringWidth(text);
            Text fx = new Text(text);
            fx.setFont(javafx.scene.text.Font.font("SansSerif", 24));
            return new double[] {small, large, fx.getLayoutBounds().getWidth(), second};
        }).get();

        assertThat(widths[1]).as("24 px measured while 12 px is set").isGreaterThan(1.8 * widths[0]);
        assertThat(widths[3]).as("the same string measured again, after others").isEqualTo(widths[1]);
        assertThat(widths[1]).as("as JavaFX lays out the same text at 24 px").isCloseTo(widths[2],
                org.assertj.core.data.Offset.offset(1.0));
    }
}
