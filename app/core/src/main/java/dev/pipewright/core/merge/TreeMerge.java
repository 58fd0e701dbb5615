package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The three-way merge of JSON trees. A value that only one side changed takes that change; values both sides changed
 * the same way are taken once; objects both sides changed merge key by key and named arrays ({@link NamedArrays})
 * element by element; anything else both sides changed — a scalar, an array of values, a member one side deleted and
 * the other changed — is a conflict. A conflict is left in the tree as a {@link Placeholder} string at the member's
 * place, so the member keeps its position whichever side is chosen later.
 */
final class TreeMerge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Placeholder placeholders = new Placeholder();
    private final List<Placeholder.Conflict> conflicts = new ArrayList<>();
    /** Whether anything of theirs that ours does not have went into the merge (else the merge is ours). */
    private boolean tookTheirs;

    private TreeMerge() {
    }

    /**
     * The merged tree with a placeholder at each conflict (null when the merge deletes everything), the conflicts, and
     * whether it is ours unchanged (nothing of theirs taken, no conflict).
     */
    record Merged(JsonNode tree, List<Placeholder.Conflict> conflicts, Placeholder placeholders, boolean isOurs) {
    }

    static Merged merge(JsonNode base, JsonNode ours, JsonNode theirs) {
        TreeMerge merge = new TreeMerge();
        JsonNode tree = merge.value("", null, base, ours, theirs);
        return new Merged(tree, List.copyOf(merge.conflicts), merge.placeholders, !merge.tookTheirs && merge.conflicts.isEmpty());
    }

    /** The merged value of one member (null: absent), {@code key} being its key in the parent object (for named arrays). */
    private JsonNode value(String path, String key, JsonNode base, JsonNode ours, JsonNode theirs) {
        if (JsonTrees.same(ours, theirs)) return ours;
        if (JsonTrees.same(base, ours)) {
            tookTheirs = true;
            return theirs;
        }
        if (JsonTrees.same(base, theirs)) return ours;
        if (ours != null && theirs != null) {
            if (ours.isObject() && theirs.isObject() && (base == null || base.isObject())) {
                return object(path, base, ours, theirs);
            }
            Function<JsonNode, String> identity = NamedArrays.identity(key, base, ours, theirs);
            if (identity != null) return namedArray(path, identity, base, ours, theirs);
        }
        Placeholder.Conflict conflict = placeholders.conflict(path, base, ours, theirs);
        conflicts.add(conflict);
        return conflict.placeholder();
    }

    private ObjectNode object(String path, JsonNode base, JsonNode ours, JsonNode theirs) {
        ObjectNode merged = NODES.objectNode();
        for (String key : JsonTrees.combinedOrder(keys(ours), keys(theirs))) {
            JsonNode value = value(JsonTrees.key(path, key), key, member(base, key), ours.get(key), theirs.get(key));
            if (value != null) merged.set(key, value);
        }
        return merged;
    }

    private ArrayNode namedArray(String path, Function<JsonNode, String> identity, JsonNode base, JsonNode ours, JsonNode theirs) {
        Map<String, JsonNode> baseElements = NamedArrays.byName(base, identity);
        Map<String, JsonNode> oursElements = NamedArrays.byName(ours, identity);
        Map<String, JsonNode> theirsElements = NamedArrays.byName(theirs, identity);
        ArrayNode merged = NODES.arrayNode();
        for (String name : JsonTrees.combinedOrder(List.copyOf(oursElements.keySet()), List.copyOf(theirsElements.keySet()))) {
            JsonNode value = value(JsonTrees.element(path, name), null, baseElements.get(name), oursElements.get(name), theirsElements.get(name));
            if (value != null) merged.add(value);
        }
        return merged;
    }

    private static JsonNode member(JsonNode node, String key) {
        return node == null ? null : node.get(key);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>(object.size());
        for (Map.Entry<String, JsonNode> member : object.properties()) keys.add(member.getKey());
        return keys;
    }
}
