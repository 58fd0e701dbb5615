package dev.pipewright.core.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes members into an ordered JSON object the way ADF Studio orders them. A member that is already
 * there keeps its place (imported files keep their order); a new member goes right after the last present
 * member that precedes it in ADF's order, so a new resource comes out in exactly ADF's order.
 */
public final class OrderedJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OrderedJson() {
    }

    /** Sets {@code key} to {@code value}, or removes it when {@code value} is null. */
    public static void put(ObjectNode target, List<String> order, String key, JsonNode value) {
        if (value == null) {
            target.remove(key);
            return;
        }
        if (target.has(key)) {
            target.set(key, value);
            return;
        }
        int rank = order.indexOf(key);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(target.properties());
        int insertAt = entries.size();
        if (rank >= 0) {
            for (int i = 0; i < entries.size(); i++) {
                int other = order.indexOf(entries.get(i).getKey());
                if (other > rank) {
                    insertAt = i;
                    break;
                }
            }
        }
        target.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            if (i == insertAt) target.set(key, value);
            target.set(entries.get(i).getKey(), entries.get(i).getValue());
        }
        if (insertAt == entries.size()) target.set(key, value);
    }

    static void putText(ObjectNode target, List<String> order, String key, String value) {
        put(target, order, key, value == null || value.isEmpty() ? null : NODES.textNode(value));
    }

    static void putInt(ObjectNode target, List<String> order, String key, Integer value) {
        put(target, order, key, value == null ? null : NODES.numberNode(value));
    }

    /** The object member {@code key}, created (in ADF's place) when missing or not an object. */
    static ObjectNode child(ObjectNode target, List<String> order, String key) {
        JsonNode existing = target.get(key);
        if (existing instanceof ObjectNode o) return o;
        ObjectNode created = NODES.objectNode();
        put(target, order, key, created);
        return created;
    }

    /** Removes {@code key} from {@code target} when it is an empty object. */
    static void dropIfEmpty(ObjectNode target, String key) {
        JsonNode v = target.get(key);
        if (v instanceof ObjectNode o && o.isEmpty()) target.remove(key);
    }

    /** {@code {"type": "<type>", "referenceName": "<name>"}}, the form ADF writes references in IR files. */
    static ObjectNode reference(String type, String name) {
        ObjectNode ref = NODES.objectNode();
        ref.put("type", type);
        ref.put("referenceName", name);
        return ref;
    }

    /** ADF's masked SecureString: the value never leaves the secret store. */
    static ObjectNode maskedSecret() {
        ObjectNode secret = NODES.objectNode();
        secret.put("type", "SecureString");
        secret.put("value", IrSecrets.MASK);
        return secret;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.intValue() : null;
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }

    static ObjectNode object(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v instanceof ObjectNode o ? o : null;
    }
}
