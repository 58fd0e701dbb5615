package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;

/** Keeps the values of SecureString parameters out of run records: each occurrence in a string becomes ********. */
final class SecretScrubber {
    static final String MASK = "********";
    private final List<String> secrets;

    SecretScrubber(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
    }

    String text(String s) {
        if (s == null || secrets.isEmpty()) return s;
        String out = s;
        for (String secret : secrets) out = out.replace(secret, MASK);
        return out;
    }

    JsonNode json(JsonNode node) {
        if (secrets.isEmpty() || node == null) return node;
        if (node.isTextual()) return TextNode.valueOf(text(node.asText()));
        if (node.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> o.set(f.getKey(), json(f.getValue())));
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> a.add(json(e)));
            return a;
        }
        return node;
    }

    RunError error(RunError e) {
        return e == null || secrets.isEmpty() ? e : new RunError(e.errorCode(), text(e.message()), e.failureType(), e.target());
    }
}
