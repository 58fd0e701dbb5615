package dev.pipewright.core.expression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/** Conversions between expression values (JSON) as ADF's expression engine does them. */
final class Values {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Values() {
    }

    static JsonNode of(Object literal) {
        if (literal == null) return NullNode.getInstance();
        if (literal instanceof String s) return TextNode.valueOf(s);
        if (literal instanceof Long l) return LongNode.valueOf(l);
        if (literal instanceof Double d) return DoubleNode.valueOf(d);
        if (literal instanceof Boolean b) return BooleanNode.valueOf(b);
        throw new IllegalArgumentException("not a literal: " + literal);
    }

    static JsonNode text(String s) {
        return TextNode.valueOf(s);
    }

    static JsonNode number(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.007199254740992E15 ? LongNode.valueOf((long) d) : DoubleNode.valueOf(d);
    }

    /**
     * How a value reads inside a string ({@code @{...}}, {@code concat}, {@code string()}): strings as they are,
     * booleans as .NET writes them ({@code True}), null as empty, numbers plainly, arrays and objects as JSON.
     */
    static String asString(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "";
        if (v.isTextual()) return v.asText();
        if (v.isBoolean()) return v.booleanValue() ? "True" : "False";
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) {
            double d = v.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new EvaluationException("cannot write the value as text: " + e.getOriginalMessage());
        }
    }

    static boolean asBoolean(JsonNode v, String function) {
        if (v.isBoolean()) return v.booleanValue();
        if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) return Boolean.parseBoolean(v.asText());
        throw new EvaluationException(function + " expects a boolean, got " + describe(v));
    }

    static double asNumber(JsonNode v, String function) {
        if (v.isNumber()) return v.doubleValue();
        throw new EvaluationException(function + " expects a number, got " + describe(v));
    }

    static long asInteger(JsonNode v, String function) {
        if (v.isIntegralNumber()) return v.longValue();
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) return (long) v.doubleValue();
        throw new EvaluationException(function + " expects an integer, got " + describe(v));
    }

    static String asText(JsonNode v, String function) {
        if (v.isTextual()) return v.asText();
        throw new EvaluationException(function + " expects a string, got " + describe(v));
    }

    /** ADF's equals: same type and value; numbers compare by value (1 equals 1.0); arrays and objects deeply. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.doubleValue() == b.doubleValue();
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode other = b.get(f.getKey());
                if (other == null || !same(f.getValue(), other)) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) return "null";
        if (v.isTextual()) return "the string '" + abbreviate(v.asText()) + "'";
        if (v.isBoolean()) return "the boolean " + asString(v);
        if (v.isNumber()) return "the number " + asString(v);
        if (v.isArray()) return "an array of " + v.size();
        return "an object";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
