package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

import static dev.pipewright.core.expression.Library.define;

/** Functions on strings, arrays and objects as collections. */
final class CollectionFunctions {
    private CollectionFunctions() {
    }

    static void register() {
        define("contains", 2, 2, c -> Values.NODES.booleanNode(contains(c.arg(0), c.arg(1))));
        define("empty", 1, 1, c -> Values.NODES.booleanNode(size(c.arg(0), c.name()) == 0));
        define("length", 1, 1, c -> Values.number(size(c.arg(0), c.name())));
        define("first", 1, 1, c -> element(c.arg(0), true, c.name()));
        define("last", 1, 1, c -> element(c.arg(0), false, c.name()));
        define("skip", 2, 2, c -> slice(c.arg(0), (int) c.integer(1), Integer.MAX_VALUE, c.name()));
        define("take", 2, 2, c -> slice(c.arg(0), 0, (int) c.integer(1), c.name()));
        define("join", 2, 2, c -> {
            StringBuilder sb = new StringBuilder();
            for (JsonNode e : array(c.arg(0), c.name())) {
                if (!sb.isEmpty()) sb.append(c.text(1));
                sb.append(Values.asString(e));
            }
            return Values.text(sb.toString());
        });
        define("union", 1, -1, c -> combine(c, false));
        define("intersection", 1, -1, c -> combine(c, true));
    }

    /** Strings contain substrings (case-sensitive), arrays contain elements, objects contain keys. */
    private static boolean contains(JsonNode collection, JsonNode value) {
        if (collection.isTextual()) return collection.asText().contains(Values.asString(value));
        if (collection.isObject()) return collection.has(Values.asString(value));
        if (collection.isArray()) {
            for (JsonNode e : collection) if (Values.same(e, value)) return true;
            return false;
        }
        throw new EvaluationException("contains expects a string, array or object, got " + Values.describe(collection));
    }

    private static int size(JsonNode v, String function) {
        if (v.isTextual()) return v.asText().length();
        if (v.isArray() || v.isObject()) return v.size();
        if (v.isNull()) return 0;
        throw new EvaluationException(function + " expects a string, array or object, got " + Values.describe(v));
    }

    private static JsonNode element(JsonNode v, boolean first, String function) {
        if (v.isTextual()) {
            String s = v.asText();
            return s.isEmpty() ? Values.NODES.nullNode() : Values.text(String.valueOf(first ? s.charAt(0) : s.charAt(s.length() - 1)));
        }
        ArrayNode a = array(v, function);
        return a.isEmpty() ? Values.NODES.nullNode() : a.get(first ? 0 : a.size() - 1);
    }

    private static JsonNode slice(JsonNode v, int from, int count, String function) {
        if (from < 0 || count < 0) throw new EvaluationException(function + " expects a count of 0 or more");
        if (v.isTextual()) {
            String s = v.asText();
            int start = Math.min(from, s.length());
            return Values.text(s.substring(start, (int) Math.min(s.length(), (long) start + count)));
        }
        ArrayNode a = array(v, function);
        ArrayNode out = Values.NODES.arrayNode();
        for (int i = from; i < a.size() && i - from < count; i++) out.add(a.get(i));
        return out;
    }

    private static JsonNode combine(Library.Call c, boolean intersect) {
        if (c.arg(0).isObject()) {
            ObjectNode out = ((ObjectNode) c.arg(0)).deepCopy();
            for (JsonNode other : c.args().subList(1, c.args().size())) {
                if (!other.isObject()) throw new EvaluationException(c.name() + " expects only objects or only arrays");
                if (intersect) {
                    out.retain(fieldNames(other, out));
                } else {
                    out.setAll((ObjectNode) other);
                }
            }
            return out;
        }
        ArrayNode out = Values.NODES.arrayNode();
        for (JsonNode e : array(c.arg(0), c.name())) addDistinct(out, e);
        for (JsonNode other : c.args().subList(1, c.args().size())) {
            ArrayNode next = array(other, c.name());
            if (intersect) {
                ArrayNode kept = Values.NODES.arrayNode();
                for (JsonNode e : out) if (contains(next, e)) kept.add(e);
                out = kept;
            } else {
                for (JsonNode e : next) addDistinct(out, e);
            }
        }
        return out;
    }

    /** Keys of {@code other} whose values equal those in {@code mine}. */
    private static java.util.List<String> fieldNames(JsonNode other, ObjectNode mine) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = other.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (mine.has(f.getKey()) && Values.same(mine.get(f.getKey()), f.getValue())) names.add(f.getKey());
        }
        return names;
    }

    private static void addDistinct(ArrayNode into, JsonNode e) {
        for (JsonNode existing : into) if (Values.same(existing, e)) return;
        into.add(e);
    }

    static ArrayNode array(JsonNode v, String function) {
        if (v instanceof ArrayNode a) return a;
        throw new EvaluationException(function + " expects an array, got " + Values.describe(v));
    }
}
