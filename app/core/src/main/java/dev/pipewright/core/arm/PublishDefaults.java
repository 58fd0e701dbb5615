package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ADF's publish adds to or changes in a resource's properties, as seen on real publish output (docs/publish.md
 * lists each rule with its evidence): empty {@code parameters} on dataset and pipeline references, pipeline
 * {@code policy}, Execute Data Flow's {@code staging} and {@code datasetParameters}, and the ARM escape of strings
 * starting with {@code [}.
 */
final class PublishDefaults {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The order publish writes a linked service's properties in, whatever order git has them in (the rest follow). */
    static final List<String> LINKED_SERVICE_ORDER = List.of("description", "parameters", "annotations", "type", "typeProperties", "connectVia");

    private PublishDefaults() {
    }

    /** Applies the defaults of the resource's kind to its (copied) properties in place. */
    static void apply(ResourceKind kind, ObjectNode properties, Factory factory) {
        switch (kind) {
            case PIPELINE -> pipeline(properties, factory);
            case TRIGGER -> trigger(properties);
            case LINKED_SERVICE -> reorder(properties, LINKED_SERVICE_ORDER);
            default -> { }
        }
    }

    private static void pipeline(ObjectNode properties, Factory factory) {
        JsonNode activities = properties.get("activities");
        if (activities instanceof ArrayNode list) activities(list, factory);
        if (!properties.has("policy") && activities != null) {
            ObjectNode policy = NODES.objectNode();
            policy.set("elapsedTimeMetric", NODES.objectNode());
            policy.set("cancelAfter", NODES.objectNode());
            insertAfter(properties, properties.has("concurrency") ? "concurrency" : "activities", "policy", policy);
        }
    }

    private static void activities(ArrayNode activities, Factory factory) {
        for (JsonNode activity : activities) {
            if (!(activity instanceof ObjectNode a)) continue;
            datasetReferences(a);
            JsonNode tp = a.get("typeProperties");
            if (tp instanceof ObjectNode typeProperties) {
                switch (a.path("type").asText()) {
                    case "ExecutePipeline" -> { if (!typeProperties.has("parameters")) typeProperties.set("parameters", NODES.objectNode()); }
                    case "ExecuteDataFlow" -> executeDataFlow(typeProperties, factory);
                    default -> { }
                }
                for (String nested : List.of("activities", "ifTrueActivities", "ifFalseActivities", "defaultActivities")) {
                    if (typeProperties.get(nested) instanceof ArrayNode inner) activities(inner, factory);
                }
                if (typeProperties.get("cases") instanceof ArrayNode cases) {
                    for (JsonNode c : cases) if (c.get("activities") instanceof ArrayNode inner) activities(inner, factory);
                }
            }
        }
    }

    /** Dataset references of the activity itself (inputs, outputs, dataset ...) get {@code "parameters": {}}. */
    private static void datasetReferences(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if ("DatasetReference".equals(o.path("type").asText(null)) && o.has("referenceName") && !o.has("parameters")) {
                o.set("parameters", NODES.objectNode());
            }
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!isNestedActivities(e.getKey())) datasetReferences(e.getValue());
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode child : a) datasetReferences(child);
        }
    }

    private static boolean isNestedActivities(String key) {
        return key.equals("activities") || key.equals("ifTrueActivities") || key.equals("ifFalseActivities")
                || key.equals("defaultActivities") || key.equals("cases");
    }

    private static void executeDataFlow(ObjectNode typeProperties, Factory factory) {
        if (typeProperties.get("dataflow") instanceof ObjectNode ref) {
            if (!ref.has("parameters")) ref.set("parameters", NODES.objectNode());
            if (!ref.has("datasetParameters")) {
                ObjectNode perStream = NODES.objectNode();
                factory.get(ResourceKind.DATA_FLOW, ref.path("referenceName").asText("")).ifPresent(df -> {
                    for (String list : List.of("sources", "sinks")) {
                        for (JsonNode s : df.properties().path("typeProperties").path(list)) {
                            if (s.path("name").isTextual()) perStream.set(s.get("name").textValue(), NODES.objectNode());
                        }
                    }
                });
                ref.set("datasetParameters", perStream);
            }
            if (!typeProperties.has("staging")) insertAfter(typeProperties, "dataflow", "staging", NODES.objectNode());
        }
    }

    private static void trigger(ObjectNode properties) {
        if (properties.get("pipelines") instanceof ArrayNode pipelines) {
            for (JsonNode p : pipelines) {
                if (p instanceof ObjectNode o && !o.has("parameters")) insertAfter(o, "pipelineReference", "parameters", NODES.objectNode());
            }
        }
    }

    /** ARM reads a string starting with {@code [} as an expression; ADF writes such literals with a second {@code [}. */
    static void escapeBrackets(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (isBracketed(e.getValue())) e.setValue(TextNode.valueOf("[" + e.getValue().textValue()));
                else escapeBrackets(e.getValue());
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (isBracketed(a.get(i))) a.set(i, TextNode.valueOf("[" + a.get(i).textValue()));
                else escapeBrackets(a.get(i));
            }
        }
    }

    /** The literal an escaped value stands for (what a parameters file holds). */
    static JsonNode unescape(JsonNode node) {
        if (node == null) return null;
        if (node.isTextual() && node.textValue().startsWith("[[")) return TextNode.valueOf(node.textValue().substring(1));
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy instanceof ObjectNode o) o.fields().forEachRemaining(e -> e.setValue(unescape(e.getValue())));
            else for (int i = 0; i < copy.size(); i++) ((ArrayNode) copy).set(i, unescape(copy.get(i)));
            return copy;
        }
        return node;
    }

    private static boolean isBracketed(JsonNode value) {
        return value.isTextual() && value.textValue().startsWith("[");
    }

    /** Moves the {@code order} keys the object has to its front, in that order; the other keys follow as they were. */
    static void reorder(ObjectNode object, List<String> order) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> copy.put(e.getKey(), e.getValue()));
        object.removeAll();
        for (String key : order) if (copy.containsKey(key)) object.set(key, copy.remove(key));
        copy.forEach(object::set);
    }

    /** Puts {@code key} right after {@code anchor} (at the end when the anchor is missing), keeping the other keys' order. */
    static void insertAfter(ObjectNode object, String anchor, String key, JsonNode value) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> copy.put(e.getKey(), e.getValue()));
        if (!copy.containsKey(anchor)) {
            object.set(key, value);
            return;
        }
        object.removeAll();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(copy.entrySet());
        for (Map.Entry<String, JsonNode> e : entries) {
            object.set(e.getKey(), e.getValue());
            if (e.getKey().equals(anchor)) object.set(key, value);
        }
    }
}
