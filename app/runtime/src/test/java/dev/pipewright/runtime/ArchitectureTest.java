package dev.pipewright.runtime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The house rules of DESIGN.md: core and runtime never touch JavaFX, core never reaches up into runtime, neither reaches up into source control. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pipewright.core", "dev.pipewright.runtime");

    @Test
    void importsFoundTheProductionClasses() {
        assertTrue(CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith("dev.pipewright.core")), "core classes imported");
        assertTrue(CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith("dev.pipewright.runtime")), "runtime classes imported");
    }

    @Test
    void coreAndRuntimeDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("dev.pipewright.core..", "dev.pipewright.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnRuntime() {
        noClasses().that().resideInAPackage("dev.pipewright.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.runtime..", "dev.pipewright.studio..", "dev.pipewright.cli..")
                .check(CLASSES);
    }

    @Test
    void coreAndRuntimeDoNotDependOnSourceControl() {
        // app/git sits above runtime (it keeps credentials in the secret store); its own rules: GitArchitectureTest
        noClasses().that().resideInAnyPackage("dev.pipewright.core..", "dev.pipewright.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pipewright.git..", "org.eclipse.jgit..")
                .check(CLASSES);
    }
}
