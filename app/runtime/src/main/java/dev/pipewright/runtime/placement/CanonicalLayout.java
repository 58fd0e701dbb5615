package dev.pipewright.runtime.placement;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonLocator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where pointers would sit in the text {@link AdfJsonWriter#pretty} writes for a tree, worked out from the
 * tree without writing it: ADF's {@code JSON.stringify(value, null, "\t")} puts every member and element of a
 * non-empty container on its own line, indented one tab per level, and nothing else breaks lines (strings
 * escape their newlines). Used for resources edited in memory, which have no file to scan.
 * <p>
 * One walk in document order along a trie of the pointers asked for: subtrees no pointer enters are only
 * counted, and the walk stops after the last pointer is found.
 */
final class CanonicalLayout {
    /** The pointers as a trie of segments; a node that ends a pointer holds it. */
    private static final class Trie {
        final Map<String, Trie> children = new HashMap<>();
        String pointer;
    }

    private final Map<String, JsonLocator.Position> found = new HashMap<>();
    private final Trie root = new Trie();
    private int remaining;
    private int line = 1;

    private CanonicalLayout(Collection<String> pointers) {
        for (String p : pointers) {
            if (p.isEmpty()) {
                found.put(p, new JsonLocator.Position(1, 1));
                continue;
            }
            found.put(p, JsonLocator.Position.UNKNOWN);
            Trie node = root;
            for (JsonPointer segment = JsonPointer.compile(p); !segment.matches(); segment = segment.tail()) {
                node = node.children.computeIfAbsent(segment.getMatchingProperty(), k -> new Trie());
            }
            if (node.pointer == null) remaining++;
            node.pointer = p;
        }
    }

    /** The position each pointer would have (as {@link JsonLocator#locate} would find it in the written text). */
    static Map<String, JsonLocator.Position> positions(JsonNode tree, Collection<String> pointers) {
        CanonicalLayout layout = new CanonicalLayout(pointers);
        layout.walk(tree, layout.root, 0);
        return layout.found;
    }

    /** Walks the members or elements of {@code node}, which starts on {@link #line}; leaves {@link #line} on its last line. */
    private void walk(JsonNode node, Trie trie, int depth) {
        if (!node.isContainerNode() || node.isEmpty()) return;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (remaining == 0) return;
                child(member.getKey(), member.getValue(), trie, depth);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                if (remaining == 0) return;
                child(Integer.toString(i), node.get(i), trie, depth);
            }
        }
        line++; // the closing bracket's line
    }

    private void child(String segment, JsonNode value, Trie trie, int depth) {
        line++; // every member and element starts on a line of its own
        Trie next = trie.children.get(segment);
        if (next == null) {
            line += extraLines(value);
            return;
        }
        if (next.pointer != null) {
            found.put(next.pointer, new JsonLocator.Position(line, depth + 2)); // indented by depth + 1 tabs
            remaining--;
        }
        walk(value, next, depth + 1);
    }

    /** How many lines a value adds after the line it starts on: none for scalars and empty containers. */
    private static int extraLines(JsonNode node) {
        if (!node.isContainerNode() || node.isEmpty()) return 0;
        int n = 1; // the closing bracket's line
        for (JsonNode child : node) n += 1 + extraLines(child);
        return n;
    }
}
