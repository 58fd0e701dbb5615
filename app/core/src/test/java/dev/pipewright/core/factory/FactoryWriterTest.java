package dev.pipewright.core.factory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactoryWriterTest {
    /** A dataset as another tool writes it: 4-space indentation, CRLF, trailing newline. */
    private static final String FOUR_SPACE = "{\r\n    \"name\": \"Sales\",\r\n    \"properties\": {\r\n        \"type\": \"Json\",\r\n"
            + "        \"annotations\": [ ]\r\n    }\r\n}\r\n";
    /** The same dataset as ADF writes it (checked by hand against JSON.stringify(v, null, "\t")). */
    private static final String ADF_FORM = "{\n\t\"name\": \"Sales\",\n\t\"properties\": {\n\t\t\"type\": \"Json\",\n\t\t\"annotations\": []\n\t}\n}";

    @TempDir
    Path dir;
    FactoryFolder folder;

    @BeforeEach
    void factory() {
        folder = new FactoryFolder(dir)
                .file("dataset/Sales.json", FOUR_SPACE)
                .pipeline("Load", "[]")
                .file("publish_config.json", "{\"publishBranch\":\"adf_publish\"}");
    }

    @Test
    void unchangedFilesAreNeverRewrittenWhateverTheirFormat() {
        var before = folder.snapshot();
        FactoryWriter.Result result = FactoryWriter.save(Factory.load(dir));
        assertEquals(List.of(), result.written());
        assertEquals(3, result.unchanged().size());
        assertEquals(before, folder.snapshot());
    }

    @Test
    void anEditedResourceIsWrittenInAdfFormAndOnlyIt() {
        Factory factory = Factory.load(dir);
        Resource sales = factory.get(ResourceKind.DATASET, "sales").orElseThrow();
        assertFalse(sales.isModified());
        ((ObjectNode) sales.properties()).put("description", "Daily sales");
        assertTrue(sales.isModified());
        String loadBefore = folder.read("pipeline/Load.json");

        FactoryWriter.Result result = FactoryWriter.save(factory);

        assertEquals(List.of("dataset/Sales.json"), result.written());
        assertEquals(ADF_FORM.replace("\t\t\"annotations\": []", "\t\t\"annotations\": [],\n\t\t\"description\": \"Daily sales\"")
                .replace("\"annotations\": [],", "\"annotations\": [],"), folder.read("dataset/Sales.json"));
        assertEquals(loadBefore, folder.read("pipeline/Load.json"));
        assertFalse(sales.isModified(), "saved content is the new baseline");
        assertEquals(List.of(), FactoryWriter.save(factory).written());
    }

    @Test
    void savingKeepsTheFilesModeAndANewFileGetsTheUmasksMode() throws Exception {
        java.nio.file.Path sales = dir.resolve("dataset/Sales.json");
        var groupWritable = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        java.nio.file.Files.setPosixFilePermissions(sales, groupWritable);
        Factory factory = Factory.load(dir);
        ((ObjectNode) factory.get(ResourceKind.DATASET, "sales").orElseThrow().properties()).put("description", "Daily sales");
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", "Fresh");
        json.putObject("properties").putArray("activities");
        factory.add(Resource.create(ResourceKind.PIPELINE, json));

        assertEquals(List.of("dataset/Sales.json", "pipeline/Fresh.json"), FactoryWriter.save(factory).written());

        assertTrue(folder.read("dataset/Sales.json").contains("Daily sales"));
        assertEquals(groupWritable, java.nio.file.Files.getPosixFilePermissions(sales), "the atomic save kept the mode");
        java.nio.file.Path plain = java.nio.file.Files.write(dir.resolve("plain.txt"), new byte[0]);
        assertEquals(java.nio.file.Files.getPosixFilePermissions(plain),
                java.nio.file.Files.getPosixFilePermissions(dir.resolve("pipeline/Fresh.json")), "a new file has the umask's mode");
        try (var stray = java.nio.file.Files.list(dir.resolve("dataset"))) {
            assertEquals(List.of("Sales.json"), stray.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void newResourcesGoToTheirFolderAndRemovedOnesAreDeleted() {
        Factory factory = Factory.load(dir);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", "Copy Orders");
        json.putObject("properties").putArray("activities");
        factory.add(Resource.create(ResourceKind.PIPELINE, json));
        factory.remove(ResourceId.of(ResourceKind.PIPELINE, "Load"));

        FactoryWriter.Result result = FactoryWriter.save(factory);

        assertEquals(List.of("pipeline/Copy Orders.json"), result.written());
        assertEquals(List.of("pipeline/Load.json"), result.deleted());
        assertEquals("{\n\t\"name\": \"Copy Orders\",\n\t\"properties\": {\n\t\t\"activities\": []\n\t}\n}",
                folder.read("pipeline/Copy Orders.json"));
        assertFalse(Files.exists(dir.resolve("pipeline/Load.json")));
    }

    @Test
    void addingASecondResourceWithTheSameNameIsRefused() {
        Factory factory = Factory.load(dir);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", "LOAD");
        json.putObject("properties");
        try {
            factory.add(Resource.create(ResourceKind.PIPELINE, json));
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("already exists"));
            return;
        }
        throw new AssertionError("a duplicate name was accepted");
    }

    @Test
    void exportWritesTheGitLayoutInAdfForm(@TempDir Path out) throws Exception {
        FactoryWriter.Result result = FactoryWriter.export(Factory.load(dir), out);
        assertEquals(3, result.written().size());
        assertEquals(ADF_FORM, Files.readString(out.resolve("dataset/Sales.json")));
        assertEquals("{\"publishBranch\":\"adf_publish\"}", Files.readString(out.resolve("publish_config.json")));
        FactoryWriter.Result again = FactoryWriter.export(Factory.load(dir), out);
        assertEquals(List.of(), again.written(), "identical files are left alone");
    }
}
