package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Copied activities: deep copies of their JSON, in list order, as a JSON array (the text that goes onto the
 * system clipboard, so activities paste across pipelines and studio windows).
 */
public final class ActivityClipboard {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActivityClipboard() {
    }

    /** Copies of the named activities of one list, in the list's order. */
    public static ArrayNode copy(ObjectNode root, String list, Collection<String> names) {
        ArrayNode activities = ActivityTree.list(root, list, false);
        List<ObjectNode> picked = new ArrayList<>();
        if (activities != null) {
            for (JsonNode a : activities) {
                if (a instanceof ObjectNode o && names.contains(ActivityTree.nameOf(o))) picked.add(o);
            }
        }
        return ActivityCatalog.copies(picked);
    }

    /** The clipboard text of copied activities (ADF's format). */
    public static String toText(ArrayNode activities) {
        return AdfJsonWriter.pretty(activities);
    }

    /** Activities from clipboard text, or empty when the text is not a JSON list of activities. */
    public static Optional<ArrayNode> fromText(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!(node instanceof ArrayNode array) || array.isEmpty()) return Optional.empty();
            for (JsonNode a : array) {
                if (!a.isObject() || !a.path("name").isTextual() || !a.path("type").isTextual()) return Optional.empty();
            }
            return Optional.of(array);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
