package dev.pipewright.runtime.placement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.pipewright.core.codec.JsonLocator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many JSON pointers in one pass over a text, with the same answers as {@link JsonLocator#locate}
 * (the key of an object member, the first token of an array element). A pipeline with problems on many
 * activities is scanned once instead of once per problem, and no pointer string is built per token:
 * only tokens at the depth of some target are compared, segment by segment.
 */
final class PointerScan {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    /** A pointer split into segments; {@code indexes[i]} is the array index a segment stands for, or -1. */
    private record Target(String pointer, String[] names, int[] indexes) {
        static Target of(String pointer) {
            List<String> names = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (JsonPointer p = JsonPointer.compile(pointer); !p.matches(); p = p.tail()) {
                names.add(p.getMatchingProperty());
                indexes.add(p.getMatchingIndex());
            }
            return new Target(pointer, names.toArray(String[]::new), indexes.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private PointerScan() {
    }

    /** Position of each pointer in {@code text}; {@link JsonLocator.Position#UNKNOWN} for those not found. */
    static Map<String, JsonLocator.Position> locate(String text, Collection<String> pointers) {
        Map<String, JsonLocator.Position> found = new HashMap<>();
        Map<Integer, List<Target>> byDepth = new HashMap<>();
        for (String pointer : pointers) {
            found.put(pointer, JsonLocator.Position.UNKNOWN);
            if (pointer.isEmpty()) {
                found.put(pointer, new JsonLocator.Position(1, 1));
                continue;
            }
            Target t = Target.of(pointer);
            byDepth.computeIfAbsent(t.names().length, d -> new ArrayList<>()).add(t);
        }
        int remaining = byDepth.values().stream().mapToInt(List::size).sum();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken token;
            while (remaining > 0 && (token = p.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) continue;
                JsonStreamContext context = pathContext(p.getParsingContext());
                List<Target> candidates = byDepth.get(depth(context));
                if (candidates == null) continue;
                for (Target t : candidates) {
                    if (found.get(t.pointer()) == JsonLocator.Position.UNKNOWN && matches(context, t)) {
                        JsonLocation at = p.currentTokenLocation();
                        found.put(t.pointer(), new JsonLocator.Position(at.getLineNr(), at.getColumnNr()));
                        remaining--;
                    }
                }
            }
        } catch (IOException e) {
            // a text that stops parsing: the pointers found so far keep their positions, the rest stay unknown
        }
        return found;
    }

    /** Like {@code JsonPointer.forPath}: a context that has no segment yet (a just-opened object or array) does not count. */
    private static JsonStreamContext pathContext(JsonStreamContext c) {
        return c.hasPathSegment() ? c : c.getParent();
    }

    private static int depth(JsonStreamContext c) {
        int depth = 0;
        for (; c != null; c = c.getParent()) if (c.inObject() || c.inArray()) depth++;
        return depth;
    }

    private static boolean matches(JsonStreamContext c, Target t) {
        int i = t.names().length - 1;
        for (; c != null; c = c.getParent()) {
            if (c.inObject()) {
                String name = c.getCurrentName();
                if (!t.names()[i].equals(name == null ? "" : name)) return false;
                i--;
            } else if (c.inArray()) {
                if (t.indexes()[i] != c.getCurrentIndex()) return false;
                i--;
            }
        }
        return true;
    }
}
