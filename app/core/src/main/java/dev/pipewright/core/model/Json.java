package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Null-safe reads of ADF JSON for the typed views. */
final class Json {
    private Json() {
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
    }

    static Optional<ObjectNode> object(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
    }

    /** The object member, or an empty detached object (so reads never add keys to the tree). */
    static ObjectNode objectOrEmpty(JsonNode node, String field) {
        return object(node, field).orElseGet(JsonNodeFactory.instance::objectNode);
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> list = new ArrayList<>();
        if (v instanceof ArrayNode a) a.forEach(list::add);
        return list;
    }

    /** {@code {"referenceName": "x", "type": "..."}} → x, when the name is a literal (not an expression). */
    static Optional<String> referenceName(JsonNode reference) {
        return text(reference, "referenceName");
    }

    /** Whether a value is ADF's dynamic-content form {@code {"value": "@...", "type": "Expression"}}. */
    static boolean isExpression(JsonNode node) {
        return node != null && node.isObject() && "Expression".equals(node.path("type").asText(null));
    }
}
