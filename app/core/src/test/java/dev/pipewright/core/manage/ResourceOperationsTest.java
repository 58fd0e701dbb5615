package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.edit.SetPropertyCommand;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.validate.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New, rename (references follow), clone and delete (refused while used) on a copy of the demo factory, saved and read back. */
class ResourceOperationsTest {
    private static final Path DEMO = Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory");
    @TempDir
    Path temp;
    private Path root;
    private Factory factory;
    private final EditStack stack = new EditStack();

    @BeforeEach
    void copyDemo() throws IOException {
        root = temp.resolve("factory");
        try (Stream<Path> files = Files.walk(DEMO)) {
            for (Path p : files.toList()) {
                Path target = root.resolve(DEMO.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
        factory = Factory.load(root);
    }

    private String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expected(String file) throws IOException {
        try (var in = ResourceOperationsTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Problem> errors(Factory f) {
        return Validator.validate(f).stream().filter(Problem::isError).toList();
    }

    @Test
    void newPipelineGetsAUniqueNameAndIsWrittenAsAdfWritesIt() throws IOException {
        String name = ResourceOperations.uniqueName(factory, ResourceKind.PIPELINE, "pipeline");
        assertEquals("pipeline1", name);
        stack.execute(ResourceOperations.create(factory, ResourceKind.PIPELINE, ResourceOperations.newPipeline(name)));
        assertEquals("pipeline2", ResourceOperations.uniqueName(factory, ResourceKind.PIPELINE, "pipeline"));
        assertEquals("pipeline2", ResourceOperations.uniqueName(factory, ResourceKind.PIPELINE, "Pipeline".toLowerCase()));
        assertThrows(EditRefusedException.class, () -> ResourceOperations.create(factory, ResourceKind.PIPELINE,
                ResourceOperations.newPipeline("PIPELINE1")), "names ignore case");

        FactoryWriter.Result saved = FactoryWriter.save(factory);
        assertEquals(List.of("pipeline/pipeline1.json"), saved.written());
        assertEquals(expected("pipeline1.json"), read("pipeline/pipeline1.json"));
        assertTrue(Factory.load(root).contains(ResourceId.of(ResourceKind.PIPELINE, "pipeline1")));

        stack.undo();
        assertEquals(List.of("pipeline/pipeline1.json"), FactoryWriter.save(factory).deleted(), "undoing New after a save removes the file");
        assertFalse(Files.exists(root.resolve("pipeline/pipeline1.json")));
    }

    @Test
    void newDatasetHasAdfsDefaultsAndKeyOrder() throws IOException {
        String name = ResourceOperations.uniqueName(factory, ResourceKind.DATASET, "DelimitedText");
        stack.execute(ResourceOperations.create(factory, ResourceKind.DATASET,
                DatasetShapes.newDataset(name, "DelimitedText", "LS_Blob_Landing", "AzureBlobStorage")));
        Resource ds = factory.get(ResourceKind.DATASET, name).orElseThrow();
        // a new member goes in ADF's place, not at the end
        stack.execute(new SetPropertyCommand(ds, "/properties/typeProperties/rowDelimiter", JsonNodeFactory.instance.textNode("\n"),
                DatasetShapes.DELIMITED_TEXT));
        stack.execute(new SetPropertyCommand(ds, "/properties/typeProperties/location/container", JsonNodeFactory.instance.textNode("landing"),
                DatasetShapes.LOCATION));
        FactoryWriter.save(factory, ds);
        String written = read("dataset/DelimitedText1.json");
        assertTrue(written.contains("\"columnDelimiter\": \",\",\n\t\t\t\"rowDelimiter\": \"\\n\",\n\t\t\t\"escapeChar\""), written);
        stack.undo();
        stack.undo();
        FactoryWriter.save(factory, ds);
        assertEquals(expected("DelimitedText1.json"), read("dataset/DelimitedText1.json"));
        assertTrue(errors(Factory.load(root)).isEmpty(), errors(Factory.load(root)).toString());
    }

    @Test
    void renamingADatasetMovesItsFileAndRewritesTheDataFlowThatUsesIt() throws IOException {
        ResourceId id = ResourceId.of(ResourceKind.DATASET, "DS_Lake_StoresCsv");
        ResourceOperations.RenamePlan plan = ResourceOperations.planRename(factory, id, "DS_Lake_Stores");
        assertTrue(plan.ok(), plan.problems().toString());
        assertEquals(List.of("dataset/DS_Lake_StoresCsv.json → dataset/DS_Lake_Stores.json",
                "dataflow/DF_Sales_Enrich: /properties/typeProperties/sources/1/dataset/referenceName"), plan.changes());
        String flowBefore = read("dataflow/DF_Sales_Enrich.json");
        stack.execute(plan.command());
        assertTrue(factory.get(ResourceKind.DATASET, "DS_Lake_Stores").isPresent());
        assertFalse(factory.contains(id));
        assertEquals(Files.exists(root.resolve("dataset/DS_Lake_StoresCsv.json")), true, "nothing moves before the save");

        FactoryWriter.Result saved = FactoryWriter.save(factory);
        assertEquals(List.of("dataflow/DF_Sales_Enrich.json", "dataset/DS_Lake_Stores.json"), saved.written().stream().sorted().toList());
        assertEquals(List.of("dataset/DS_Lake_StoresCsv.json"), saved.deleted());
        assertEquals(expected("DS_Lake_Stores.json"), read("dataset/DS_Lake_Stores.json"));
        assertEquals(flowBefore.replace("\"DS_Lake_StoresCsv\"", "\"DS_Lake_Stores\""), read("dataflow/DF_Sales_Enrich.json"));
        Factory reread = Factory.load(root);
        assertTrue(reread.loadProblems().isEmpty(), reread.loadProblems().toString());
        assertTrue(errors(reread).isEmpty(), errors(reread).toString());

        stack.undo();
        FactoryWriter.save(factory);
        assertEquals(flowBefore, read("dataflow/DF_Sales_Enrich.json"));
        assertTrue(Files.exists(root.resolve("dataset/DS_Lake_StoresCsv.json")));
        assertFalse(Files.exists(root.resolve("dataset/DS_Lake_Stores.json")));
        assertFalse(factory.hasUnsavedChanges());
    }

    @Test
    void renamingPipelinesRewritesExecutePipelineAndTriggersAndUndoGivesBackTheBytes() {
        byte[] daily = factory.get(ResourceKind.PIPELINE, "PL_Daily_Sales_Load").orElseThrow().canonicalBytes();
        EditCommand loyalty = ResourceOperations.planRename(factory, ResourceId.of(ResourceKind.PIPELINE, "PL_Refresh_Loyalty"),
                "PL_Loyalty_Refresh").command();
        stack.execute(loyalty);
        ResourceOperations.RenamePlan plan = ResourceOperations.planRename(factory, ResourceId.of(ResourceKind.PIPELINE, "PL_Daily_Sales_Load"),
                "PL_Sales_Daily");
        assertEquals(List.of("trigger/TR_Daily_0600"), plan.references().stream().map(r -> r.from().toString()).toList());
        stack.execute(plan.command());
        String written = new String(factory.get(ResourceKind.PIPELINE, "PL_Sales_Daily").orElseThrow().canonicalBytes(), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"referenceName\": \"PL_Loyalty_Refresh\""), "Execute Pipeline follows the rename");
        assertTrue(new String(factory.get(ResourceKind.TRIGGER, "TR_Daily_0600").orElseThrow().canonicalBytes(), StandardCharsets.UTF_8)
                .contains("\"referenceName\": \"PL_Sales_Daily\""));
        assertTrue(errors(factory).isEmpty(), errors(factory).toString());

        stack.undo();
        stack.undo();
        assertEquals(new String(daily, StandardCharsets.UTF_8),
                new String(factory.get(ResourceKind.PIPELINE, "PL_Daily_Sales_Load").orElseThrow().canonicalBytes(), StandardCharsets.UTF_8));
        assertFalse(factory.hasUnsavedChanges(), factory.modifiedFiles().toString());
    }

    @Test
    void renameChecksAdfsNamingRules() {
        ResourceId id = ResourceId.of(ResourceKind.DATASET, "DS_Lake_StoresCsv");
        assertEquals("PW203", ResourceOperations.planRename(factory, id, "a/b").problems().get(0).code());
        assertEquals("PW204", ResourceOperations.planRename(factory, id, "DS-Stores").problems().get(0).code());
        assertEquals("PW111", ResourceOperations.planRename(factory, id, "ds_blob_salescsv").problems().get(0).code());
        assertTrue(ResourceOperations.planRename(factory, id, "ds_lake_storescsv").ok(), "a change of case only is a rename");
        assertTrue(ResourceOperations.planRename(factory, id, "DS_Lake_StoresCsv").unchanged());
        assertTrue(ResourceOperations.checkName(factory, ResourceKind.PIPELINE, "PL-With-Dashes", null).isEmpty(), "pipelines may have dashes");
    }

    @Test
    void renamedResourceSavedAloneMovesOnlyItsOwnFile() {
        stack.execute(ResourceOperations.planRename(factory, ResourceId.of(ResourceKind.DATASET, "DS_Lake_StoresCsv"), "DS_Lake_Stores").command());
        Resource renamed = factory.get(ResourceKind.DATASET, "DS_Lake_Stores").orElseThrow();
        FactoryWriter.Result r = FactoryWriter.save(factory, renamed);
        assertEquals(List.of("dataset/DS_Lake_Stores.json"), r.written());
        assertEquals(List.of("dataset/DS_Lake_StoresCsv.json"), r.deleted());
        assertFalse(Files.exists(root.resolve("dataset/DS_Lake_StoresCsv.json")));
        assertTrue(factory.get(ResourceKind.DATA_FLOW, "DF_Sales_Enrich").orElseThrow().isModified(), "the data flow waits for Save all");
        assertTrue(factory.pendingDeletions().isEmpty());
        assertEquals(List.of("dataflow/DF_Sales_Enrich.json"), FactoryWriter.save(factory).written());
        assertFalse(factory.hasUnsavedChanges());
    }

    @Test
    void cloneCopiesUnderTheNextFreeName() {
        stack.execute(ResourceOperations.duplicate(factory, ResourceId.of(ResourceKind.DATASET, "DS_Blob_SalesCsv")));
        stack.execute(ResourceOperations.duplicate(factory, ResourceId.of(ResourceKind.DATASET, "DS_Blob_SalesCsv")));
        assertEquals("Clone dataset DS_Blob_SalesCsv as DS_Blob_SalesCsv_copy2", stack.undoLabel().orElseThrow());
        FactoryWriter.save(factory);
        assertEquals(read("dataset/DS_Blob_SalesCsv.json").replace("\"DS_Blob_SalesCsv\"", "\"DS_Blob_SalesCsv_copy1\""),
                read("dataset/DS_Blob_SalesCsv_copy1.json"));
        assertTrue(Factory.load(root).contains(ResourceId.of(ResourceKind.DATASET, "DS_Blob_SalesCsv_copy2")));
    }

    @Test
    void deleteIsRefusedWhileUsedAndWorksOnceTheUsersAreGone() {
        ResourceId dataset = ResourceId.of(ResourceKind.DATASET, "DS_Blob_SalesCsv");
        ResourceId pipeline = ResourceId.of(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
        ResourceId trigger = ResourceId.of(ResourceKind.TRIGGER, "TR_Daily_0600");
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> ResourceOperations.delete(factory, dataset));
        assertEquals("Dataset DS_Blob_SalesCsv cannot be deleted: it is used by pipeline/PL_Daily_Sales_Load. "
                + "Delete those or change their references first.", refused.getMessage());
        assertEquals(List.of(trigger), ResourceOperations.usedBy(factory, pipeline));
        assertThrows(EditRefusedException.class, () -> ResourceOperations.delete(factory, pipeline));

        stack.execute(ResourceOperations.delete(factory, trigger));
        stack.execute(ResourceOperations.delete(factory, pipeline));
        stack.execute(ResourceOperations.delete(factory, dataset));
        assertEquals(3, factory.pendingDeletions().size());
        assertTrue(Files.exists(root.resolve("dataset/DS_Blob_SalesCsv.json")), "files go only on save");
        FactoryWriter.Result saved = FactoryWriter.save(factory);
        assertEquals(List.of("dataset/DS_Blob_SalesCsv.json", "pipeline/PL_Daily_Sales_Load.json", "trigger/TR_Daily_0600.json"),
                saved.deleted().stream().sorted().toList());
        Factory reread = Factory.load(root);
        assertFalse(reread.contains(dataset));
        assertTrue(errors(reread).isEmpty(), errors(reread).toString());

        stack.undo(); // the dataset comes back, and its file with the next save
        FactoryWriter.save(factory);
        assertTrue(Files.exists(root.resolve("dataset/DS_Blob_SalesCsv.json")));
    }

    @Test
    void undoOfADeleteBeforeSavingKeepsTheFile() {
        ResourceId unused = ResourceId.of(ResourceKind.PIPELINE, "PL_Ingest_Stores");
        stack.execute(ResourceOperations.delete(factory, unused));
        assertTrue(factory.hasUnsavedChanges());
        stack.undo();
        assertFalse(factory.hasUnsavedChanges());
        assertTrue(FactoryWriter.save(factory).deleted().isEmpty());
        assertTrue(Files.exists(root.resolve("pipeline/PL_Ingest_Stores.json")));
    }

    @Test
    void savingNamedResourcesLeavesTheOtherChangesUnsaved() {
        Resource flow = factory.get(ResourceKind.DATA_FLOW, "DF_Sales_Enrich").orElseThrow();
        Resource ls = factory.get(ResourceKind.LINKED_SERVICE, "LS_Blob_Landing").orElseThrow();
        flow.properties().put("description", "edited in the Author hub");
        ls.properties().put("description", "edited in the Manage hub");
        stack.execute(ResourceOperations.delete(factory, ResourceId.of(ResourceKind.PIPELINE, "PL_Ingest_Stores")));
        FactoryWriter.Result r = FactoryWriter.save(factory, List.of(ls.id(), ResourceId.of(ResourceKind.PIPELINE, "PL_Ingest_Stores")));
        assertEquals(List.of("linkedService/LS_Blob_Landing.json"), r.written());
        assertEquals(List.of("pipeline/PL_Ingest_Stores.json"), r.deleted());
        assertTrue(flow.isModified());
        assertFalse(read("dataflow/DF_Sales_Enrich.json").contains("edited"));
        assertEquals(List.of(flow), factory.modifiedFiles());
    }

    @Test
    void delimitersAreShownAndTypedAsEscapes() {
        assertEquals("\\t", DatasetShapes.shown("\t"));
        assertEquals("\\u0001", DatasetShapes.shown("\u0001"));
        assertEquals("\\", DatasetShapes.shown("\\"));
        assertEquals("\t", DatasetShapes.typed("\\t"));
        assertEquals("\u0001", DatasetShapes.typed("\\u0001"));
        assertEquals("\\", DatasetShapes.typed("\\"));
        assertEquals("\r\n", DatasetShapes.typed("\\r\\n"));
        assertEquals(List.of("DelimitedText", "Json", "Parquet", "Binary"), DatasetShapes.datasetTypesFor("AzureBlobFS"));
        assertEquals(List.of("AzurePostgreSqlTable"), DatasetShapes.datasetTypesFor("AzurePostgreSql"));
        assertEquals(List.of("SqlServer"), DatasetShapes.linkedServiceTypesFor("SqlServerTable"));
    }
}
