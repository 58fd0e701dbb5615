package dev.pipewright.studio.properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.ActivityCatalog;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.canvas.CanvasViewModel;
import dev.pipewright.studio.canvas.Positions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PropertiesViewModelTest {
    private static CanvasViewModel canvas() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree("""
                {"name": "P", "properties": {"activities": [], "annotations": []}}""");
        return new CanvasViewModel(Resource.create(ResourceKind.PIPELINE, json), new EditStack(), new Positions());
    }

    private static String text(CanvasViewModel c) {
        return new String(c.pipeline().canonicalBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void generalFieldsAreUndoableCommandsAndBadNumbersAreRefused() throws Exception {
        CanvasViewModel canvas = canvas();
        PropertiesViewModel props = new PropertiesViewModel(canvas, new dev.pipewright.core.factory.Factory(java.nio.file.Path.of("unused")));
        canvas.add(ActivityCatalog.byType("Lookup").orElseThrow(), 0, 0);
        assertEquals("Lookup1", props.activityProperty().get());
        assertEquals("0.12:00:00", props.timeoutProperty().get());
        String before = text(canvas);
        props.retryProperty().set("3");
        assertTrue(props.commitRetry());
        props.retryIntervalProperty().set("5");
        assertFalse(props.commitRetryInterval(), "ADF's minimum is 30 seconds");
        assertTrue(canvas.messageProperty().get().contains("30 to 86400"));
        assertEquals("5", props.retryIntervalProperty().get(), "the field keeps the text, marked");
        assertTrue(props.errors().get("retryInterval").contains("30 to 86400"), props.errors().toString());
        assertTrue(text(canvas).contains("\"retryIntervalInSeconds\": 30"), "the model keeps its value");
        props.revert("retryInterval");
        assertEquals("30", props.retryIntervalProperty().get(), "reverted: the model's value again");
        assertFalse(props.errors().containsKey("retryInterval"));
        props.activeProperty().set(false);
        assertTrue(props.commitActive());
        props.nameProperty().set("Read watermark");
        assertTrue(props.commitName());
        assertEquals(List.of("Read watermark"), canvas.selectedNames());
        for (int i = 0; i < 3; i++) canvas.stack().undo();
        assertEquals(before, text(canvas));
    }

    @Test
    void genericSettingsEditExpressionsAsTextAndThePipelinePaneShowsWhenNothingIsSelected() throws Exception {
        CanvasViewModel canvas = canvas();
        PropertiesViewModel props = new PropertiesViewModel(canvas, new dev.pipewright.core.factory.Factory(java.nio.file.Path.of("unused")));
        assertEquals(List.of("Parameters", "Variables", "Settings"), props.form().tabs().stream().map(FormViewModel.TabModel::name).toList());
        assertFalse(props.commitMember("concurrency", "2"), "the generic editor is for a selected activity");

        canvas.add(ActivityCatalog.byType("ForEach").orElseThrow(), 0, 0);
        assertTrue(props.commitMember("items", "@pipeline().parameters.stores"));
        assertEquals("Expression", canvas.pipeline().json().at("/properties/activities/0/typeProperties/items/type").asText());
        PropertiesViewModel.Member items = props.members().stream().filter(m -> m.key().equals("items")).findFirst().orElseThrow();
        assertEquals("@pipeline().parameters.stores", items.json());
        assertTrue(props.commitMember("isSequential", "true"));
        assertTrue(canvas.pipeline().json().at("/properties/activities/0/typeProperties/isSequential").asBoolean());
        assertFalse(props.commitMember("isSequential", "true"), "unchanged");
    }
}
