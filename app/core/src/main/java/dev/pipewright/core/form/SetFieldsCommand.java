package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.KeyOrder;
import dev.pipewright.core.edit.ResourceEdit;
import dev.pipewright.core.factory.Resource;

import java.util.List;
import java.util.Set;

/**
 * One form edit: a list of {@link Change}s below one object of a resource (an activity, or the pipeline's root),
 * applied in order as one undoable edit. New members and missing parents go where ADF puts them
 * ({@link KeyOrder}); a parent object emptied by a removal is removed too, except the fixed containers
 * ({@code typeProperties}, {@code properties}, {@code policy}).
 */
public final class SetFieldsCommand extends ResourceEdit {
    private static final Set<String> KEPT = Set.of("", "typeProperties", "properties", "policy");
    private final String base;
    private final List<Change> changes;
    private final KeyOrder order;
    private final String label;

    public SetFieldsCommand(Resource resource, String base, List<Change> changes, KeyOrder order, String label) {
        super(resource);
        this.base = base;
        this.changes = changes.stream().map(c -> new Change(c.path(), c.value() == null ? null : c.value().deepCopy())).toList();
        this.order = order;
        this.label = label;
    }

    @Override
    protected void apply(ObjectNode root) {
        if (!(root.at(base) instanceof ObjectNode target)) throw new EditRefusedException("'" + base + "' is no longer there");
        ObjectNode before = target.deepCopy();
        for (Change c : changes) apply(target, c);
        if (before.equals(target)) throw new EditRefusedException("The value is unchanged");
    }

    private void apply(ObjectNode target, Change change) {
        String[] segments = change.path().split("/");
        JsonNode node = target;
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            String segment = unescape(segments[i]);
            JsonNode next = child(node, segment);
            if (next == null || !next.isContainerNode()) {
                if (change.value() == null) return; // nothing there to remove
                next = isIndex(segments[i + 1]) ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                put(node, at.toString(), segment, next);
            }
            node = next;
            if (at.length() > 0) at.append('/');
            at.append(segments[i]);
        }
        String last = unescape(segments[segments.length - 1]);
        if (change.value() != null) {
            put(node, at.toString(), last, change.value().deepCopy());
        } else if (node instanceof ObjectNode o) {
            o.remove(last);
            prune(target, segments);
        } else if (node instanceof ArrayNode a && isIndex(last) && Integer.parseInt(last) < a.size()) {
            a.remove(Integer.parseInt(last));
        }
    }

    private void put(JsonNode parent, String parentPath, String key, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            KeyOrder.put(o, order.of(parentPath), key, value);
            return;
        }
        ArrayNode list = (ArrayNode) parent;
        int index = Integer.parseInt(key);
        if (index < list.size()) list.set(index, value);
        else if (index == list.size()) list.add(value);
        else throw new EditRefusedException("'" + key + "' is past the end of the list");
    }

    /** Removes the objects on the path that the removal left empty, deepest first. */
    private static void prune(ObjectNode target, String[] segments) {
        for (int depth = segments.length - 1; depth > 0; depth--) {
            String parentPath = String.join("/", java.util.Arrays.copyOf(segments, depth));
            if (KEPT.contains(parentPath)) return;
            JsonNode parent = target;
            for (int i = 0; i < depth - 1; i++) parent = child(parent, unescape(segments[i]));
            JsonNode emptied = child(parent, unescape(segments[depth - 1]));
            if (!(emptied instanceof ObjectNode o) || !o.isEmpty() || !(parent instanceof ObjectNode p)) return;
            p.remove(unescape(segments[depth - 1]));
        }
    }

    private static JsonNode child(JsonNode node, String segment) {
        if (node instanceof ArrayNode a) return isIndex(segment) ? a.get(Integer.parseInt(segment)) : null;
        return node == null ? null : node.get(segment);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    /** Path segments escape '/' and '~' as JSON pointers do ({@code ~1}, {@code ~0}). */
    static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String label() {
        return label;
    }
}
