package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonLocator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A view of one activity inside a pipeline, including activities nested in containers
 * (ForEach, Until, IfCondition, Switch). Reads and writes through the pipeline's JSON tree.
 */
public final class Activity {
    /** Activity types that hold other activities. */
    public static final Set<String> CONTAINER_TYPES = Set.of("ForEach", "Until", "IfCondition", "Switch");

    /** A list of inner activities of a container, e.g. "ifTrueActivities" or "case 'EU'". */
    public record Branch(String label, String pointer, List<Activity> activities) {
    }

    private final ObjectNode json;
    private final String pointer;
    private final Activity container;

    Activity(ObjectNode json, String pointer, Activity container) {
        this.json = json;
        this.pointer = pointer;
        this.container = container;
    }

    public ObjectNode json() {
        return json;
    }

    /** JSON pointer of this activity in its pipeline file. */
    public String pointer() {
        return pointer;
    }

    /** The container activity this one is nested in, if any. */
    public Optional<Activity> container() {
        return Optional.ofNullable(container);
    }

    /** 0 for top-level activities, 1 inside a container, and so on. */
    public int depth() {
        return container == null ? 0 : container.depth() + 1;
    }

    public String name() {
        return Json.text(json, "name").orElse("");
    }

    public String type() {
        return Json.text(json, "type").orElse("");
    }

    public Optional<String> description() {
        return Json.text(json, "description");
    }

    /** {@code Active} (the default) or {@code Inactive}. */
    public String state() {
        return Json.text(json, "state").orElse("Active");
    }

    public boolean isContainer() {
        return CONTAINER_TYPES.contains(type());
    }

    /** {@code typeProperties}, or an empty detached object when absent (reading never changes the tree). */
    public ObjectNode typeProperties() {
        return Json.objectOrEmpty(json, "typeProperties");
    }

    public Optional<ObjectNode> policy() {
        return Json.object(json, "policy");
    }

    public List<Dependency> dependsOn() {
        List<Dependency> list = new ArrayList<>();
        List<JsonNode> entries = Json.array(json, "dependsOn");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode d = entries.get(i);
            List<String> conditions = new ArrayList<>();
            Json.array(d, "dependencyConditions").forEach(c -> conditions.add(c.asText()));
            list.add(new Dependency(Json.text(d, "activity").orElse(""), conditions,
                    JsonLocator.child(JsonLocator.child(pointer, "dependsOn"), i)));
        }
        return list;
    }

    /** {@code linkedServiceName.referenceName} (compute or store linked service), when literal. */
    public Optional<String> linkedServiceName() {
        return Json.object(json, "linkedServiceName").flatMap(Json::referenceName);
    }

    /** {@code typeProperties.connectVia.referenceName}: the IR of Web, WebHook and Execute SSIS Package activities. */
    public Optional<String> connectVia() {
        return Json.object(typeProperties(), "connectVia").flatMap(Json::referenceName);
    }

    /** {@code typeProperties.integrationRuntime.referenceName}: the Azure IR of Execute Data Flow and Power Query. */
    public Optional<String> integrationRuntime() {
        return Json.object(typeProperties(), "integrationRuntime").flatMap(Json::referenceName);
    }

    /** {@code typeProperties.dataflow.referenceName}: the data flow an Execute Data Flow activity runs. */
    public Optional<String> dataFlowName() {
        return Json.object(typeProperties(), "dataflow").flatMap(Json::referenceName);
    }

    /** Copy's input datasets, or the {@code dataset} of Lookup/GetMetadata/Delete/Validation. */
    public List<String> inputDatasets() {
        List<String> names = new ArrayList<>();
        Json.array(json, "inputs").forEach(r -> Json.referenceName(r).ifPresent(names::add));
        Json.object(typeProperties(), "dataset").flatMap(Json::referenceName).ifPresent(names::add);
        return names;
    }

    /** Copy's output datasets. */
    public List<String> outputDatasets() {
        List<String> names = new ArrayList<>();
        Json.array(json, "outputs").forEach(r -> Json.referenceName(r).ifPresent(names::add));
        return names;
    }

    /** The inner activity lists of a container, in ADF's order; empty for other activities. */
    public List<Branch> branches() {
        if (!isContainer()) return List.of();
        ObjectNode tp = typeProperties();
        String tpPointer = JsonLocator.child(pointer, "typeProperties");
        List<Branch> branches = new ArrayList<>();
        switch (type()) {
            case "IfCondition" -> {
                branches.add(branch("True", tp, "ifTrueActivities", tpPointer));
                branches.add(branch("False", tp, "ifFalseActivities", tpPointer));
            }
            case "Switch" -> {
                List<JsonNode> cases = Json.array(tp, "cases");
                for (int i = 0; i < cases.size(); i++) {
                    String casePointer = JsonLocator.child(JsonLocator.child(tpPointer, "cases"), i);
                    String label = "Case " + cases.get(i).path("value").asText();
                    branches.add(branch(label, cases.get(i), "activities", casePointer));
                }
                branches.add(branch("Default", tp, "defaultActivities", tpPointer));
            }
            default -> branches.add(branch("Activities", tp, "activities", tpPointer));
        }
        return branches;
    }

    private Branch branch(String label, JsonNode owner, String field, String ownerPointer) {
        String listPointer = JsonLocator.child(ownerPointer, field);
        return new Branch(label, listPointer, Pipeline.activitiesOf(Json.array(owner, field), listPointer, this));
    }

    @Override
    public String toString() {
        return name() + " (" + type() + ")";
    }
}
