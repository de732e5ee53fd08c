package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tornado's note on the rows a short chart leaves out is not crossed by the base-case or the $0 line. */
class TornadoNoteTest {

    @ParameterizedTest
    @ValueSource(strings = {"6-prompt-caching-flips-the-answer", "7-buying-beats-renting", "5-hybrid-batch-and-growth"})
    void noLineRunsThroughTheNoteOnHiddenRows(String sample) throws Exception {
        // The size the Sensitivity tab's chart gets in a 1024 × 700 window.
        int w = 662;
        int h = 200;
        TornadoSpec spec = TornadoSpec.of(new ScenarioReader().read(Path.of("assets", "scenarios",
                sample + ".crossover")).scenario());
        List<LabelBox> boxes = new TornadoPainter().labelBoxes(spec, w, h);
        Rectangle2D note = boxes.stream().filter(b -> b.text().contains("a taller chart shows")).findFirst()
                .orElseThrow(() -> new AssertionError(sample + ": no note on hidden rows at " + w + "×" + h))
                .box();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new TornadoPainter().paint(g, spec, ChartTheme.LIGHT, w, h);
        g.dispose();

        // The note's letters are the muted grey blended into the plot's near-white: never darker than that grey.
        // The base-case line (near black) and the $0 line (dark green) are.
        int muted = sum(ChartTheme.LIGHT.mutedText());
        for (int x = (int) Math.ceil(note.getMinX()); x < (int) note.getMaxX(); x++) {
            for (int y = (int) Math.ceil(note.getMinY()); y < (int) note.getMaxY(); y++) {
                assertThat(sum(new Color(image.getRGB(x, y)))).as(sample + ": pixel " + x + "," + y + " of the note")
                        .isGreaterThanOrEqualTo(muted - 12);
            }
        }
    }

    private static int sum(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
