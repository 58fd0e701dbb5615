package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.form.Change;
import dev.pipewright.core.form.FormValues;
import dev.pipewright.core.form.SetFieldsCommand;
import dev.pipewright.core.form.TableEdits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipelines a trigger starts and the values it gives their parameters: {@code properties.pipelines[]} (a schedule
 * or storage-event trigger, any number) or {@code properties.pipeline} (a tumbling window, one). Each pipeline's rows
 * are the parameters it declares (with their type and default) and any other the trigger names. Values are written as
 * ADF writes them: expressions ({@code @trigger().scheduledTime}) as strings, numbers and booleans by the parameter's type.
 */
public final class TriggerPipelines {
    /** One parameter row: declared (type, default) or only named by the trigger (type empty). */
    public record Parameter(String name, String type, String defaultValue, String value) {
    }

    /** One pipeline the trigger starts. */
    public record Entry(String pipeline, List<Parameter> parameters, boolean known) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TriggerPipelines() {
    }

    private static boolean single(JsonNode root) {
        return "TumblingWindowTrigger".equals(root.path("properties").path("type").asText());
    }

    /** The path of the {@code index}-th pipeline entry. */
    private static String path(JsonNode root, int index) {
        return single(root) ? "properties/pipeline" : "properties/pipelines/" + index;
    }

    private static List<JsonNode> entries(JsonNode root) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode p = root.path("properties");
        if (single(root)) {
            if (p.path("pipeline").isObject()) list.add(p.get("pipeline"));
        } else {
            p.path("pipelines").forEach(list::add);
        }
        return list;
    }

    public static List<Entry> read(Factory factory, Resource trigger) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : entries(trigger.json())) {
            String name = e.path("pipelineReference").path("referenceName").asText("");
            Optional<Resource> pipeline = factory.get(ResourceKind.PIPELINE, name);
            Map<String, Parameter> rows = new LinkedHashMap<>();
            JsonNode values = e.path("parameters");
            pipeline.ifPresent(p -> TableEdits.declared(p).forEach((param, spec) -> rows.put(param, new Parameter(param,
                    spec.path("type").asText("string"), FormValues.display(spec.path("defaultValue")), FormValues.display(values.path(param))))));
            values.properties().forEach(v -> rows.putIfAbsent(v.getKey(), new Parameter(v.getKey(), "", "", FormValues.display(v.getValue()))));
            out.add(new Entry(name, List.copyOf(rows.values()), pipeline.isPresent()));
        }
        return out;
    }

    /** The factory's pipelines, to pick from. */
    public static List<String> choices(Factory factory) {
        return factory.resources(ResourceKind.PIPELINE).stream().map(Resource::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Adds a pipeline to start (ADF writes {@code "parameters": {}} with it); a tumbling window starts only one. */
    public static EditCommand add(Factory factory, Resource trigger, String pipeline) {
        Resource p = factory.get(ResourceKind.PIPELINE, pipeline)
                .orElseThrow(() -> new InvalidTriggerException("There is no pipeline named '" + pipeline + "'"));
        int count = entries(trigger.json()).size();
        if (single(trigger.json()) && count > 0) {
            throw new InvalidTriggerException("A tumbling window trigger starts one pipeline: change it, or remove it first");
        }
        ObjectNode entry = NODES.objectNode();
        entry.set("pipelineReference", NODES.objectNode().put("referenceName", p.name()).put("type", "PipelineReference"));
        entry.set("parameters", NODES.objectNode());
        return TriggerForm.command(trigger, List.of(new Change(path(trigger.json(), count), entry)), "Add pipeline " + p.name());
    }

    public static EditCommand remove(Resource trigger, int index) {
        check(trigger, index);
        return TriggerForm.command(trigger, List.of(new Change(path(trigger.json(), index), null)), "Remove pipeline");
    }

    /** Points an entry at another pipeline; the values of parameters the new one also declares are kept. */
    public static EditCommand change(Factory factory, Resource trigger, int index, String pipeline) {
        check(trigger, index);
        Resource p = factory.get(ResourceKind.PIPELINE, pipeline)
                .orElseThrow(() -> new InvalidTriggerException("There is no pipeline named '" + pipeline + "'"));
        String at = path(trigger.json(), index);
        ObjectNode kept = NODES.objectNode();
        Map<String, ObjectNode> declared = TableEdits.declared(p);
        trigger.json().at("/" + at + "/parameters").properties().forEach(e -> {
            if (declared.containsKey(e.getKey())) kept.set(e.getKey(), e.getValue());
        });
        return TriggerForm.command(trigger, List.of(new Change(at + "/pipelineReference/referenceName", NODES.textNode(p.name())),
                new Change(at + "/parameters", kept)), "Trigger pipeline " + p.name());
    }

    /** Sets the value of a parameter (empty text: the pipeline's default, so the member is removed). */
    public static Optional<EditCommand> setParameter(Factory factory, Resource trigger, int index, String parameter, String text) {
        check(trigger, index);
        Entry entry = read(factory, trigger).get(index);
        String type = entry.parameters().stream().filter(p -> p.name().equals(parameter)).map(Parameter::type).findFirst().orElse("");
        JsonNode value = text.isEmpty() ? null
                : FormValues.looksLikeExpression(text) ? NODES.textNode(text) : FormValues.typed(type, text, false, parameter);
        String at = path(trigger.json(), index) + "/parameters";
        if (value == null && trigger.json().at("/" + at + "/" + SetFieldsCommand.escape(parameter)).isMissingNode()) return Optional.empty();
        List<Change> changes = new ArrayList<>();
        if (trigger.json().at("/" + at).isMissingNode()) changes.add(new Change(at, NODES.objectNode()));
        changes.add(new Change(at + "/" + SetFieldsCommand.escape(parameter), value));
        return Optional.of(TriggerForm.command(trigger, changes, "Set parameter " + parameter));
    }

    private static void check(Resource trigger, int index) {
        if (index < 0 || index >= entries(trigger.json()).size()) throw new InvalidTriggerException("There is no pipeline " + (index + 1) + " in this trigger");
    }
}
