package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.EvaluationException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A run's pipeline variables. As in ADF they belong to the whole run (a parallel ForEach shares them) and keep
 * their declared type: an Array starts empty without a default, the others null.
 */
final class Variables {
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    Variables(Map<String, ObjectNode> declared) {
        declared.forEach((name, def) -> {
            String key = name.toLowerCase(Locale.ROOT);
            String type = def.path("type").asText("String");
            types.put(key, type);
            names.put(key, name);
            JsonNode v = def.get("defaultValue");
            values.put(key, v != null ? v : type.equalsIgnoreCase("Array") ? JsonNodeFactory.instance.arrayNode() : NullNode.getInstance());
        });
    }

    synchronized JsonNode get(String name) {
        JsonNode v = values.get(key(name));
        return v.isArray() ? v.deepCopy() : v;
    }

    synchronized void set(String name, JsonNode value) {
        String key = key(name);
        check(key, value);
        values.put(key, value);
    }

    synchronized void append(String name, JsonNode value) {
        String key = key(name);
        if (!types.get(key).equalsIgnoreCase("Array")) {
            throw new EvaluationException("Append Variable works on Array variables; '" + names.get(key) + "' is of type '" + types.get(key) + "'");
        }
        JsonNode current = values.get(key);
        ArrayNode next = current.isArray() ? ((ArrayNode) current).deepCopy() : JsonNodeFactory.instance.arrayNode();
        next.add(value);
        values.put(key, next);
    }

    /** Current values by declared name, for the run record. */
    synchronized ObjectNode snapshot() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        values.forEach((k, v) -> o.set(names.get(k), v));
        return o;
    }

    private String key(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!types.containsKey(key)) {
            throw new EvaluationException("variables('" + name + "'): the pipeline has no variable '" + name + "'"
                    + (types.isEmpty() ? "" : "; its variables are " + String.join(", ", names.values())));
        }
        return key;
    }

    private void check(String key, JsonNode value) {
        String type = types.get(key);
        if (value.isNull()) return;
        boolean ok = switch (type.toLowerCase(Locale.ROOT)) {
            case "string" -> value.isTextual();
            case "bool", "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "integer", "int" -> value.isIntegralNumber();
            case "float" -> value.isNumber();
            case "object" -> value.isObject();
            default -> true;
        };
        if (!ok) {
            throw new EvaluationException("The variable '" + names.get(key) + "' of type '" + type + "' cannot be initialized or updated with value of type '"
                    + typeName(value) + "'. The variable '" + names.get(key) + "' only supports values of types '" + type + "'.");
        }
    }

    static String typeName(JsonNode v) {
        if (v.isTextual()) return "String";
        if (v.isBoolean()) return "Boolean";
        if (v.isIntegralNumber()) return "Integer";
        if (v.isNumber()) return "Float";
        if (v.isArray()) return "Array";
        if (v.isObject()) return "Object";
        return "Null";
    }
}
