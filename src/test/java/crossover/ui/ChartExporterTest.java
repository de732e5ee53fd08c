package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.cli.Cli;
import crossover.model.TestScenarios;
import crossover.ui.explorer.ScenarioViewModel;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        dialogs.exports.push(new ExportChoice(crossover.export.ExportFormat.PNG, 1000, 500, 3, false, png));

        assertThat(exporter.export(false)).isTrue();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(3000);
        assertThat(image.getHeight()).isEqualTo(1500);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theSetupScatterIsWrittenFromTheWindowsSearchAndWithoutOneTheExportSaysWhy() throws Exception {
        Path csv = dir.resolve("setup.csv");
        ExportChoice setup = new ExportChoice(crossover.export.ExportFormat.CSV, 1600, 900, 1, false, csv,
                crossover.export.ExportChart.SETUP);

        // Before the catalogs are read there is no search: a sentence, and no file.
        assertThat(exporter.write(setup)).isFalse();
        assertThat(dialogs.errors).singleElement().asString().isEqualTo("Could not export setup.csv: The "
                + "cheapest-setup chart needs the setup search, which has not run yet (the catalogs are still being "
                + "read); try again in a moment.");
        assertThat(csv).doesNotExist();

        crossover.model.catalog.Catalog catalog = crossover.io.CatalogReader.bundled();
        crossover.model.setup.SetupSearch.Result searched = crossover.model.setup.SetupSearch.search(
                crossover.model.setup.SetupSearch.Request.of(vm.scenarioProperty().get(), catalog,
                        catalog.model("qwen3-8b").orElseThrow(), crossover.model.catalog.Engine.VLLM, 50));
        exporter.connectSetups(() -> java.util.Optional.of(searched));

        assertThat(exporter.write(setup)).isTrue();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(searched.rows().size() + 1);
        assertThat(lines.get(1)).startsWith("1," + searched.rows().get(0).option().id() + ","
                + searched.rows().get(0).setup().gpu().id() + ",");
    }

    @Test
    void aFailedExportSaysWhyAndLeavesAnExistingFileAsItWas() throws Exception {
        Path csv = Files.writeString(dir.resolve("curves.csv"), "old");
        Files.createDirectories(dir.resolve("busy.csv"));
        Files.writeString(dir.resolve("busy.csv").resolve("inside"), "x");

        boolean ok = exporter.write(new ExportChoice(crossover.export.ExportFormat.CSV, 1600, 900, 1, false,
                dir.resolve("busy.csv")));

        assertThat(ok).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Could not export busy.csv: Cannot be written: it is a folder.");
        assertThat(Files.readString(csv)).isEqualTo("old");
    }

    @Test
    void anExportIntoAMissingFolderSaysSoInASentence() {
        boolean ok = exporter.write(new ExportChoice(crossover.export.ExportFormat.PNG, 1600, 900, 1, false,
                dir.resolve("gone").resolve("chart.png")));

        assertThat(ok).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Could not export chart.png: Cannot be written: the folder " + dir.resolve("gone")
                        + " does not exist.");
    }

    /**
     * The window's CSV of a file equals {@code crossover export --csv} of it, byte for byte, whatever was on screen
     * before: the file is opened as the File menu opens it, over another scenario whose axes the window may keep.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1-small-internal-assistant", "2-regulated-at-scale", "3-no-break-even",
            "4-zig-zag-break-even", "5-hybrid-batch-and-growth"})
    void theWindowsCsvOfASampleFileIsTheCommandLinesByteForByte(String sample) throws Exception {
        Path file = Path.of("assets", "scenarios", sample + ".crossover");
        ScenarioDocument document = new ScenarioDocument(vm, dialogs, new AppPreferences(node), dir.resolve("data"));
        assertThat(document.open(file)).isTrue();
        Path window = dir.resolve("window.csv");
        Path cli = dir.resolve("cli.csv");

        assertThat(exporter.write(new ExportChoice(crossover.export.ExportFormat.CSV, 1600, 900, 1, false, window)))
                .isTrue();
        int code = Cli.run(new String[] {"export", file.toString(), "--csv", cli.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readAllBytes(window)).isEqualTo(Files.readAllBytes(cli));
    }

    @Test
    void theWindowRefusesAPngOverTheLargestPixelCountAndWritesNothing() throws Exception {
        Path png = dir.resolve("huge.png");

        boolean ok = exporter.write(new ExportChoice(crossover.export.ExportFormat.PNG, 8000, 8000, 4, false, png));

        assertThat(ok).isFalse();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not export huge.png: A PNG of 32000")
                .contains("the largest allowed, 64,000,000");
        assertThat(png).doesNotExist();
    }

    @Test
    void theWindowNeverExportsOverTheScenarioFileItHasOpen() throws Exception {
        Path file = Files.copy(Path.of("assets", "scenarios", "3-no-break-even.crossover"), dir.resolve("plan.csv"));
        byte[] before = Files.readAllBytes(file);
        ScenarioDocument document = new ScenarioDocument(vm, dialogs, new AppPreferences(node), dir.resolve("data"));
        exporter.connectScenarioFile(document.fileProperty()::get);
        assertThat(document.open(file)).isTrue();

        boolean ok = exporter.write(new ExportChoice(crossover.export.ExportFormat.CSV, 1600, 900, 1, false, file));

        assertThat(ok).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("it is the scenario file being exported");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void cancellingTheDialogWritesNothing() {
        assertThat(exporter.export(false)).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
