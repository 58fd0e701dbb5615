package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.text.Suggestions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's pipeline parameters, checked as ADF checks them when a run starts: every parameter without a default
 * is given, no unknown name, and each value has the declared type (Array, Bool, Float, Int, Object,
 * SecureString, String). Text from the command line is converted to the declared type first.
 */
public final class RunParameters {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunParameters() {
    }

    /** Parameter values given as text ({@code --param k=v}), converted to their declared types. */
    public static Map<String, JsonNode> fromText(Pipeline pipeline, Map<String, String> given) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        given.forEach((k, v) -> values.put(k, JsonNodeFactory.instance.textNode(v)));
        return complete(pipeline, values);
    }

    /**
     * Every declared parameter's value: the given one (converted from text when the type is not String) or the
     * default. @throws IllegalArgumentException listing every missing, unknown or ill-typed parameter
     */
    public static Map<String, JsonNode> complete(Pipeline pipeline, Map<String, JsonNode> given) {
        Map<String, ObjectNode> declared = pipeline.parameters();
        Map<String, String> byLower = new LinkedHashMap<>();
        declared.keySet().forEach(k -> byLower.put(k.toLowerCase(Locale.ROOT), k));
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, JsonNode> givenByName = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            String name = byLower.get(k.toLowerCase(Locale.ROOT));
            if (name == null) {
                problems.add("the pipeline " + pipeline.name() + " has no parameter '" + k + "'" + Suggestions.didYouMean(k, declared.keySet())
                        + (declared.isEmpty() ? " (it has none)" : "; its parameters are " + String.join(", ", declared.keySet())));
            } else {
                givenByName.put(name, v);
            }
        });
        declared.forEach((name, def) -> {
            String type = def.path("type").asText("String");
            JsonNode v = givenByName.get(name);
            if (v == null) {
                if (!def.has("defaultValue")) {
                    problems.add("parameter '" + name + "' (" + type + ") has no default value and was not given: pass --param " + name + "=<value>");
                    return;
                }
                v = def.get("defaultValue");
            }
            try {
                values.put(name, typed(name, type, v));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        });
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return values;
    }

    /** The value as the declared type, converting text; @throws IllegalArgumentException saying what was expected */
    static JsonNode typed(String name, String type, JsonNode v) {
        if (v.isNull()) return v;
        String t = type.toLowerCase(Locale.ROOT);
        String text = v.isTextual() ? v.asText().strip() : null;
        JsonNode out = switch (t) {
            case "string", "securestring" -> v.isTextual() ? v : null;
            case "int" -> v.isIntegralNumber() ? v : text != null && text.matches("[-+]?\\d{1,18}") ? JsonNodeFactory.instance.numberNode(Long.parseLong(text)) : null;
            case "float" -> v.isNumber() ? v : text != null && isDouble(text) ? JsonNodeFactory.instance.numberNode(Double.parseDouble(text)) : null;
            case "bool" -> v.isBoolean() ? v : text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))
                    ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT))) : null;
            case "array" -> v.isArray() ? v : text != null ? parsed(text, true) : null;
            case "object" -> v.isObject() ? v : text != null ? parsed(text, false) : null;
            default -> v;
        };
        if (out == null) {
            String shown = t.equals("securestring") ? "the value given" : describe(v);
            throw new IllegalArgumentException("parameter '" + name + "' is " + type + ", and " + shown + " is not " + article(type));
        }
        return out;
    }

    private static boolean isDouble(String s) {
        try {
            Double.parseDouble(s);
            return !s.endsWith("d") && !s.endsWith("f") && !s.endsWith("D") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static JsonNode parsed(String text, boolean array) {
        try {
            JsonNode n = JSON.readTree(text);
            return n != null && (array ? n.isArray() : n.isObject()) ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(JsonNode v) {
        String s = v.isTextual() ? "'" + v.asText() + "'" : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static String article(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "int" -> "an integer";
            case "float" -> "a number";
            case "bool" -> "true or false";
            case "array" -> "a JSON array";
            case "object" -> "a JSON object";
            default -> "a string";
        };
    }
}
