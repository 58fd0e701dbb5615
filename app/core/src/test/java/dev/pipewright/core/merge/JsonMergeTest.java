package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge rules, each on hand-written inputs with the expected output written out in ADF's format. */
class JsonMergeTest {
    private static final String BASE = """
            {"name": "P", "properties": {"activities": [
              {"name": "A", "type": "Wait", "policy": {"timeout": "7.00:00:00", "retry": 0}},
              {"name": "B", "type": "Wait"}]}}""";

    /** ADF's format from a readable text block: two leading spaces are one tab; no final line break. */
    static String adf(String indentedBySpaces) {
        StringBuilder sb = new StringBuilder();
        for (String line : indentedBySpaces.strip().split("\n")) {
            int spaces = line.length() - line.stripLeading().length();
            sb.append("\t".repeat(spaces / 2)).append(line.stripLeading()).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    static JsonNode parse(String text) {
        JsonNode root = JsonReader.read(text, "test").root();
        if (root == null) throw new AssertionError("does not parse:\n" + text);
        return root;
    }

    @Test
    void samePropertyChangedTwoWaysIsAConflictWithMarkersAroundThatMemberOnly() {
        String ours = BASE.replace("7.00:00:00", "0.02:00:00");
        String theirs = BASE.replace("7.00:00:00", "0.01:00:00").replace("{\"name\": \"B\", \"type\": \"Wait\"}",
                "{\"name\": \"B\", \"type\": \"Wait\"}, {\"name\": \"C\", \"type\": \"Wait\"}");
        MergeResult result = JsonMerge.merge(BASE, ours, theirs);
        assertFalse(result.clean());
        assertEquals(1, result.conflicts().size());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("properties.activities[A].policy.timeout", conflict.path());
        assertEquals("7.00:00:00", conflict.base().textValue());
        assertEquals("0.02:00:00", conflict.ours().textValue());
        assertEquals("0.01:00:00", conflict.theirs().textValue());
        assertEquals(9, conflict.line());
        assertEquals(adf("""
                {
                  "name": "P",
                  "properties": {
                    "activities": [
                      {
                        "name": "A",
                        "type": "Wait",
                        "policy": {
                <<<<<<< ours
                          "timeout": "0.02:00:00",
                ||||||| base
                          "timeout": "7.00:00:00",
                =======
                          "timeout": "0.01:00:00",
                >>>>>>> theirs
                          "retry": 0
                        }
                      },
                      {
                        "name": "B",
                        "type": "Wait"
                      },
                      {
                        "name": "C",
                        "type": "Wait"
                      }
                    ]
                  }
                }"""), result.textWithMarkers());
        MergeResult resolved = result.resolve(Map.of(conflict.path(), Resolution.THEIRS));
        assertTrue(resolved.clean());
        assertEquals("0.01:00:00", resolved.merged().at("/properties/activities/0/policy/timeout").textValue());
        assertEquals(3, resolved.merged().at("/properties/activities").size());
    }

    @Test
    void deleteAgainstChangeIsAConflictAndEitherSideOfTheMarkersParses() {
        String deleted = BASE.replace(",\n  {\"name\": \"B\", \"type\": \"Wait\"}", "");
        String changed = BASE.replace("{\"name\": \"B\", \"type\": \"Wait\"}", "{\"name\": \"B\", \"type\": \"Wait\", \"description\": \"x\"}");
        MergeResult result = JsonMerge.merge(BASE, deleted, changed);
        assertEquals(1, result.conflicts().size());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("properties.activities[B]", conflict.path());
        assertTrue(conflict.deleteAgainstChange());
        assertNull(conflict.ours());
        String marked = result.textWithMarkers();
        assertEquals(1, parse(keep(marked, "ours")).at("/properties/activities").size());
        assertEquals("x", parse(keep(marked, "theirs")).at("/properties/activities/1/description").textValue());
        assertEquals(2, parse(keep(marked, "base")).at("/properties/activities").size());
    }

    /** The text with every conflict replaced by the lines of one side, as a person fixing the file would. */
    static String keep(String marked, String side) {
        StringBuilder out = new StringBuilder();
        String current = null;
        for (String line : marked.split("\n", -1)) {
            if (line.startsWith("<<<<<<< ")) current = "ours";
            else if (line.startsWith("||||||| ")) current = "base";
            else if (line.equals("=======")) current = "theirs";
            else if (line.startsWith(">>>>>>> ")) current = null;
            else if (current == null || current.equals(side)) out.append(line).append('\n');
        }
        return out.toString();
    }
}
