package dev.pipewright.core.edit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.ir.OrderedJson;

import java.util.List;
import java.util.Objects;

/**
 * Sets (or, with a null value, removes) the value at any JSON pointer of a resource. Missing parent objects are
 * created; a new member of an activity goes where ADF puts it; {@code /-} or the list's size appends to a list.
 */
public final class SetPropertyCommand extends ResourceEdit {
    private final String pointer;
    private final JsonNode value;
    private final List<String> order;

    public SetPropertyCommand(Resource resource, String pointer, JsonNode value) {
        this(resource, pointer, value, null);
    }

    /**
     * @param order ADF's order of the members of the value's parent object: a new member goes in its place there
     *              ({@link OrderedJson}), an existing one keeps its place; null to append
     */
    public SetPropertyCommand(Resource resource, String pointer, JsonNode value, List<String> order) {
        super(resource);
        this.order = order;
        if (pointer == null || pointer.isEmpty()) throw new IllegalArgumentException("Use a JSON pointer below the root");
        this.pointer = pointer;
        this.value = value == null ? null : value.deepCopy();
    }

    @Override
    protected void apply(ObjectNode root) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = ActivityTree.containerAt(root, p.head());
        JsonPointer last = p.last();
        JsonNode current = root.at(p);
        if (!current.isMissingNode() && Objects.equals(current, value)) throw new EditRefusedException("The value is unchanged");
        if (parent instanceof ArrayNode list) {
            int index = last.getMatchingProperty().equals("-") ? list.size() : last.getMatchingIndex();
            if (index < 0 || index > list.size()) throw new EditRefusedException("'" + pointer + "' is past the end of the list");
            if (value == null) {
                if (index < list.size()) list.remove(index);
            } else if (index == list.size()) {
                list.add(value.deepCopy());
            } else {
                list.set(index, value.deepCopy());
            }
            return;
        }
        ObjectNode object = (ObjectNode) parent;
        String key = last.getMatchingProperty();
        if (value == null) {
            if (object.remove(key) == null) throw new EditRefusedException("There is nothing at '" + pointer + "' to remove");
        } else if (order != null) {
            OrderedJson.put(object, order, key, value.deepCopy());
        } else if (isActivity(object)) {
            ActivityTree.put(object, key, value.deepCopy());
        } else {
            object.set(key, value.deepCopy());
        }
    }

    private static boolean isActivity(ObjectNode object) {
        return object.has("name") && object.has("type") && !object.has("properties");
    }

    @Override
    public String label() {
        String tail = pointer.substring(pointer.lastIndexOf('/') + 1);
        return (value == null ? "Remove " : "Set ") + tail;
    }
}
