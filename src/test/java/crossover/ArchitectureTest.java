package crossover;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules the README's "Architecture" paragraph states: the layer graph, no cycles between packages,
 * a model free of I/O, windows and libraries, and no JavaFX below the window.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("crossover");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("crossover")
                .layer("UI").definedBy("crossover.ui..")
                .layer("CLI").definedBy("crossover.cli..")
                .layer("Export").definedBy("crossover.export..")
                .layer("Chart").definedBy("crossover.chart..")
                .layer("IO").definedBy("crossover.io..")
                .layer("Model").definedBy("crossover.model..")

                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("UI", "CLI")
                .whereLayer("Chart").mayOnlyBeAccessedByLayers("Export", "UI", "CLI")
                .whereLayer("IO").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Export")

                .whereLayer("UI").mayOnlyAccessLayers("IO", "Export", "Chart", "Model")
                .whereLayer("CLI").mayOnlyAccessLayers("IO", "Export", "Chart", "Model")
                .whereLayer("Export").mayOnlyAccessLayers("Chart", "IO", "Model")
                .whereLayer("Chart").mayOnlyAccessLayers("Model")
                .whereLayer("IO").mayOnlyAccessLayers("Model")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching("crossover.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void modelUsesNoFilesNetworkWindowsPreferencesOrLibraries() {
        noClasses().that().resideInAPackage("crossover.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.awt..", "java.util.prefs..", "javax..", "javafx..", "com.fasterxml.jackson..")
                .check(main);
    }

    @Test
    void nothingButTheWindowAndTheLauncherTouchesJavaFx() {
        noClasses().that().resideInAnyPackage("crossover.model..", "crossover.io..", "crossover.chart..",
                        "crossover.export..", "crossover.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }
}
