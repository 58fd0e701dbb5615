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

    @Test
    void nestedActivitiesAreNamedWithTheirContainer() {
        JsonNode before = json("""
                {"name": "PL", "properties": {"activities": [{"name": "FE", "type": "ForEach", "typeProperties": {
                  "items": {"value": "@pipeline().parameters.list", "type": "Expression"},
                  "activities": [{"name": "Inner", "type": "Wait", "typeProperties": {"waitTimeInSeconds": 1}}]}}]}}""");
        JsonNode after = json("""
                {"name": "PL", "properties": {"activities": [{"name": "FE", "type": "ForEach", "typeProperties": {
                  "items": {"value": "@variables('list')", "type": "Expression"},
                  "activities": [{"name": "Inner", "type": "Wait", "typeProperties": {"waitTimeInSeconds": 5}},
                                 {"name": "Inner2", "type": "Wait"}]}}]}}""");
        assertEquals(List.of(
                "activity FE: typeProperties.items @pipeline().parameters.list → @variables('list')",
                "activity FE/Inner: typeProperties.waitTimeInSeconds 1 → 5",
                "activity FE/Inner2 added"), ResourceDiff.details(before, after));
    }

    @Test
    void dependenciesVariablesMembersAddedOrRemovedAndValueArrays() {
        JsonNode before = json("""
                {"name": "PL", "properties": {"activities": [
                  {"name": "A", "type": "Wait"},
                  {"name": "B", "type": "Wait", "dependsOn": [{"activity": "A", "dependencyConditions": ["Succeeded"]}],
                   "policy": {"retry": 0}}],
                 "variables": {"v": {"type": "String"}}, "annotations": []}}""");
        JsonNode after = json("""
                {"name": "PL", "properties": {"activities": [
                  {"name": "B", "type": "Wait", "dependsOn": [{"activity": "A", "dependencyConditions": ["Failed", "Skipped"]}],
                   "policy": {"secureOutput": true}},
                  {"name": "A", "type": "Wait"}],
                 "variables": {"v": {"type": "String"}, "w": {"type": "Array"}}, "annotations": ["nightly"]}}""");
        assertEquals(List.of(
                "dependsOn of B: A (Succeeded → Failed, Skipped)",
                "activity B: policy.retry removed (0)",
                "activity B: policy.secureOutput added (true)",
                "activities: order changed",
                "variable w added",
                "annotations [] → [\"nightly\"]"), ResourceDiff.details(before, after));
    }

    @Test
    void dataFlowsDatasetsAndTriggersUseTheirOwnWords() {
        JsonNode flowBefore = json("""
                {"name": "DF", "properties": {"type": "MappingDataFlow", "typeProperties": {
                  "sources": [{"name": "Orders", "dataset": {"referenceName": "DS_A", "type": "DatasetReference"}}],
                  "sinks": [{"name": "Out"}], "transformations": [{"name": "Filter1"}],
                  "scriptLines": ["source(output(id as integer)) ~> Orders", "Orders filter(id > 0) ~> Filter1", "Filter1 sink() ~> Out"]}}}""");
        JsonNode flowAfter = json("""
                {"name": "DF", "properties": {"type": "MappingDataFlow", "typeProperties": {
                  "sources": [{"name": "Orders", "dataset": {"referenceName": "DS_B", "type": "DatasetReference"}}, {"name": "Stores"}],
                  "sinks": [{"name": "Out"}], "transformations": [],
                  "scriptLines": ["source(output(id as integer)) ~> Orders", "source() ~> Stores", "Orders sink() ~> Out"]}}}""");
        assertEquals(List.of(
                "source Orders: dataset.referenceName DS_A → DS_B",
                "source Stores added",
                "transformation Filter1 removed",
                "typeProperties.scriptLines: 2 lines added, 2 removed"), ResourceDiff.details(flowBefore, flowAfter));

        JsonNode dataset = json("""
                {"name": "DS", "properties": {"type": "DelimitedText", "typeProperties": {"location": {"fileName": "a.csv"}},
                 "parameters": {"day": {"type": "string"}}}}""");
        JsonNode datasetAfter = json("""
                {"name": "DS", "properties": {"type": "DelimitedText", "typeProperties": {"location": {"fileName":
                 "a-very-long-file-name-that-goes-on-and-on-and-on-for-ever-and-ever.csv"}}, "parameters": {"day": {"type": "int"}}}}""");
        assertEquals(List.of(
                "typeProperties.location.fileName a.csv → a-very-long-file-name-that-goes-on-and-on-and-on-for-ever-a…",
                "parameter day: type string → int"), ResourceDiff.details(dataset, datasetAfter));

        JsonNode trigger = json("""
                {"name": "T", "properties": {"type": "ScheduleTrigger", "pipelines": [
                  {"pipelineReference": {"referenceName": "P1", "type": "PipelineReference"}}]}}""");
        JsonNode triggerAfter = json("""
                {"name": "T", "properties": {"type": "ScheduleTrigger", "pipelines": [
                  {"pipelineReference": {"referenceName": "P1", "type": "PipelineReference"}, "parameters": {"day": "@trigger().startTime"}},
                  {"pipelineReference": {"referenceName": "P2", "type": "PipelineReference"}}]}}""");
        assertEquals(List.of("pipeline P1: parameters added ({\"day\":\"@trigger().startTime\"})", "pipeline P2 added"),
                ResourceDiff.details(trigger, triggerAfter));
    }

    @Test
    void aMultiLineValueShowsItsFirstLineAndFormattingIsNoChange() {
        JsonNode before = json("{\"name\": \"P\", \"properties\": {\"description\": \"one\\ntwo\"}}");
        JsonNode after = json("{\"properties\": {\"description\": \"uno\\ndos\"}, \"name\": \"P\"}");
        assertEquals(List.of("description one … → uno …"), ResourceDiff.details(before, after));
        assertEquals(List.of(), ResourceDiff.details(before, json("{\n    \"name\": \"P\",\n    \"properties\": {\"description\": \"one\\ntwo\"}\n}")));
    }
}
