package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.ir.OrderedJson;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.pipewright.core.ir.OrderedJson.NODES;

/**
 * What every linked service has besides its type's fields: description, annotations, parameters (name, type,
 * default value) and connectVia, in ADF's places: {@code properties} holds description, parameters, annotations,
 * type, version, typeProperties, connectVia in that order (the corpus shows each pair; no file has both a
 * description and parameters, so their relative order is ADF's model order).
 */
public final class LinkedServiceCommon {
    static final List<String> ROOT = List.of("name", "type", "properties");
    static final List<String> PROPERTIES = List.of("description", "parameters", "annotations", "type", "version", "typeProperties", "connectVia");
    /** ADF's linked-service parameter types. */
    public static final List<String> PARAMETER_TYPES = List.of("String", "Int", "Float", "Bool", "Array", "Object", "SecureString");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A linked-service parameter; {@code defaultValue} is the text typed (JSON for arrays and objects), empty for none. */
    public record Parameter(String name, String type, String defaultValue) {
    }

    private LinkedServiceCommon() {
    }

    public static String description(ObjectNode json) {
        return json.path("properties").path("description").asText("");
    }

    /** The annotations, comma-separated. */
    public static String annotations(ObjectNode json) {
        List<String> list = new ArrayList<>();
        json.path("properties").path("annotations").forEach(a -> list.add(a.isTextual() ? a.textValue() : a.toString()));
        return String.join(", ", list);
    }

    public static List<Parameter> parameters(ObjectNode json) {
        List<Parameter> list = new ArrayList<>();
        JsonNode params = json.path("properties").path("parameters");
        params.properties().forEach(e -> {
            JsonNode d = e.getValue().get("defaultValue");
            list.add(new Parameter(e.getKey(), e.getValue().path("type").asText("String"),
                    d == null || d.isNull() ? "" : d.isTextual() ? d.textValue() : d.toString()));
        });
        return list;
    }

    /** Writes description, annotations and parameters; a part equal to what the JSON has is left untouched. */
    public static void write(ObjectNode json, String description, String annotations, List<Parameter> parameters) {
        ObjectNode props = OrderedJson.child(json, ROOT, "properties");
        if (!description(json).equals(description == null ? "" : description.trim())) {
            OrderedJson.putText(props, PROPERTIES, "description", description == null ? "" : description.trim());
        }
        if (!annotations(json).equals(normalised(annotations))) {
            ArrayNode a = NODES.arrayNode();
            for (String s : (annotations == null ? "" : annotations).split(",")) {
                if (!s.isBlank()) a.add(s.trim());
            }
            OrderedJson.put(props, PROPERTIES, "annotations", a);
        }
        if (!parameters(json).equals(parameters)) {
            ObjectNode p = NODES.objectNode();
            for (Parameter param : parameters) {
                ObjectNode def = p.putObject(param.name().trim());
                def.put("type", param.type());
                if (!param.defaultValue().isEmpty()) def.set("defaultValue", value(param));
            }
            OrderedJson.put(props, PROPERTIES, "parameters", p.isEmpty() ? null : p);
        }
    }

    private static String normalised(String annotations) {
        List<String> list = new ArrayList<>();
        for (String s : (annotations == null ? "" : annotations).split(",")) {
            if (!s.isBlank()) list.add(s.trim());
        }
        return String.join(", ", list);
    }

    /** Sets or removes connectVia (null, empty or the default IR: none, as ADF writes it), in ADF's place. */
    public static void connectVia(ObjectNode json, String runtime) {
        ObjectNode props = OrderedJson.child(json, ROOT, "properties");
        if (runtime == null || runtime.isBlank() || runtime.equalsIgnoreCase("AutoResolveIntegrationRuntime")) {
            props.remove("connectVia");
            return;
        }
        if (runtime.equals(props.path("connectVia").path("referenceName").asText(null))) return;
        ObjectNode ref = NODES.objectNode();
        ref.put("referenceName", runtime);
        ref.put("type", "IntegrationRuntimeReference");
        OrderedJson.put(props, PROPERTIES, "connectVia", ref);
    }

    /** The typed JSON of a parameter's default value. */
    static JsonNode value(Parameter p) {
        String text = p.defaultValue().trim();
        switch (p.type().toLowerCase(Locale.ROOT)) {
            case "int":
                return NODES.numberNode(Long.parseLong(text));
            case "float":
                return NODES.numberNode(Double.parseDouble(text));
            case "bool":
                if (!text.equals("true") && !text.equals("false")) throw new IllegalArgumentException("not true or false");
                return NODES.booleanNode(Boolean.parseBoolean(text));
            case "array":
            case "object":
                ParsedJson parsed = JsonReader.read(text, null);
                if (parsed.hasErrors() || parsed.root() == null) throw new IllegalArgumentException("not JSON");
                return parsed.root();
            default:
                return NODES.textNode(p.defaultValue());
        }
    }

    /** Names (unique, ignoring case), types and default values ADF would refuse. */
    public static List<FieldProblem> check(List<Parameter> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Parameter p : parameters) {
            String name = p.name() == null ? "" : p.name().trim();
            if (!NAME.matcher(name).matches()) {
                problems.add(problem("parameter '" + name + "': a name is letters, digits and underscores, starting with a letter or underscore"));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(problem("parameter '" + name + "' is declared twice (names ignore case)"));
            }
            if (PARAMETER_TYPES.stream().noneMatch(t -> t.equalsIgnoreCase(p.type()))) {
                problems.add(problem("parameter '" + name + "': type " + p.type() + " is not one of " + PARAMETER_TYPES));
            } else if (!p.defaultValue().isEmpty()) {
                try {
                    value(p);
                } catch (RuntimeException e) {
                    problems.add(problem("parameter '" + name + "': default value '" + p.defaultValue() + "' is not a " + p.type()));
                }
            }
        }
        return problems;
    }

    private static FieldProblem problem(String message) {
        return new FieldProblem("parameters", ProblemCode.LINKED_SERVICE_VALUE_INVALID, message, "");
    }
}
