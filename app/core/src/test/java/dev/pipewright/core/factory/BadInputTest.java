package dev.pipewright.core.factory;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input gets one clear problem each (code, file, line, column, message, hint), the rest of the
 * factory loads, and nothing on disk is touched — not by loading, not by saving an unchanged factory.
 */
class BadInputTest {
    @TempDir
    Path dir;
    FactoryFolder folder;

    @BeforeEach
    void goodFactory() {
        folder = new FactoryFolder(dir)
                .pipeline("Good", "[]")
                .file("linkedService/Blob.json", "{\n\t\"name\": \"Blob\",\n\t\"properties\": {\n\t\t\"type\": \"AzureBlobStorage\"\n\t}\n}");
    }

    private List<Problem> problemsFor(String path, Factory factory) {
        return factory.loadProblems().stream().filter(p -> path.equals(p.file())).toList();
    }

    private Problem loadExpectingOne(String path, String code, int line, int column) {
        Map<String, String> before = folder.snapshot();
        Factory factory = Factory.load(dir);
        List<Problem> problems = problemsFor(path, factory);
        assertEquals(1, problems.size(), () -> "problems for " + path + ": " + factory.loadProblems());
        Problem p = problems.get(0);
        assertEquals(code, p.code(), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertFalse(p.message().isBlank());
        assertFalse(p.hint().isBlank(), "every load problem says what to do: " + p);
        assertTrue(factory.contains(ResourceId.of(ResourceKind.PIPELINE, "Good")), "the rest of the factory loads");
        assertTrue(factory.contains(ResourceId.of(ResourceKind.LINKED_SERVICE, "Blob")));
        assertEquals(before, folder.snapshot(), "loading changes nothing on disk");
        FactoryWriter.Result saved = FactoryWriter.save(factory);
        assertEquals(List.of(), saved.written(), "saving an unchanged factory writes nothing");
        assertEquals(before, folder.snapshot(), "saving an unchanged factory changes nothing on disk");
        return p;
    }

    @Test
    void invalidJson() {
        folder.file("pipeline/Broken.json", "{\n\t\"name\": \"Broken\",\n\t\"properties\": {\n\t\t\"activities\": [\n\t}\n}");
        Problem p = loadExpectingOne("pipeline/Broken.json", "PW101", 5, 2);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("pipeline/Broken", p.resource());
    }

    @Test
    void byteOrderMarkLoadsWithAWarning() {
        folder.bytes("dataset/Bom.json", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"name\": \"Bom\", \"properties\": {\"type\": \"Json\"}}".getBytes()));
        Problem p = loadExpectingOne("dataset/Bom.json", "PW102", 1, 1);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(Factory.load(dir).contains(ResourceId.of(ResourceKind.DATASET, "Bom")));
    }

    @Test
    void duplicateKeys() {
        folder.file("dataset/Dup.json", "{\n\t\"name\": \"Dup\",\n\t\"properties\": {\n\t\t\"type\": \"Json\",\n\t\t\"type\": \"Parquet\"\n\t}\n}");
        loadExpectingOne("dataset/Dup.json", "PW105", 5, 3);
        assertFalse(Factory.load(dir).contains(ResourceId.of(ResourceKind.DATASET, "Dup")), "ambiguous content is not loaded");
    }

    @Test
    void wrongTopLevelShape() {
        folder.file("pipeline/List.json", "[\n\t{\"name\": \"List\"}\n]");
        loadExpectingOne("pipeline/List.json", "PW106", 1, 1);
    }

    @Test
    void propertiesThatAreNotAnObject() {
        folder.file("trigger/T1.json", "{\n\t\"name\": \"T1\",\n\t\"properties\": \"Started\"\n}");
        loadExpectingOne("trigger/T1.json", "PW106", 3, 2);
    }

