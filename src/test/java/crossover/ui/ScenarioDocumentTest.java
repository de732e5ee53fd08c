package crossover.ui;

import crossover.model.Input;
import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.ScenarioWriter;
import crossover.model.Scenario;
import crossover.model.TestScenarios;
import crossover.ui.DialogService.Discard;
import crossover.ui.explorer.ScenarioViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File workflow with a scripted DialogService and no toolkit. */
class ScenarioDocumentTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Scenario start = TestScenarios.oneGpu(1.00, 30_000, 1_500);
    private Preferences node;
    private AppPreferences prefs;
    private ScenarioViewModel vm;
    private ScenarioDocument doc;

    @BeforeEach
    void open() {
        node = Preferences.userRoot().node("crossover-test-" + UUID.randomUUID());
        prefs = new AppPreferences(node);
        vm = new ScenarioViewModel(start, Runnable::run);
        doc = new ScenarioDocument(vm, dialogs, prefs, dir.resolve("data"));
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private Path file(String name, Scenario s) throws Exception {
        Path f = dir.resolve(name);
        new ScenarioWriter().write(f, s);
        return f;
    }

    @Test
    void editingMarksTheTitleAndUndoingBackToTheSavedStateCleansIt() {
        assertThat(doc.titleProperty().get()).isEqualTo("One GPU — Crossover");
        assertThat(doc.dirtyProperty().get()).isFalse();

        vm.number(Input.DAILY_REQUESTS).set(100_000);

        assertThat(doc.dirtyProperty().get()).isTrue();
        assertThat(doc.titleProperty().get()).isEqualTo("One GPU * — Crossover");

        vm.undo();

        assertThat(doc.dirtyProperty().get()).isFalse();
    }

    @Test
    void cancellingTheUnsavedChangesQuestionKeepsEverything() throws Exception {
        Path other = file("other.crossover", TestScenarios.typical());
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        Scenario edited = vm.scenarioProperty().get();
        dialogs.discardAnswers.push(Discard.CANCEL);

        boolean opened = doc.open(other);

        assertThat(opened).isFalse();
        assertThat(dialogs.discardQuestions).containsExactly("One GPU / opening another scenario");
        assertThat(vm.scenarioProperty().get()).isEqualTo(edited);
        assertThat(doc.dirtyProperty().get()).isTrue();
        assertThat(doc.fileProperty().get()).isNull();
    }

    @Test
    void discardingOpensTheOtherFileClean() throws Exception {
        Path other = file("other.crossover", TestScenarios.typical());
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        dialogs.discardAnswers.push(Discard.DISCARD);

        assertThat(doc.open(other)).isTrue();

        assertThat(vm.scenarioProperty().get()).isEqualTo(TestScenarios.typical());
        assertThat(doc.fileProperty().get()).isEqualTo(other);
        assertThat(doc.dirtyProperty().get()).isFalse();
        assertThat(vm.canUndoProperty().get()).as("a new file starts a new undo history").isFalse();
        assertThat(doc.recentFiles()).first().isEqualTo(other.toAbsolutePath());
        assertThat(prefs.recentFiles()).first().isEqualTo(other.toAbsolutePath());
    }

    @Test
    void answeringSaveSavesFirstAskingWhereThenOpens() throws Exception {
        Path other = file("other.crossover", TestScenarios.typical());
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        Scenario edited = vm.scenarioProperty().get();
        Path target = dir.resolve("mine.crossover");
        dialogs.discardAnswers.push(Discard.SAVE);
        dialogs.filesToSave.push(target);

        assertThat(doc.open(other)).isTrue();

        assertThat(new crossover.io.ScenarioReader().read(target).scenario()).isEqualTo(edited);
        assertThat(doc.fileProperty().get()).isEqualTo(other);
    }

    @Test
    void aFailedSaveSaysSoAndLeavesTheOldFileByteForByte() throws Exception {
        Path plan = file("plan.crossover", start);
        assertThat(doc.open(plan)).isTrue();
        byte[] before = Files.readAllBytes(plan);
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        dialogs.filesToSave.push(blocker.resolve("plan.crossover"));

        boolean saved = doc.saveAs();

        assertThat(saved).isFalse();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save plan.crossover: ")
                .contains("cannot be saved");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(doc.fileProperty().get()).isEqualTo(plan);
        assertThat(doc.dirtyProperty().get()).isTrue();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aBadFileOpensNothingAndTheMessageNamesFileAndPlace() throws Exception {
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        Scenario edited = vm.scenarioProperty().get();
        Path bad = Files.writeString(dir.resolve("bad.crossover"),
                new ScenarioWriter().toJson(start).replace("\"outputShare\": 0.5", "\"outputShare\": 2"));
        dialogs.discardAnswers.push(Discard.DISCARD);

        assertThat(doc.open(bad)).isFalse();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Could not open bad.crossover: " + bad + ": line 9, column ")
                .contains("workload.outputShare");
        assertThat(vm.scenarioProperty().get()).isEqualTo(edited);
        assertThat(doc.dirtyProperty().get()).isTrue();
        assertThat(doc.fileProperty().get()).isNull();
    }

    @Test
    void saveWritesTheOpenFileAndCleansTheDocument() throws Exception {
        Path plan = file("plan.crossover", start);
        doc.open(plan);
        vm.number(Input.API_INPUT_PRICE).set(2);

        assertThat(doc.save()).isTrue();

        assertThat(doc.dirtyProperty().get()).isFalse();
        assertThat(new crossover.io.ScenarioReader().read(plan).scenario().api().inputPricePerMTok()).isEqualTo(2);
    }

    @Test
    void whereInputsCameFromIsSavedWithTheFileAndHandedBackWhenItOpens() throws Exception {
        Path plan = file("plan.crossover", start);
        doc.open(plan);
        java.util.Map<Input, crossover.model.FieldSource> sources = java.util.Map.of(Input.API_INPUT_PRICE,
                new crossover.model.FieldSource(1.0, "from catalog, as of 2026-04-23", "OpenAI · GPT-4o mini"));
        java.util.List<java.util.Map<Input, crossover.model.FieldSource>> handedBack = new java.util.ArrayList<>();
        doc.connectSources(() -> sources, handedBack::add);
        vm.number(Input.DAILY_REQUESTS).set(40_000);

        assertThat(doc.save()).isTrue();
        assertThat(new crossover.io.ScenarioReader().read(plan).sources()).isEqualTo(sources);

        doc.newScenario();
        doc.open(plan);

        assertThat(handedBack).containsExactly(sources);
    }

    @Test
    void revertGoesBackToTheSavedFileAfterAsking() throws Exception {
        Path plan = file("plan.crossover", start);
        doc.open(plan);
        vm.number(Input.API_INPUT_PRICE).set(2);
        dialogs.discardAnswers.push(Discard.DISCARD);

        doc.revert();

        assertThat(vm.scenarioProperty().get()).isEqualTo(start);
        assertThat(doc.dirtyProperty().get()).isFalse();
    }

    @Test
    void unsavedWorkIsAutosavedAndOfferedBackAfterACrash() throws Exception {
        Path plan = file("plan.crossover", start);
        doc.open(plan);
        vm.number(Input.API_INPUT_PRICE).set(2);
        Scenario edited = vm.scenarioProperty().get();

        doc.autosave();

        assertThat(dir.resolve("data/autosave.crossover")).exists();
        // The next start, after a crash: a fresh window on other content.
        ScenarioViewModel nextVm = new ScenarioViewModel(TestScenarios.typical(), Runnable::run);
        ScenarioDocument next = new ScenarioDocument(nextVm, dialogs, prefs, dir.resolve("data"));
        dialogs.restoreAnswer = true;

        assertThat(next.offerRestore()).isTrue();

        assertThat(dialogs.restoreQuestions).isEqualTo(1);
        assertThat(nextVm.scenarioProperty().get()).isEqualTo(edited);
        assertThat(next.fileProperty().get()).isEqualTo(plan);
        assertThat(next.dirtyProperty().get()).as("restored work is still unsaved").isTrue();
    }

    @Test
    void decliningTheRestoreDeletesTheCopyAndACleanDocumentLeavesNone() throws Exception {
        vm.number(Input.API_INPUT_PRICE).set(2);
        doc.autosave();
        ScenarioDocument next = new ScenarioDocument(new ScenarioViewModel(start, Runnable::run), dialogs, prefs,
                dir.resolve("data"));
        dialogs.restoreAnswer = false;

        assertThat(next.offerRestore()).isFalse();

        assertThat(dir.resolve("data/autosave.crossover")).doesNotExist();
        vm.undo();
        doc.autosave();
        assertThat(dir.resolve("data/autosave.crossover")).doesNotExist();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        vm.number(Input.API_INPUT_PRICE).set(2);
        dialogs.discardAnswers.push(Discard.CANCEL);

        assertThat(doc.closeRequested()).isFalse();

        assertThat(dialogs.discardQuestions).containsExactly("One GPU / closing");
    }

    @Test
    void dontSaveAtQuitStartsTheNextSessionOnTheLastSavedFileNotTheDiscardedEdits() throws Exception {
        Path plan = file("plan.crossover", start);
        doc.open(plan);
        java.util.Map<Input, crossover.model.FieldSource> sources = java.util.Map.of(Input.API_INPUT_PRICE,
                new crossover.model.FieldSource(1.0, "from catalog, as of 2026-04-23", "OpenAI · GPT-4o mini"));
        doc.connectSources(() -> sources, m -> { });
        doc.save();
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        doc.connectSources(java.util.Map::of, m -> { });
        doc.autosave(); // the five-second timer ran while the user edited
        dialogs.discardAnswers.push(Discard.DISCARD);

        assertThat(doc.closeRequested()).isTrue();
        doc.autosave(); // a last tick before the app stops
        SessionStore session = new SessionStore(dir.resolve("data"));
        doc.rememberForNextStart(session);

        // The next start, as App.start does it: the last session, then the offer of unsaved work.
        crossover.io.LoadedScenario last = session.lastLoaded().orElseThrow();
        assertThat(last.scenario()).isEqualTo(start);
        assertThat(last.sources()).as("the sources saved with the file, not the discarded ones").isEqualTo(sources);
        ScenarioViewModel nextVm = new ScenarioViewModel(last.scenario(), Runnable::run);
        ScenarioDocument next = new ScenarioDocument(nextVm, dialogs, prefs, dir.resolve("data"));
        java.util.List<java.util.Map<Input, crossover.model.FieldSource>> shown = new java.util.ArrayList<>();
        next.connectSources(java.util.Map::of, shown::add);
        next.continueSession(last);
        assertThat(next.offerRestore()).isFalse();
        assertThat(dialogs.restoreQuestions).as("nothing discarded is offered back").isZero();
        assertThat(nextVm.number(Input.DAILY_REQUESTS).get()).isEqualTo(30_000);
        assertThat(next.dirtyProperty().get()).isFalse();
        assertThat(shown).containsExactly(sources);
    }

    @Test
    void dontSaveOnANewScenarioStartsTheNextSessionOnTheDefaults() {
        Path data = dir.resolve("data");
        SessionStore session = new SessionStore(data);
        session.saveLast(TestScenarios.typical()); // an older session, replaced by this one
        doc.newScenario();
        vm.number(Input.DAILY_REQUESTS).set(123_456);
        dialogs.discardAnswers.push(Discard.DISCARD);

        assertThat(doc.closeRequested()).isTrue();
        doc.rememberForNextStart(session);

        assertThat(session.lastLoaded().map(crossover.io.LoadedScenario::scenario).orElseGet(SessionStore::defaults))
                .isEqualTo(Input.defaults());
    }

    @Test
    void aQuitWithoutTheQuestionKeepsTheEditsForTheRestoreOfferNotAsTheNextSession() throws Exception {
        Path plan = file("plan.crossover", start);
        doc.open(plan);
        vm.number(Input.DAILY_REQUESTS).set(100_000);
        Scenario edited = vm.scenarioProperty().get();
        doc.autosave();
        SessionStore session = new SessionStore(dir.resolve("data"));

        doc.rememberForNextStart(session); // the system ended the app: no window question was asked

        assertThat(session.last()).contains(start);
        ScenarioViewModel nextVm = new ScenarioViewModel(start, Runnable::run);
        ScenarioDocument next = new ScenarioDocument(nextVm, dialogs, prefs, dir.resolve("data"));
        dialogs.restoreAnswer = true;
        assertThat(next.offerRestore()).isTrue();
        assertThat(nextVm.scenarioProperty().get()).isEqualTo(edited);
    }

    @Test
    void openRecentKeepsUpdatingAfterAGarbageCollection() throws Exception {
        java.util.List<Path> heard = new java.util.ArrayList<>();
        // As the menu does: listen to the list and hold nothing else of it.
        doc.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> {
            while (c.next()) {
                heard.addAll(c.getAddedSubList());
            }
        });
        doc.open(file("first.crossover", start));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        doc.open(file("second.crossover", TestScenarios.typical()));

        assertThat(heard).contains(dir.resolve("second.crossover").toAbsolutePath());
    }

    @Test
    void everyBundledSampleIsListedAndOpens() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets", "scenarios"))) {
            assertThat(Samples.ALL.stream().map(Samples.Sample::file))
                    .containsExactlyInAnyOrderElementsOf(files.map(p -> p.getFileName().toString()).toList());
        }
        for (Samples.Sample sample : Samples.ALL) {
            doc.openSample(sample);
            assertThat(dialogs.errors).isEmpty();
            assertThat(vm.scenarioProperty().get().name()).isEqualTo(sample.label());
            assertThat(doc.fileProperty().get()).as("a sample opens as a new scenario").isNull();
        }
        assertThat(Arrays.asList(ScenarioDocument.suggestedFileName(start))).containsExactly("one-gpu.crossover");
    }
}
