package crossover.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts' font names the family AWT's font system gives the same logical font, without asking it. */
class ChartFontTest {

    @Test
    void itsFamilyIsTheOneAwtGivesAndItEqualsThePlainFont() {
        for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
            Font plain = new Font(Font.SANS_SERIF, style, 11);
            ChartFont chart = new ChartFont(style, 11);
            assertThat(chart.getFamily()).isEqualTo(plain.getFamily());
            assertThat(chart.getFamily(Locale.ROOT)).isEqualTo(plain.getFamily(Locale.ROOT));
            assertThat(chart).isEqualTo(plain);
            assertThat(chart.isBold()).isEqualTo(style == Font.BOLD);
        }
    }
}
