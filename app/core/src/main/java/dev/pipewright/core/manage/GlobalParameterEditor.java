package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.FactoryInfo;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Manage › Global parameters: the factory file's {@code properties.globalParameters}, edited as rows of name,
 * type and value text, checked and written in ADF's form ({@code {"type": "int", "value": 90}}).
 */
public final class GlobalParameterEditor {
    public static final List<String> TYPES = List.of("string", "int", "float", "bool", "array", "object");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One row of the editor; {@code value} is the text typed (JSON for arrays and objects). */
    public record Row(String name, String type, String value) {
    }

    private GlobalParameterEditor() {
    }

    /** The factory file's global parameters as editor rows. */
    public static List<Row> rows(Factory factory) {
        List<Row> rows = new ArrayList<>();
        FactoryInfo.of(factory).ifPresent(info -> info.globalParameters().forEach(p -> rows.add(new Row(p.name(), p.type(),
                p.value() == null ? "" : p.value().isTextual() ? p.value().textValue() : p.value().toString()))));
        return rows;
    }

    /** Checks the rows; the problems name the parameter. */
    public static List<Problem> check(List<Row> rows) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String name = row.name() == null ? "" : row.name().trim();
            if (!NAME.matcher(name).matches()) {
                problems.add(problem(name, "the name '" + name + "' must be letters, digits and underscores, starting with a letter or underscore"));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(problem(name, "the name '" + name + "' is used twice (names ignore case)"));
            }
            if (!TYPES.contains(row.type())) {
                problems.add(problem(name, "type '" + row.type() + "' is not one of " + TYPES));
                continue;
            }
            try {
                value(row);
            } catch (IllegalArgumentException e) {
                problems.add(problem(name, e.getMessage()));
            }
        }
        return problems;
    }

    private static Problem problem(String name, String message) {
        return Problem.of(ProblemCode.GLOBAL_PARAMETER_INVALID, "factory", null, 0, 0, "Global parameter " + name + ": " + message, "");
    }

    /** The typed JSON value of a row, or an exception saying why the text is not one. */
    static JsonNode value(Row row) {
        String text = row.value() == null ? "" : row.value().trim();
        switch (row.type()) {
            case "string":
                return NODES.textNode(row.value() == null ? "" : row.value());
            case "int":
                try {
                    return NODES.numberNode(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
            case "float":
                try {
                    double d = Double.parseDouble(text);
                    if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
                    return NODES.numberNode(d);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number");
                }
            case "bool":
                if (text.equals("true") || text.equals("false")) return NODES.booleanNode(Boolean.parseBoolean(text));
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            default:
                ParsedJson parsed = JsonReader.read(text, null);
                boolean array = row.type().equals("array");
                if (parsed.hasErrors() || parsed.root() == null || (array ? !parsed.root().isArray() : !parsed.root().isObject())) {
                    throw new IllegalArgumentException("'" + text + "' is not a JSON " + (array ? "array, e.g. [\"a\", \"b\"]" : "object, e.g. {\"k\": \"v\"}"));
                }
                return parsed.root();
        }
    }

    /**
     * Writes the rows into the factory file (created as {@code factory/<factoryName>.json} when the root has none).
     * Returns the file's content before, or null when it was created, for undo.
     */
    public static ObjectNode apply(Factory factory, List<Row> rows, String factoryName) {
        ObjectNode parameters = NODES.objectNode();
        for (Row row : rows) {
            ObjectNode p = parameters.putObject(row.name().trim());
            p.put("type", row.type());
            p.set("value", value(row));
        }
        var existing = factory.resources(ResourceKind.FACTORY).stream().findFirst();
        if (existing.isEmpty()) {
            ObjectNode json = NODES.objectNode();
            json.put("name", factoryName);
            json.putObject("properties").set("globalParameters", parameters);
            factory.add(Resource.create(ResourceKind.FACTORY, json));
            return null;
        }
        Resource file = existing.get();
        ObjectNode before = file.json().deepCopy();
        ObjectNode edited = file.json().deepCopy();
        ObjectNode properties = edited.get("properties") instanceof ObjectNode o ? o : edited.putObject("properties");
        if (rows.isEmpty()) properties.remove("globalParameters");
        else properties.set("globalParameters", parameters);
        file.replaceContent(edited);
        return before;
    }
}
