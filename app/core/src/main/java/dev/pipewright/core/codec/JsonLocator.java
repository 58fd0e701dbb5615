package dev.pipewright.core.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;

/**
 * Finds where a JSON pointer sits in a file's text, for problems found on the tree after loading.
 * Used only when a problem must be reported, so it re-scans the text instead of keeping positions
 * for every node in memory.
 */
public final class JsonLocator {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    /** A 1-based position; {@code (0, 0)} when unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    private JsonLocator() {
    }

    /**
     * The position of the member named by {@code pointer} (its key, for object members) or of the array
     * element. The empty pointer is the start of the text.
     */
    public static Position locate(String text, String pointer) {
        if (pointer == null || pointer.isEmpty()) return new Position(1, 1);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                if (pointer.equals(p.getParsingContext().pathAsPointer().toString())) {
                    JsonLocation at = p.currentTokenLocation();
                    return new Position(at.getLineNr(), at.getColumnNr());
                }
            }
        } catch (IOException e) {
            return Position.UNKNOWN;
        }
        return Position.UNKNOWN;
    }

    /** The positions of several pointers in one scan of the text; pointers not found are left out. */
    public static java.util.Map<String, Position> locateAll(String text, java.util.Collection<String> pointers) {
        java.util.Map<String, Position> found = new java.util.HashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>(pointers);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while (found.size() < wanted.size() && (t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                String at = p.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(at) && !found.containsKey(at)) {
                    JsonLocation location = p.currentTokenLocation();
                    found.put(at, new Position(location.getLineNr(), location.getColumnNr()));
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /** Appends an object key to a JSON pointer, escaping {@code ~} and {@code /} as RFC 6901 says. */
    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
