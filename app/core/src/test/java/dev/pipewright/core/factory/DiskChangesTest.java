package dev.pipewright.core.factory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files changed under the factory by other programs are told apart from the factory's own saves. */
class DiskChangesTest {
    @TempDir
    Path dir;
    FactoryFolder folder;
    Factory factory;

    @BeforeEach
    void factory() {
        folder = new FactoryFolder(dir).pipeline("Load", "[]").pipeline("Copy", "[]").file("dataset/Sales.json",
                "{\"name\": \"Sales\", \"properties\": {\"type\": \"Json\"}}");
        factory = Factory.load(dir);
    }

    @Test
    void nothingChangedAfterLoadingNorAfterOwnSaves() {
        assertTrue(DiskChanges.snapshot(factory).scan().isEmpty());
        edit("pipeline/Load.json", "Own edit");
        assertTrue(FactoryWriter.save(factory).ok());
        assertTrue(DiskChanges.snapshot(factory).scan().isEmpty(), "the factory's own save is no outside change");
    }

    @Test
    void changedAddedAndDeletedFilesAreFoundByContent() throws Exception {
        String sales = folder.read("dataset/Sales.json");
        Files.writeString(dir.resolve("dataset/Sales.json"), sales); // same bytes written again: a checkout touching it
        Files.writeString(dir.resolve("pipeline/Load.json"), "{\"name\": \"Load\", \"properties\": {\"activities\": [], \"description\": \"pulled\"}}");
        Files.delete(dir.resolve("pipeline/Copy.json"));
        Files.writeString(dir.resolve("pipeline/New.json"), "{\"name\": \"New\", \"properties\": {\"activities\": []}}");
        Files.writeString(dir.resolve("pipeline/notes.txt"), "not a resource");

        DiskChanges changes = DiskChanges.snapshot(factory).scan();

        assertEquals(List.of("pipeline/Load.json"), changes.changed());
        assertEquals(List.of("pipeline/New.json"), changes.added());
        assertEquals(List.of("pipeline/Copy.json"), changes.deleted());
        assertEquals(List.of(), changes.unsavedAmong(factory));
        edit("pipeline/Load.json", "mine");
        assertEquals(List.of("pipeline/Load.json"), changes.unsavedAmong(factory));
    }

    @Test
    void savingOverAFileChangedOnDiskIsRefusedUntilTheUserKeepsTheirVersion() throws Exception {
        edit("pipeline/Load.json", "mine");
        String theirs = "{\"name\": \"Load\", \"properties\": {\"activities\": [], \"description\": \"theirs\"}}";
        Files.writeString(dir.resolve("pipeline/Load.json"), theirs);

        FactoryWriter.Result refused = FactoryWriter.save(factory);

        assertEquals(List.of(ProblemCode.CHANGED_ON_DISK.code()), refused.problems().stream().map(p -> p.code()).toList());
        assertEquals("pipeline/Load.json", refused.problems().get(0).file());
        assertEquals(theirs, folder.read("pipeline/Load.json"), "the other program's change is not overwritten");

        factory.keepOwnVersions(DiskChanges.snapshot(factory).scan());
        assertTrue(FactoryWriter.save(factory).ok());
        assertTrue(folder.read("pipeline/Load.json").contains("\"description\": \"mine\""));
        assertTrue(DiskChanges.snapshot(factory).scan().isEmpty());
    }

    private void edit(String path, String description) {
        Resource r = factory.resources().stream().filter(x -> path.equals(x.path())).findFirst().orElseThrow();
        ((ObjectNode) r.properties()).put("description", description);
    }
}
