package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.edit.EditRefusedException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Text in a form field to ADF's JSON and back. An expression is edited as its {@code @…} text: typed text
 * that starts with {@code @} (or holds an {@code @{…}} interpolation) is stored as
 * {@code {"value": "@…", "type": "Expression"}} where ADF stores expressions; {@code @@} starts a literal.
 * Values that do not fit are refused with a message ({@link EditRefusedException}), nothing is written.
 */
public final class FormValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormValues() {
    }

    /** Whether {@code node} is ADF's dynamic-content form {@code {"value": "…", "type": "Expression"}}. */
    public static boolean isExpression(JsonNode node) {
        return node != null && node.isObject() && "Expression".equals(node.path("type").asText(null)) && node.path("value").isTextual();
    }

    /** Whether typed text is an expression (and so is stored as an expression object where ADF allows one). */
    public static boolean looksLikeExpression(String text) {
        return text.startsWith("@") && !text.startsWith("@@") || text.contains("@{");
    }

    public static ObjectNode expression(String text) {
        ObjectNode e = NODES.objectNode();
        e.put("value", text);
        e.put("type", "Expression");
        return e;
    }

    /** The text a field shows for a stored value: an expression's {@code @…}, a string itself, other JSON compact. */
    public static String display(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) return "";
        if (isExpression(value)) return value.path("value").asText();
        if (value.isTextual()) return value.textValue();
        if (value.isValueNode()) return value.asText();
        return AdfJsonWriter.minified(value);
    }

    /** Text to a value of a text field: a string, or an expression object as {@code mode} says. */
    public static JsonNode text(String text, Field.Value mode) {
        return switch (mode) {
            case EXPRESSION -> expression(text);
            case DYNAMIC -> looksLikeExpression(text) ? expression(text) : NODES.textNode(text);
            case PLAIN -> NODES.textNode(text);
        };
    }

    /** A whole number from {@code min} to {@code max} (either may be null), or an expression when allowed. */
    public static JsonNode integer(String text, Integer min, Integer max, boolean expressionAllowed, String label) {
        String t = text.strip();
        if (expressionAllowed && looksLikeExpression(t)) return expression(t);
        try {
            long v = Long.parseLong(t);
            if ((min == null || v >= min) && (max == null || v <= max)) return whole(v);
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new EditRefusedException(label + ": " + rangeText(min, max) + (expressionAllowed ? " (or an @expression)" : "")
                + ", not '" + t + "'");
    }

    static String rangeText(Integer min, Integer max) {
        if (min != null && max != null) return "enter a whole number from " + min + " to " + max;
        if (min != null) return "enter a whole number of at least " + min;
        if (max != null) return "enter a whole number up to " + max;
        return "enter a whole number";
    }

    /**
     * Text to a value of a declared ADF type — a parameter's or variable's type ({@code String}, {@code int},
     * {@code Bool}, {@code Array} … in any case). Expressions are kept as expressions when {@code dynamic}.
     */
    public static JsonNode typed(String type, String text, boolean dynamic, String label) {
        if (dynamic && looksLikeExpression(text)) return expression(text);
        String t = type == null ? "string" : type.toLowerCase(Locale.ROOT);
        try {
            return switch (t) {
                case "int", "integer", "int32", "int64" -> whole(Long.parseLong(text.strip()));
                case "float", "double", "decimal", "number" -> number(text.strip());
                case "bool", "boolean" -> bool(text.strip());
                case "array" -> json(text, true);
                case "object" -> json(text, false);
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException | IOException e) {
            throw new EditRefusedException(label + ": '" + text + "' is not " + article(type) + " value");
        }
    }

    private static String article(String type) {
        String t = type == null ? "String" : type;
        return ("AEIOUaeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
    }

    private static JsonNode number(String text) {
        BigDecimal d = new BigDecimal(text);
        if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) return whole(d.longValueExact());
        return NODES.numberNode(Double.parseDouble(text));
    }

    /** An int node when the value fits (as the JSON reader makes it), else a long node. */
    private static JsonNode whole(long v) {
        return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
    }

    private static JsonNode bool(String text) {
        if (text.equalsIgnoreCase("true")) return NODES.booleanNode(true);
        if (text.equalsIgnoreCase("false")) return NODES.booleanNode(false);
        throw new NumberFormatException(text);
    }

    private static JsonNode json(String text, boolean array) throws IOException {
        JsonNode n = MAPPER.readTree(text);
        if (n == null || (array ? !n.isArray() : !n.isObject())) throw new IOException("not " + (array ? "an array" : "an object"));
        return n;
    }
}
