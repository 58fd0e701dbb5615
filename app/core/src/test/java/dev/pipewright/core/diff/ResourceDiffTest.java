package dev.pipewright.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The semantic summary on hand-written before/after pairs. */
class ResourceDiffTest {
    static JsonNode json(String text) {
        return JsonReader.read(text, "test").root();
    }

    @Test
    void activityPropertyChangeAddedActivityRemovedParameterAndNewDependency() {
        JsonNode before = json("""
                {"name": "PL", "properties": {
                  "activities": [
                    {"name": "CP_Sales", "type": "Copy", "policy": {"timeout": "7.00:00:00", "retry": 0}},
                    {"name": "X", "type": "Wait", "dependsOn": [], "typeProperties": {"waitTimeInSeconds": 1}}],
                  "parameters": {"P": {"type": "string"}, "Q": {"type": "int", "defaultValue": 1}}}}""");
        JsonNode after = json("""
                {"name": "PL", "properties": {
                  "activities": [
                    {"name": "CP_Sales", "type": "Copy", "policy": {"retry": 0, "timeout": "0.02:00:00"}},
                    {"name": "X", "type": "Wait", "dependsOn": [{"activity": "Y", "dependencyConditions": ["Succeeded"]}],
                     "typeProperties": {"waitTimeInSeconds": 1}},
                    {"name": "Wait_1", "type": "Wait"}],
                  "parameters": {"Q": {"type": "int", "defaultValue": 2}}}}""");
        assertEquals(List.of(
                "activity CP_Sales: policy.timeout 7.00:00:00 → 0.02:00:00",
                "dependsOn of X: + Y (Succeeded)",
                "activity Wait_1 added",
                "parameter P removed",
                "parameter Q: defaultValue 1 → 2"), ResourceDiff.details(before, after));
    }
}
