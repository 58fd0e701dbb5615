package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOP = ActivityTree.TOP;

    /** Load → Check → ForEach(Inner1 → Inner2), Notify after Load on Failed. */
    private static Resource pipeline() throws Exception {
        String json = """
                {"name": "PL", "properties": {"activities": [
                  {"name": "Load", "type": "Wait", "dependsOn": [], "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}},
                  {"name": "Check", "type": "Wait", "dependsOn": [{"activity": "Load", "dependencyConditions": ["Succeeded"]}],
                   "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}},
                  {"name": "Notify", "type": "Wait", "dependsOn": [{"activity": "Load", "dependencyConditions": ["Failed"]}],
                   "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}},
                  {"name": "Loop", "type": "ForEach", "dependsOn": [{"activity": "Check", "dependencyConditions": ["Succeeded"]}],
                   "userProperties": [], "typeProperties": {"items": {"value": "@pipeline().parameters.x", "type": "Expression"},
                   "activities": [
                     {"name": "Inner1", "type": "Wait", "dependsOn": [], "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}},
                     {"name": "Inner2", "type": "Wait", "dependsOn": [{"activity": "Inner1", "dependencyConditions": ["Succeeded"]}],
                      "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}}]}}
                ], "annotations": []}}""";
        return Resource.create(ResourceKind.PIPELINE, (ObjectNode) MAPPER.readTree(json));
    }

    private static String text(Resource r) {
        return new String(r.canonicalBytes(), StandardCharsets.UTF_8);
    }

    /** Executes through a stack, then checks undo → exact bytes before, redo → exact bytes after, twice. */
    private static void roundTrip(Resource r, EditCommand command) {
        EditStack stack = new EditStack();
        String before = text(r);
        stack.execute(command);
        String after = text(r);
        assertFalse(before.equals(after), "the edit changed nothing: " + command.label());
        for (int i = 0; i < 2; i++) {
            assertTrue(stack.undo());
            assertEquals(before, text(r), "undo of " + command.label());
            assertTrue(stack.redo());
            assertEquals(after, text(r), "redo of " + command.label());
        }
    }

    private static Activity activity(Resource r, String name) {
        return new Pipeline(r).allActivities().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(Resource r) {
        return new Pipeline(r).allActivities().stream().map(Activity::name).toList();
    }

    private static String innerList(Resource r) {
        return activity(r, "Loop").branches().get(0).pointer();
    }

    @Test
    void catalogHasFortyTypesInToolboxGroupsAndNewActivitiesInAdfKeyOrder() {
        assertEquals(40, ActivityCatalog.all().size());
        assertEquals(40, ActivityCatalog.all().stream().map(ActivityKind::type).distinct().count());
        for (ActivityCategory c : ActivityCategory.values()) assertFalse(ActivityCatalog.in(c).isEmpty(), c.name());
        ObjectNode lookup = ActivityCatalog.newActivity(ActivityCatalog.byType("Lookup").orElseThrow(), "Lookup1");
        assertEquals(List.of("name", "type", "dependsOn", "policy", "userProperties", "typeProperties"), keys(lookup));
        assertEquals(List.of("timeout", "retry", "retryIntervalInSeconds", "secureOutput", "secureInput"), keys((ObjectNode) lookup.get("policy")));
        ObjectNode wait = ActivityCatalog.newActivity(ActivityCatalog.byType("Wait").orElseThrow(), "Wait1");
        assertEquals(List.of("name", "type", "dependsOn", "userProperties", "typeProperties"), keys(wait));
        ObjectNode exec = ActivityCatalog.newActivity(ActivityCatalog.byType("ExecutePipeline").orElseThrow(), "Execute Pipeline1");
        assertEquals(List.of("secureInput"), keys((ObjectNode) exec.get("policy")));
        assertTrue(ActivityCatalog.byType("Copy").orElseThrow().matches("copy"));
        assertFalse(ActivityCatalog.byType("Copy").orElseThrow().matches("lookup"));
    }

    private static List<String> keys(ObjectNode o) {
        return o.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    @Test
    void addNamesAsAdfDoesAndUndoes() throws Exception {
        Resource r = pipeline();
        ActivityKind wait = ActivityCatalog.byType("Wait").orElseThrow();
        AddActivityCommand add = new AddActivityCommand(r, TOP, wait);
        roundTrip(r, add);
        assertEquals("Wait1", add.name());
        EditStack stack = new EditStack();
        AddActivityCommand second = new AddActivityCommand(r, TOP, wait);
        stack.execute(second);
        assertEquals("Wait2", second.name());
        AddActivityCommand inner = new AddActivityCommand(r, innerList(r), ActivityCatalog.byType("Copy").orElseThrow());
        roundTrip(r, inner);
        assertEquals("Loop", activity(r, "Copy data1").container().orElseThrow().name());
    }

    @Test
    void addRefusesNestingAdfForbids() throws Exception {
        Resource r = pipeline();
        String before = text(r);
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> new EditStack().execute(new AddActivityCommand(r, innerList(r), ActivityCatalog.byType("ForEach").orElseThrow())));
        assertTrue(e.getMessage().contains("ForEach inside ForEach"), e.getMessage());
        assertEquals(before, text(r));
        roundTrip(r, new AddActivityCommand(r, innerList(r), ActivityCatalog.byType("IfCondition").orElseThrow()));
    }

    @Test
    void deleteRemovesDependsOnPointingAtIt() throws Exception {
        Resource r = pipeline();
        roundTrip(r, new DeleteActivitiesCommand(r, TOP, List.of("Load")));
        assertFalse(names(r).contains("Load"));
        assertTrue(activity(r, "Check").dependsOn().isEmpty());
        assertTrue(activity(r, "Notify").dependsOn().isEmpty());
        roundTrip(r, new DeleteActivitiesCommand(r, TOP, List.of("Check", "Loop")));
        assertEquals(List.of("Notify"), names(r));
    }

    @Test
    void connectEachConditionAndUndo() throws Exception {
        for (String condition : List.of("Succeeded", "Failed", "Completed", "Skipped")) {
            Resource r = pipeline();
            roundTrip(r, new ConnectCommand(r, TOP, "Notify", "Loop", condition));
            assertEquals(List.of(condition), activity(r, "Loop").dependsOn().stream()
                    .filter(d -> d.activity().equals("Notify")).findFirst().orElseThrow().conditions());
        }
        Resource r = pipeline();
        roundTrip(r, new ConnectCommand(r, TOP, "Load", "Check", "Skipped"));
        assertEquals(List.of("Succeeded", "Skipped"), activity(r, "Check").dependsOn().get(0).conditions());
    }

    @Test
    void connectRefusesCompletedBesideSucceededOrFailedCyclesAndDuplicates() throws Exception {
        Resource r = pipeline();
        String before = text(r);
        EditStack stack = new EditStack();
        EditRefusedException completed = assertThrows(EditRefusedException.class,
                () -> stack.execute(new ConnectCommand(r, TOP, "Load", "Loop", "Completed")));
        assertTrue(completed.getMessage().contains("Upon Completion"), completed.getMessage());
        stack.execute(new ConnectCommand(r, TOP, "Notify", "Check", "Completed"));
        EditRefusedException succeeded = assertThrows(EditRefusedException.class,
                () -> stack.execute(new ConnectCommand(r, TOP, "Notify", "Loop", "Failed")));
        assertTrue(succeeded.getMessage().contains("Upon Completion"), succeeded.getMessage());
        assertThrows(EditRefusedException.class, () -> stack.execute(new ConnectCommand(r, TOP, "Loop", "Load", "Succeeded")));
        assertThrows(EditRefusedException.class, () -> stack.execute(new ConnectCommand(r, TOP, "Load", "Load", "Succeeded")));
        assertThrows(EditRefusedException.class, () -> stack.execute(new ConnectCommand(r, TOP, "Load", "Check", "Succeeded")));
        assertThrows(EditRefusedException.class, () -> stack.execute(new ConnectCommand(r, TOP, "Load", "Check", "Maybe")));
        stack.undo();
        assertEquals(before, text(r));
        assertFalse(stack.canUndo());
    }

    @Test
    void connectAddsDependsOnWhereAdfPutsIt() throws Exception {
        Resource r = pipeline();
        ObjectNode bare = (ObjectNode) r.json().at(TOP + "/2");
        bare.remove("dependsOn");
        new ConnectCommand(r, TOP, "Check", "Notify", "Skipped").execute();
        assertEquals(List.of("name", "type", "dependsOn", "userProperties", "typeProperties"), keys(bare));
    }

    @Test
    void disconnectOneConditionOrTheWholeArrow() throws Exception {
        Resource r = pipeline();
        new ConnectCommand(r, TOP, "Load", "Check", "Skipped").execute();
        roundTrip(r, new DisconnectCommand(r, TOP, "Load", "Check", "Skipped"));
        assertEquals(List.of("Succeeded"), activity(r, "Check").dependsOn().get(0).conditions());
        roundTrip(r, new DisconnectCommand(r, TOP, "Load", "Check", "Succeeded"));
        assertTrue(activity(r, "Check").dependsOn().isEmpty());
        roundTrip(r, new DisconnectCommand(r, TOP, "Load", "Notify", null));
        assertThrows(EditRefusedException.class, () -> new DisconnectCommand(r, TOP, "Load", "Notify", null).execute());
    }

    @Test
    void renameFixesDependsOnAndRefusesBadOrTakenNames() throws Exception {
        Resource r = pipeline();
        roundTrip(r, new RenameActivityCommand(r, TOP, "Load", "Load sales"));
        assertEquals("Load sales", activity(r, "Check").dependsOn().get(0).activity());
        assertEquals("Load sales", activity(r, "Notify").dependsOn().get(0).activity());
        roundTrip(r, new RenameActivityCommand(r, innerList(r), "Inner1", "First"));
        assertEquals("First", activity(r, "Inner2").dependsOn().get(0).activity());
        for (String bad : List.of("", "a.b", "x".repeat(56), "-x", "inner2", "Check")) {
            assertThrows(EditRefusedException.class, () -> new RenameActivityCommand(r, TOP, "Notify", bad).execute(), bad);
        }
    }

    @Test
    void setPropertyAtAnyPointer() throws Exception {
        Resource r = pipeline();
        roundTrip(r, new SetPropertyCommand(r, TOP + "/0/description", TextNode.valueOf("first")));
        assertEquals(List.of("name", "description", "type", "dependsOn", "userProperties", "typeProperties"),
                keys((ObjectNode) r.json().at(TOP + "/0")));
        roundTrip(r, new SetPropertyCommand(r, TOP + "/0/policy/retry", MAPPER.getNodeFactory().numberNode(3)));
        assertEquals(3, r.json().at(TOP + "/0/policy/retry").intValue());
        roundTrip(r, new SetPropertyCommand(r, "/properties/annotations/-", TextNode.valueOf("nightly")));
        roundTrip(r, new SetPropertyCommand(r, "/properties/annotations/0", null));
        roundTrip(r, new SetPropertyCommand(r, "/properties/concurrency", MAPPER.getNodeFactory().numberNode(2)));
        assertThrows(EditRefusedException.class, () -> new SetPropertyCommand(r, "/properties/concurrency",
                MAPPER.getNodeFactory().numberNode(2)).execute());
    }

    @Test
    void setStateAsAdfWritesIt() throws Exception {
        Resource r = pipeline();
        roundTrip(r, new SetStateCommand(r, TOP, List.of("Check"), false));
        assertEquals(List.of("name", "type", "state", "onInactiveMarkAs", "dependsOn", "userProperties", "typeProperties"),
                keys((ObjectNode) r.json().at(TOP + "/1")));
        assertEquals("Inactive", activity(r, "Check").state());
        roundTrip(r, new SetStateCommand(r, TOP, List.of("Check"), true));
        assertEquals("Active", activity(r, "Check").state());
        assertThrows(EditRefusedException.class, () -> new SetStateCommand(r, TOP, List.of("Check"), true).execute());
    }

    @Test
    void copyPasteMakesNamesUniqueAndFixesInnerReferences() throws Exception {
        Resource r = pipeline();
        ArrayNode copied = ActivityClipboard.copy(r.json(), TOP, List.of("Check", "Loop"));
        ArrayNode viaText = ActivityClipboard.fromText(ActivityClipboard.toText(copied)).orElseThrow();
        PasteActivitiesCommand paste = new PasteActivitiesCommand(r, TOP, viaText);
        roundTrip(r, paste);
        assertEquals(List.of("Check_copy1", "Loop_copy1"), paste.pasted());
        assertTrue(activity(r, "Check_copy1").dependsOn().isEmpty(), "Load was not copied: its arrow goes");
        assertEquals("Check_copy1", activity(r, "Loop_copy1").dependsOn().get(0).activity());
        assertEquals("Inner1_copy1", activity(r, "Inner2_copy1").dependsOn().get(0).activity());
        assertEquals(names(r).size(), names(r).stream().distinct().count());

        Resource other = pipeline();
        new DeleteActivitiesCommand(other, TOP, List.of("Check", "Loop")).execute();
        PasteActivitiesCommand across = new PasteActivitiesCommand(other, TOP, viaText);
        roundTrip(other, across);
        assertEquals(List.of("Check", "Loop"), across.pasted(), "free names are kept");
        assertTrue(ActivityClipboard.fromText("{\"a\": 1}").isEmpty());
        assertTrue(ActivityClipboard.fromText("not json").isEmpty());
    }

    @Test
    void replaceJsonKeepsNameAndUndoes() throws Exception {
        Resource r = pipeline();
        ObjectNode edited = r.json().deepCopy();
        ((ObjectNode) edited.get("properties")).put("description", "edited");
        roundTrip(r, new ReplaceJsonCommand(r, edited));
        ObjectNode renamed = r.json().deepCopy();
        renamed.put("name", "Other");
        assertThrows(EditRefusedException.class, () -> new ReplaceJsonCommand(r, renamed).execute());
    }

    @Test
    void stackReportsLabelsAndClearsRedoOnNewEdit() throws Exception {
        Resource r = pipeline();
        EditStack stack = new EditStack();
        int[] fired = {0};
        stack.addListener(() -> fired[0]++);
        stack.execute(new RenameActivityCommand(r, TOP, "Load", "L"));
        assertEquals("Rename Load to L", stack.undoLabel().orElseThrow());
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(new SetStateCommand(r, TOP, List.of("Load"), false));
        assertFalse(stack.canRedo());
        assertEquals(3, fired[0]);
        assertFalse(new EditStack().undo());
    }

}
