package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright build validate|export} as the npm utility is called, on a real corpus factory and hand-made ones. */
class BuildCliTest {
    private static final Path CORPUS = Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus"));
    private static final Path LORDLINUS = CORPUS.resolve("lordlinus__az-data-factory");
    private static final String ID = "/subscriptions/7c1d967f/resourceGroups/rg/providers/Microsoft.DataFactory/factories/ssattiraju-adf-01";

    @Test
    void validateAndExportARealFactory(@TempDir Path temp) throws Exception {
        CliRun validate = CliRun.of("build", "validate", LORDLINUS.toString(), ID);
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("20 resources and 15 template parameters to publish"), validate.out());

        Path out = temp.resolve("ArmTemplate");
        CliRun export = CliRun.of("build", "export", LORDLINUS.toString(), ID, out.toString());
        assertEquals(0, export.exitCode(), export.out() + export.err());
        assertTrue(export.out().contains("Exported 20 resources with 15 template parameters"), export.out());
        assertTrue(export.out().contains("linkedTemplates/ArmTemplate_0.json: 20 resources"), export.out());
        Path expected = CORPUS.resolve("lordlinus__az-data-factory__arm_export");
        for (String file : new String[] {"ARMTemplateParametersForFactory.json", "linkedTemplates/ArmTemplate_master.json",
                "linkedTemplates/ArmTemplateParameters_master.json", "globalParameters/ssattiraju-adf-01_GlobalParameters.json"}) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
        assertEquals(1, siblings(temp), "no staging folder left beside the output");

        // again into the same folder (a previous export): replaced
        assertEquals(0, CliRun.of("build", "export", LORDLINUS.toString(), ID, out.toString()).exitCode());
        assertEquals(1, siblings(temp));
    }

    @Test
    void aFactoryIdThatDoesNotParseSaysWhatTheFormIs() {
        CliRun run = CliRun.of("build", "export", LORDLINUS.toString(), "/subscriptions/x/factories/y");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("/subscriptions/<subscription id>/resourceGroups/<resource group>/providers/Microsoft.DataFactory/factories/<factory name>"),
                run.err());
    }

    @Test
    void aFactoryWithErrorsWritesNothing(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("adf");
        Files.createDirectories(root.resolve("dataset"));
        Files.writeString(root.resolve("dataset/D.json"), "{\"name\": \"D\", \"properties\": {\"type\": \"Binary\", \"linkedServiceName\":"
                + " {\"referenceName\": \"Missing\", \"type\": \"LinkedServiceReference\"}}}");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("build", "export", root.toString(), ID, out.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("PW301", doc.get("problems").get(0).get("code").asText());
        assertTrue(doc.get("output").isNull());
        assertFalse(Files.exists(out));
        assertEquals(1, siblings(temp));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenLeavesNothing(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        CliRun run = CliRun.of("build", "export", LORDLINUS.toString(), ID, file.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("PW901") && run.out().contains("nothing was written"), run.out());
        Path notEmpty = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(notEmpty.resolve("notes.txt"), "mine");
        CliRun refused = CliRun.of("build", "export", LORDLINUS.toString(), ID, notEmpty.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.out().contains("holds no previous export"), refused.out());
        assertEquals("mine", Files.readString(notEmpty.resolve("notes.txt")));
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(2, s.count(), "only the file and the folder: no staging folder left");
        }
    }

    @Test
    void previewListsTheTriggersChangedSinceThePreviousPublish(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("adf");
        copy(LORDLINUS, root);
        Path first = temp.resolve("first");
        assertEquals(0, CliRun.of("build", "export", root.toString(), ID, first.toString()).exitCode());
        Path trigger = root.resolve("trigger/triggerOnFileUploadDataSet-01.json");
        Files.writeString(trigger, Files.readString(trigger).replace("xlsx", "csv"));
        CliRun run = CliRun.of("build", "export", root.toString(), ID, temp.resolve("second").toString(), "--preview", "--since", first.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("changes since the previous publish: 0 added, 1 changed, 0 deleted"), run.out());
        assertTrue(run.out().contains("triggers to stop before and start after the deployment: triggerOnFileUploadDataSet-01"), run.out());

        CliRun json = CliRun.of("build", "export", root.toString(), ID, temp.resolve("third").toString(), "--preview", "--since", first.toString(),
                "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals("triggerOnFileUploadDataSet-01", doc.get("changes").get("triggersToStopAndStart").get(0).asText());
        assertEquals(1, doc.get("linkedTemplates").size());
    }

    @Test
    void aSynapseProfileWritesTheWorkspaceTemplates(@TempDir Path temp) throws Exception {
        Path profile = Files.writeString(temp.resolve("synapse.json"), "{\"factory\": {\"region\": \"Southeast Asia\", \"mode\": \"Synapse\"}}");
        Path out = temp.resolve("workspace_publish");
        CliRun run = CliRun.of("build", "export", LORDLINUS.toString(), ID, out.toString(), "--env", profile.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(java.util.List.of("TemplateForWorkspace.json", "TemplateParametersForWorkspace.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode template = new ObjectMapper().readTree(out.resolve("TemplateForWorkspace.json").toFile());
        assertEquals("ssattiraju-adf-01", template.get("parameters").get("workspaceName").get("defaultValue").asText());
        assertTrue(run.out().contains("linked templates: none"), run.out());
    }

    private static long siblings(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
