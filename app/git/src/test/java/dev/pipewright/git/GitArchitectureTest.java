package dev.pipewright.git;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The house rules of DESIGN.md for app/git (the runtime's ArchitectureTest covers core and runtime): source control
 * never touches JavaFX, so the studio runs it in background tasks and the CLI without a display, and never reaches up
 * into the studio or the CLI.
 */
class GitArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pipewright.git");

    @Test
    void importsFoundTheProductionClasses() {
        assertTrue(CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith("dev.pipewright.git")), "git classes imported");
    }

    @Test
    void gitDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("dev.pipewright.git..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void gitDoesNotDependOnStudioOrCli() {
        noClasses().that().resideInAPackage("dev.pipewright.git..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.studio..", "dev.pipewright.cli..")
                .check(CLASSES);
    }
}
