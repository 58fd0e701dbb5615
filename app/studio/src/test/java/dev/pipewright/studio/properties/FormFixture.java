package dev.pipewright.studio.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.edit.ActivityCatalog;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.canvas.CanvasViewModel;
import dev.pipewright.studio.canvas.Positions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small factory for the properties view-model tests: two linked services, two datasets (one with a parameter),
 * a child pipeline with parameters, and the edited pipeline with three variables.
 */
final class FormFixture {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    final Factory factory = new Factory(Path.of("unused"));
    final CanvasViewModel canvas;
    final PropertiesViewModel props;

    FormFixture() throws Exception {
        add(ResourceKind.LINKED_SERVICE, """
                {"name": "LS_Blob", "properties": {"type": "AzureBlobStorage", "typeProperties": {}}}""");
        add(ResourceKind.LINKED_SERVICE, """
                {"name": "LS_Sql", "properties": {"type": "AzureSqlDatabase", "typeProperties": {}}}""");
        add(ResourceKind.DATASET, """
                {"name": "DS_Csv", "properties": {"linkedServiceName": {"referenceName": "LS_Blob", "type": "LinkedServiceReference"},
                 "parameters": {"fileName": {"type": "string"}}, "type": "DelimitedText",
                 "typeProperties": {"location": {"type": "AzureBlobStorageLocation", "container": "in"}}}}""");
        add(ResourceKind.DATASET, """
                {"name": "DS_Sql", "properties": {"linkedServiceName": {"referenceName": "LS_Sql", "type": "LinkedServiceReference"},
                 "type": "AzureSqlTable", "typeProperties": {"schema": "dbo", "table": "Sales"}}}""");
        add(ResourceKind.PIPELINE, """
                {"name": "PL_Child", "properties": {"activities": [], "parameters": {"runDate": {"type": "string"}, "count": {"type": "int"}},
                 "annotations": []}}""");
        Resource edited = add(ResourceKind.PIPELINE, """
                {"name": "PL_Edit", "properties": {"activities": [], "variables": {"status": {"type": "String"}, "files": {"type": "Array"},
                 "flag": {"type": "Boolean"}}, "annotations": []}}""");
        canvas = new CanvasViewModel(edited, new EditStack(), new Positions());
        props = new PropertiesViewModel(canvas, factory);
    }

    private Resource add(ResourceKind kind, String json) throws Exception {
        Resource r = Resource.create(kind, (ObjectNode) MAPPER.readTree(json));
        factory.add(r);
        return r;
    }

    /** Adds an activity of {@code type} (selected, so its tabs show). */
    void add(String type) {
        canvas.add(ActivityCatalog.byType(type).orElseThrow(), 0, 0);
    }

    FieldViewModel field(String key) {
        return props.form().field(key).orElseThrow(() -> new AssertionError("no field " + key + " in " + props.form().tabs()));
    }

    /** Types {@code text} into a field and commits it, as Enter does. */
    boolean type(String key, String text) {
        FieldViewModel f = field(key);
        f.textProperty().set(text);
        return f.commit();
    }

    boolean tick(String key, boolean on) {
        FieldViewModel f = field(key);
        f.checkedProperty().set(on);
        return f.commitChecked();
    }

    String bytes() {
        return new String(canvas.pipeline().canonicalBytes(), StandardCharsets.UTF_8);
    }

    JsonNode activity() {
        return canvas.pipeline().json().at("/properties/activities/0");
    }

    String message() {
        return canvas.messageProperty().get();
    }

    void undoAll() {
        while (canvas.stack().undo()) {
            // back to the start
        }
    }

    /** Same members, same order, same values: compares ADF's text of both. */
    static void assertJson(String expected, JsonNode actual) throws Exception {
        assertEquals(AdfJsonWriter.pretty(MAPPER.readTree(expected)), AdfJsonWriter.pretty(actual));
    }
}
