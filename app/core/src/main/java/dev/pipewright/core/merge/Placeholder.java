package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Stands in for a conflicting member inside a merged tree: a string no ADF file holds (private-use characters around
 * a random number and the conflict's index). Substituting a value for each placeholder — or dropping the member
 * when the chosen side has none — gives the tree of any choice, with every member in its merged position.
 */
final class Placeholder {
    static final char START = '\uE000';
    private static final char END = '\uE001';
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One conflict: where, the three values (null: absent on that side), and the string standing in for it. */
    record Conflict(String path, JsonNode base, JsonNode ours, JsonNode theirs, TextNode placeholder) {
        String token() {
            return placeholder.textValue();
        }
    }

    private final String prefix = START + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ":";
    private final Map<String, Conflict> byToken = new HashMap<>();

    Conflict conflict(String path, JsonNode base, JsonNode ours, JsonNode theirs) {
        String token = prefix + byToken.size() + END;
        Conflict conflict = new Conflict(path, base, ours, theirs, NODES.textNode(token));
        byToken.put(token, conflict);
        return conflict;
    }

    /** The conflict a string stands for, or null when it is an ordinary string. */
    Conflict of(JsonNode node) {
        return node != null && node.isTextual() ? of(node.textValue()) : null;
    }

    /** The conflict a string's text stands for, or null. */
    Conflict of(String text) {
        return text.startsWith(prefix) ? byToken.get(text) : null;
    }

    /**
     * A copy of {@code tree} with each placeholder replaced by {@code choice.apply(conflict)}; a null choice drops the
     * member. Parts without placeholders are shared with {@code tree}, not copied. Returns null when the root is dropped.
     */
    JsonNode substitute(JsonNode tree, Function<Conflict, JsonNode> choice) {
        if (tree == null) return null;
        Conflict conflict = of(tree);
        if (conflict != null) return choice.apply(conflict);
        if (tree instanceof ObjectNode object) {
            ObjectNode copy = null;
            List<Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
            for (int i = 0; i < members.size(); i++) {
                JsonNode value = members.get(i).getValue();
                JsonNode replaced = substitute(value, choice);
                if (replaced == value && copy == null) continue;
                if (copy == null) {
                    copy = NODES.objectNode();
                    for (int j = 0; j < i; j++) copy.set(members.get(j).getKey(), members.get(j).getValue());
                }
                if (replaced != null) copy.set(members.get(i).getKey(), replaced);
            }
            return copy == null ? tree : copy;
        }
        if (tree instanceof ArrayNode array) {
            ArrayNode copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                JsonNode replaced = substitute(value, choice);
                if (replaced == value && copy == null) continue;
                if (copy == null) {
                    copy = NODES.arrayNode();
                    for (int j = 0; j < i; j++) copy.add(array.get(j));
                }
                if (replaced != null) copy.add(replaced);
            }
            return copy == null ? tree : copy;
        }
        return tree;
    }
}
