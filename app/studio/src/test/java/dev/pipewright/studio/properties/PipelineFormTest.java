package dev.pipewright.studio.properties;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pipewright.studio.properties.FormFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's own Parameters, Variables and Settings tabs (nothing selected on the canvas). */
class PipelineFormTest {
    @Test
    void parametersVariablesAndSettingsAreUndoableRows() throws Exception {
        FormFixture fx = new FormFixture();
        String original = fx.bytes();
        var params = fx.field("pipeline-parameters");
        assertEquals(List.of("Name", "Type", "Default value"), params.headers());
        assertTrue(params.addRow());
        assertEquals("String", params.rows().get(0).cells().get(1).text(), "ADF's 'string' shown as String");
        assertTrue(params.commitCell(0, 0, "batchSize"));
        assertTrue(params.commitCell(0, 1, "Int"));
        assertFalse(params.commitCell(0, 2, "lots"));
        assertTrue(params.commitCell(0, 2, "500"));
        assertTrue(params.addRow());
        assertTrue(params.commitCell(1, 1, "Array"));
        assertTrue(params.commitCell(1, 2, "[\"emea\", \"amer\"]"));
        assertFalse(params.commitCell(1, 0, "BATCHSIZE"), "parameter names are unique, whatever the case");

        var variables = fx.field("pipeline-variables");
        assertEquals(3, variables.rows().size());
        assertTrue(variables.addRow());
        assertTrue(variables.commitCell(3, 2, "pending"));
        assertTrue(variables.removeRow(1));

        assertFalse(fx.type("concurrency", "0"));
        assertTrue(fx.message().contains("at least 1"), fx.message());
        assertTrue(fx.type("concurrency", "2"));
        assertTrue(fx.type("folder", "Sales/Daily"));
        assertTrue(fx.type("pipeline-description", "Loads the day's sales"));
        assertTrue(fx.field("annotations").addRow());
        assertTrue(fx.field("annotations").commitCell(0, 0, "nightly"));

        assertJson("""
                {"name": "PL_Edit", "properties": {"description": "Loads the day's sales", "activities": [], "concurrency": 2,
                 "parameters": {"batchSize": {"type": "int", "defaultValue": 500}, "parameter1": {"type": "array", "defaultValue": ["emea", "amer"]}},
                 "variables": {"status": {"type": "String"}, "flag": {"type": "Boolean"}, "variable1": {"type": "String", "defaultValue": "pending"}},
                 "folder": {"name": "Sales/Daily"}, "annotations": ["nightly"]}}""", fx.canvas.pipeline().json());

        assertTrue(fx.type("folder", ""));
        assertTrue(fx.canvas.pipeline().json().at("/properties/folder").isMissingNode(), "no folder, no folder object");
        fx.undoAll();
        assertEquals(original, fx.bytes());
    }
}
