package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.model.TestScenarios;
import crossover.ui.explorer.ScenarioViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting from the window, with a scripted DialogService and no toolkit. */
class ChartExporterTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("crossover-test-" + UUID.randomUUID());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScenarioViewModel vm = new ScenarioViewModel(TestScenarios.oneGpu(1.00, 100_000, 1_500),
            Runnable::run);
    private final ChartExporter exporter = new ChartExporter(vm, dialogs, new AppPreferences(node));

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theChosenFormatSizeAndScaleAreWritten() throws Exception {
        Path png = dir.resolve("chart.png");
        dialogs.exports.push(new ExportChoice(ExportChoice.Format.PNG, 1000, 500, 3, false, png));

        assertThat(exporter.export(false)).isTrue();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(3000);
        assertThat(image.getHeight()).isEqualTo(1500);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailedExportSaysWhyAndLeavesAnExistingFileAsItWas() throws Exception {
        Path csv = Files.writeString(dir.resolve("curves.csv"), "old");
        Files.createDirectories(dir.resolve("busy.csv"));
        Files.writeString(dir.resolve("busy.csv").resolve("inside"), "x");

        boolean ok = exporter.write(new ExportChoice(ExportChoice.Format.CSV, 1600, 900, 1, false,
                dir.resolve("busy.csv")));

        assertThat(ok).isFalse();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not export busy.csv: ")
                .contains("cannot be written");
        assertThat(Files.readString(csv)).isEqualTo("old");
    }

    @Test
    void cancellingTheDialogWritesNothing() {
        assertThat(exporter.export(false)).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
