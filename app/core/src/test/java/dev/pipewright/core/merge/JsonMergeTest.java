package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void inputsInAnotherFormattingAreComparedAsTreesAndTheMergeIsWrittenInAdfFormat() {
        String base = "{\r\n    \"name\": \"P\",\r\n    \"properties\": {\r\n        \"a\": 1,\r\n        \"b\": 1\r\n    }\r\n}\r\n";
        String ours = base.replace("\"a\": 1", "\"a\": 2");
        String theirs = base.replace("\"b\": 1", "\"b\": 2");
        MergeResult result = JsonMerge.merge(base, ours, theirs);
        assertTrue(result.clean());
        assertFalse(result.sameAsOurs());
        assertEquals("{\n\t\"name\": \"P\",\n\t\"properties\": {\n\t\t\"a\": 2,\n\t\t\"b\": 2\n\t}\n}", result.mergedText());

        // theirs only reformatted the file (saved by ADF Studio): nothing to merge, our file stays as it is
        String reformatted = adf("""
                {
                  "name": "P",
                  "properties": {
                    "a": 1,
                    "b": 1
                  }
                }""");
        MergeResult same = JsonMerge.merge(base, ours, reformatted);
        assertTrue(same.sameAsOurs());
        assertTrue(same.clean());
    }

    @Test
    void eachResolutionTakesItsValueAndUnknownPathsAreRefused() {
        MergeResult result = JsonMerge.merge("{\"a\":1,\"b\":1,\"c\":1}", "{\"a\":2,\"b\":2}", "{\"a\":3,\"b\":3,\"c\":3}");
        assertEquals(List.of("a", "b", "c"), result.conflicts().stream().map(MergeConflict::path).toList());
        MergeResult partly = result.resolve(Map.of("a", Resolution.BASE));
        assertEquals(List.of("b", "c"), partly.conflicts().stream().map(MergeConflict::path).toList());
        MergeResult done = partly.resolve(Map.of("b", Resolution.value(JsonNodeFactory.instance.numberNode(9)), "c", Resolution.OURS));
        assertTrue(done.clean());
        assertEquals("{\n\t\"a\": 1,\n\t\"b\": 9\n}", done.mergedText(), "c: ours deleted it");
        assertEquals("{\"a\":1,\"c\":3}", AdfJsonWriter.minified(result.resolve(Map.of("a", Resolution.BASE, "b", Resolution.remove(),
                "c", Resolution.THEIRS)).merged()));
        assertThrows(IllegalArgumentException.class, () -> result.resolve(Map.of("x", Resolution.OURS)));
        assertThrows(IllegalArgumentException.class, () -> done.resolve(Map.of("a", Resolution.OURS)), "no longer a conflict");
    }

    @Test
    void whileConflictsRemainMergedTakesOursAndIsACopy() {
        MergeResult result = JsonMerge.merge("{\"a\":1,\"b\":1}", "{\"a\":2,\"b\":1}", "{\"a\":3,\"b\":2}");
        assertEquals("{\"a\":2,\"b\":2}", AdfJsonWriter.minified(result.merged()));
        ((ObjectNode) result.merged()).put("a", 7);
        assertEquals(2, result.merged().get("a").intValue());
        assertEquals(AdfJsonWriter.pretty(result.merged()), result.mergedText());
    }

    @Test
    void conflictsOnAdjacentLinesShareOnePairOfMarkersAndReportTheirLines() {
        MergeResult result = JsonMerge.merge("{\"a\":1,\"b\":1,\"c\":1,\"d\":1}", "{\"a\":2,\"b\":2,\"c\":1,\"d\":2}",
                "{\"a\":3,\"b\":3,\"c\":1,\"d\":3}");
        assertEquals(adf("""
                {
                <<<<<<< ours
                  "a": 2,
                  "b": 2,
                ||||||| base
                  "a": 1,
                  "b": 1,
                =======
                  "a": 3,
                  "b": 3,
                >>>>>>> theirs
                  "c": 1,
                <<<<<<< ours
                  "d": 2
                ||||||| base
                  "d": 1
                =======
                  "d": 3
                >>>>>>> theirs
                }"""), result.textWithMarkers());
        assertEquals(List.of(2, 2, 13), result.conflicts().stream().map(MergeConflict::line).toList());
        List<Problem> problems = result.problems("pipeline/P.json", "pipeline/P");
        assertEquals(3, problems.size());
        assertEquals("PW940", problems.get(2).code());
        assertEquals(13, problems.get(2).line());
        assertTrue(problems.get(2).message().contains("at d: both sides changed it differently"), problems.get(2).message());
    }

    @Test
    void aConflictOnAWholeObjectValueMarksAllItsLines() {
        MergeResult result = JsonMerge.merge("{\"x\":[1],\"y\":0}", "{\"x\":[1,2],\"y\":0}", "{\"x\":[{\"k\":3}],\"y\":0}");
        assertEquals(adf("""
                {
                <<<<<<< ours
                  "x": [
                    1,
                    2
                  ],
                ||||||| base
                  "x": [
                    1
                  ],
                =======
                  "x": [
                    {
                      "k": 3
                    }
                  ],
                >>>>>>> theirs
                  "y": 0
                }"""), result.textWithMarkers());
    }

    @Test
    void inputsThatAreNotJsonOrHoldCommentsAreMergedLineByLine() {
        MergeResult broken = JsonMerge.merge("{\"a\": 1,\n\"m\": 0,\n\"b\": 1}\n", "{\"a\": 2,\n\"m\": 0,\n\"b\": 1}\n",
                "{\"a\": 1,\n\"m\": 0,\n\"b\": 1,,}\n");
        assertTrue(broken.fellBackToText());
        assertTrue(broken.clean());
        assertEquals("{\"a\": 2,\n\"m\": 0,\n\"b\": 1,,}\n", broken.mergedText());
        assertNull(broken.merged());

        MergeResult commented = JsonMerge.merge("{\n\"a\": 1,\n\"b\": 1\n}", "{\n// why\n\"a\": 1,\n\"b\": 1\n}", "{\n\"a\": 1,\n\"b\": 2\n}");
        assertTrue(commented.fellBackToText());
        assertEquals("{\n// why\n\"a\": 1,\n\"b\": 2\n}", commented.mergedText(), "the comment is not lost");
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
