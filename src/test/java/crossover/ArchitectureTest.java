package crossover;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md: ui → export → chart → model, cli → io, export → model, io → model. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("crossover");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("crossover.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("crossover.model..", "java..")
                .check(main);
    }

    @Test
    void ioDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("crossover.io..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("crossover.ui..", "crossover.cli..", "crossover.chart..", "crossover.export..",
                        "javafx..")
                .check(main);
    }

    @Test
    void chartDrawsModelDataWithoutFilesOrWindows() {
        noClasses().that().resideInAPackage("crossover.chart..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("crossover.ui..", "crossover.cli..", "crossover.io..", "crossover.export..",
                        "javafx..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void exportNeedsNoWindowAndNoCommandLine() {
        noClasses().that().resideInAPackage("crossover.export..")
                .should().dependOnClassesThat().resideInAnyPackage("crossover.ui..", "crossover.cli..", "javafx..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void commandLineNeverLoadsTheToolkit() {
        noClasses().that().resideInAPackage("crossover.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("crossover.ui..", "javafx..")
                .check(main);
    }

    @Test
    void nothingBelowTheWindowDependsOnIt() {
        noClasses().that().resideInAnyPackage("crossover.model..", "crossover.io..", "crossover.chart..",
                        "crossover.export..", "crossover.cli..")
                .should().dependOnClassesThat().resideInAPackage("crossover.ui..")
                .check(main);
    }
}
