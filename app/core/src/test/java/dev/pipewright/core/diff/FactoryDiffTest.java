package dev.pipewright.core.diff;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Changed resources between two snapshots: by path and bytes, as the git layer gives them, and between loaded factories. */
class FactoryDiffTest {
    private static final String PIPELINE = """
            {"name": "%s", "properties": {"activities": [
              {"name": "CP_Sales", "type": "Copy", "policy": {"timeout": "7.00:00:00", "retry": 0}},
              {"name": "Wait_1", "type": "Wait", "typeProperties": {"waitTimeInSeconds": 1}},
              {"name": "Wait_2", "type": "Wait", "typeProperties": {"waitTimeInSeconds": 2}},
              {"name": "Wait_3", "type": "Wait", "typeProperties": {"waitTimeInSeconds": 3}}],
             "folder": {"name": "sales"}, "annotations": []}}""";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pipeline(String name) {
        return bytes(PIPELINE.formatted(name));
    }

    private static String summary(List<ResourceChange> changes) {
        StringBuilder sb = new StringBuilder();
        for (ResourceChange c : changes) {
            sb.append(c.change()).append(' ').append(c.id());
            if (c.oldName() != null) sb.append(" from ").append(c.oldName());
            for (String d : c.details()) sb.append("; ").append(d);
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void addedDeletedModifiedRenamedAndNotFormattingOnlyChanges() {
        Map<String, byte[]> before = new HashMap<>();
        Map<String, byte[]> after = new HashMap<>();
        before.put("pipeline/PL_Sales.json", pipeline("PL_Sales"));
        after.put("pipeline/PL_Sales.json", bytes(PIPELINE.formatted("PL_Sales").replace("7.00:00:00", "0.02:00:00")
                .replace("{\"name\": \"Wait_3\"", "{\"name\": \"Wait_4\", \"type\": \"Wait\"},\n  {\"name\": \"Wait_3\"")));
        before.put("pipeline/PL_Formatting.json", pipeline("PL_Formatting"));
        after.put("pipeline/PL_Formatting.json", bytes(PIPELINE.formatted("PL_Formatting").replace("\n", "\r\n    ")));
        before.put("pipeline/PL_Old.json", pipeline("PL_Old"));
        after.put("pipeline/PL_New.json", pipeline("PL_New"));
        before.put("pipeline/PL_Moved.json", pipeline("PL_Moved"));
        after.put("pipeline/PL_Moved_Too.json", bytes(PIPELINE.formatted("PL_Moved_Too").replace("\"sales\"", "\"finance\"")));
        before.put("dataset/DS_Gone.json", bytes("{\"name\": \"DS_Gone\", \"properties\": {\"type\": \"Json\"}}"));
        after.put("dataset/DS_New.json", bytes("{\"name\": \"DS_New\", \"properties\": {\"type\": \"Parquet\", \"typeProperties\": {}}}"));
        after.put("managedVirtualNetwork/default/managedPrivateEndpoint/MPE_Lake.json",
                bytes("{\"name\": \"MPE_Lake\", \"properties\": {\"groupId\": \"dfs\"}}"));
        before.put("README.md", bytes("old"));
        after.put("README.md", bytes("new"));
        after.put("publish_config.json", bytes("{\"publishBranch\":\"adf_publish\"}"));

        assertEquals("""
                RENAMED pipeline/PL_Moved_Too from PL_Moved; folder.name sales → finance
                RENAMED pipeline/PL_New from PL_Old
                MODIFIED pipeline/PL_Sales; activity CP_Sales: policy.timeout 7.00:00:00 → 0.02:00:00; activity Wait_4 added
                DELETED dataset/DS_Gone
                ADDED dataset/DS_New
                ADDED managedPrivateEndpoint/default/MPE_Lake
                """, summary(FactoryDiff.changes(before, after)));
    }

    @Test
    void aChangeOfCaseOnlyIsARenameAndBrokenJsonIsAModification() {
        List<ResourceChange> changes = FactoryDiff.changes(List.of(
                FactoryDiff.FileChange.of("pipeline/pl_sales.json", pipeline("pl_sales"), null),
                FactoryDiff.FileChange.of("pipeline/PL_Sales.json", null, pipeline("PL_Sales")),
                FactoryDiff.FileChange.of("trigger/T.json", bytes("{\"name\": \"T\", \"properties\": {}}"), bytes("{\"name\": \"T\", ")),
                new FactoryDiff.FileChange("linkedService/LS.json", bytes("{\"name\": \"LS\", \"properties\": {}}"),
                        bytes("{\n<<<<<<< ours\n=======\n>>>>>>> theirs\n}"), true)));
        assertEquals("""
                RENAMED pipeline/PL_Sales from pl_sales
                CONFLICTED linkedService/LS; merge conflict markers in the file
                MODIFIED trigger/T; the file is not valid JSON now
                """, summary(changes));
    }

    @Test
    void aConflictedFileFromItsThreeStagesListsTheConflictingMembers() {
        ResourceChange change = FactoryDiff.conflict("pipeline/PL_Sales.json", pipeline("PL_Sales"),
                bytes(PIPELINE.formatted("PL_Sales").replace("7.00:00:00", "0.02:00:00")),
                bytes(PIPELINE.formatted("PL_Sales").replace("7.00:00:00", "0.01:00:00").replace("\"retry\": 0", "\"retry\": 1")));
        assertEquals(new ResourceChange(ResourceKind.PIPELINE, "PL_Sales", ChangeKind.CONFLICTED, null,
                List.of("conflict at activities[CP_Sales].policy.timeout: ours 0.02:00:00, theirs 0.01:00:00")), change);
        assertNull(FactoryDiff.conflict("README.md", null, bytes("a"), bytes("b")));
    }

    @Test
    void betweenTwoLoadedFactories(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old");
        Path now = dir.resolve("now");
        write(old, "pipeline/PL_A.json", PIPELINE.formatted("PL_A"));
        write(old, "pipeline/PL_B.json", PIPELINE.formatted("PL_B"));
        write(now, "pipeline/PL_A.json", PIPELINE.formatted("PL_A").replace("\"retry\": 0", "\"retry\": 3"));
        write(now, "pipeline/PL_B.json", "{\"name\": \"PL_B\", ");
        write(now, "pipeline/PL_C.json", "{\"name\": \"PL_C\", \"properties\": {\"activities\": []}}");
        assertEquals("""
                MODIFIED pipeline/PL_A; activity CP_Sales: policy.retry 0 → 3
                MODIFIED pipeline/PL_B; the file is not valid JSON now
                ADDED pipeline/PL_C
                """, summary(FactoryDiff.changes(Factory.load(old), Factory.load(now))));
    }

    private static void write(Path root, String file, String text) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