    @Test
    void nameThatDisagreesWithTheFileName() {
        folder.file("pipeline/Copy of Sales.json", "{\n\t\"name\": \"Sales\",\n\t\"properties\": {}\n}");
        Problem p = loadExpectingOne("pipeline/Copy of Sales.json", "PW107", 2, 2);
        assertTrue(p.hint().contains("Sales.json"), p.hint());
    }

    @Test
    void nameThatDiffersOnlyInCaseIsAWarning() {
        folder.file("pipeline/SALES.json", "{\n\t\"name\": \"Sales\",\n\t\"properties\": {}\n}");
        Problem p = loadExpectingOne("pipeline/SALES.json", "PW108", 2, 2);
        assertEquals(Severity.WARNING, p.severity());
    }

    @Test
    void filesInUnknownFolders() {
        folder.file("pipelines/Typo.json", "{\"name\": \"Typo\", \"properties\": {}}");
        Problem p = loadExpectingOne("pipelines/", "PW109", 0, 0);
        assertTrue(p.message().contains("pipelines"));
    }

    @Test
    void strayFilesInResourceFolders() {
        folder.file("pipeline/Good.json.bak", "old copy");
        loadExpectingOne("pipeline/Good.json.bak", "PW109", 0, 0);
    }

    @Test
    void unreadableFileBrokenLink() throws Exception {
        Files.createSymbolicLink(dir.resolve("pipeline/Gone.json"), dir.resolve("nowhere/Gone.json"));
        Problem p = loadExpectingOne("pipeline/Gone.json", "PW110", 0, 0);
        assertTrue(p.message().contains("Cannot read"), p.message());
    }

    @Test
    void unreadableFileIsAFolder() throws Exception {
        Files.createDirectories(dir.resolve("dataset/Folder.json"));
        loadExpectingOne("dataset/Folder.json/", "PW109", 0, 0);
    }

    @Test
    void commentsAreReadWithAWarning() {
        folder.file("pipeline/Commented.json", "{\n\t// hand edited\n\t\"name\": \"Commented\",\n\t\"properties\": {}\n}");
        Problem p = loadExpectingOne("pipeline/Commented.json", "PW104", 2, 2);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(Factory.load(dir).contains(ResourceId.of(ResourceKind.PIPELINE, "Commented")));
    }

    @Test
    void twoFilesForOneResource() {
        folder.file("pipeline/good.json", "{\n\t\"name\": \"good\",\n\t\"properties\": {}\n}");
        Factory factory = Factory.load(dir);
        List<Problem> dup = factory.loadProblems().stream().filter(p -> p.code().equals("PW111")).toList();
        assertEquals(1, dup.size(), factory.loadProblems().toString());
        assertEquals("pipeline/good.json", dup.get(0).file());
    }

    @Test
    void jsonFilesAtTheRootThatAdfDoesNotRead() {
        folder.file("settings.json", "{}");
        loadExpectingOne("settings.json", "PW109", 0, 0);
    }

    @Test
    void armTemplateOutputIsRecognisedAsNotAFactoryRoot(@TempDir Path arm) {
        new FactoryFolder(arm).file("ARMTemplateForFactory.json", "{\"resources\": []}")
                .file("linkedTemplates/ArmTemplate_0.json", "{}");
        Factory factory = Factory.load(arm);
        Problem p = factory.loadProblems().stream().filter(x -> x.code().equals("PW112")).findFirst().orElseThrow();
        assertTrue(p.message().contains("adf_publish"), p.message());
        assertEquals(Severity.WARNING, p.severity());
    }

    @Test
    void savingNeverOverwritesAFileThatCouldNotBeRead() {
        folder.file("pipeline/Broken.json", "{ not json");
        Factory factory = Factory.load(dir);
        var fresh = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fresh.put("name", "Broken");
        fresh.putObject("properties").putArray("activities");
        factory.add(Resource.create(ResourceKind.PIPELINE, fresh));
        FactoryWriter.Result result = FactoryWriter.save(factory);
        assertEquals("PW901", result.problems().get(0).code());
        assertEquals("{ not json", folder.read("pipeline/Broken.json"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
