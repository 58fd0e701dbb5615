package dev.pipewright.core.merge;

import dev.pipewright.core.codec.AdfJsonWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.pipewright.core.merge.JsonMergeTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merge rules as a table: base, ours, theirs (compact JSON, base null when both sides added the file) and either
 * the merged result — compared with its key order, in ADF's format — or the paths that conflict.
 */
class MergeRulesTest {
    private static Arguments clean(String rule, String base, String ours, String theirs, String merged) {
        return Arguments.of(rule, base, ours, theirs, merged, List.of());
    }

    private static Arguments conflicts(String rule, String base, String ours, String theirs, String... paths) {
        return Arguments.of(rule, base, ours, theirs, null, List.of(paths));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                clean("changes to different keys merge", "{\"a\":1,\"b\":1}", "{\"a\":2,\"b\":1}", "{\"a\":1,\"b\":2}", "{\"a\":2,\"b\":2}"),
                clean("the same change on both sides is taken once", "{\"a\":1}", "{\"a\":2}", "{\"a\":2}", "{\"a\":2}"),
                conflicts("the same key changed two ways conflicts", "{\"a\":1}", "{\"a\":2}", "{\"a\":3}", "a"),
                conflicts("deleted on one side, changed on the other, conflicts", "{\"a\":1,\"b\":1}", "{\"b\":1}", "{\"a\":2,\"b\":1}", "a"),
                conflicts("changed on one side, deleted on the other, conflicts", "{\"a\":1,\"b\":1}", "{\"a\":2,\"b\":1}", "{\"b\":1}", "a"),
                clean("deleted on one side and unchanged on the other is deleted", "{\"a\":1,\"b\":1}", "{\"b\":1}", "{\"a\":1,\"b\":2}", "{\"b\":2}"),
                clean("deleted on both sides is deleted", "{\"a\":1,\"b\":1}", "{\"b\":1}", "{\"b\":1}", "{\"b\":1}"),
                clean("a key only theirs added goes after the key before it there", "{\"a\":1,\"c\":1}", "{\"a\":1,\"c\":2}",
                        "{\"a\":1,\"b\":1,\"c\":1}", "{\"a\":1,\"b\":1,\"c\":2}"),
                clean("keys both added at the same place: ours first", "{\"a\":1}", "{\"a\":1,\"x\":1}", "{\"a\":1,\"y\":1}", "{\"a\":1,\"x\":1,\"y\":1}"),
                clean("ours' key order is kept", "{\"a\":1,\"b\":1}", "{\"b\":1,\"a\":1,\"c\":1}", "{\"a\":2,\"b\":1}", "{\"b\":1,\"a\":2,\"c\":1}"),
                clean("a key order change alone changes nothing", "{\"a\":1,\"b\":1}", "{\"b\":1,\"a\":1}", "{\"a\":1,\"b\":2}", "{\"a\":1,\"b\":2}"),
                clean("numbers compare by value: 1.0 is 1", "{\"a\":1}", "{\"a\":1.0}", "{\"a\":2}", "{\"a\":2}"),
                clean("objects merge to any depth", "{\"p\":{\"q\":{\"r\":1,\"s\":1}}}", "{\"p\":{\"q\":{\"r\":2,\"s\":1}}}",
                        "{\"p\":{\"q\":{\"r\":1,\"s\":2}}}", "{\"p\":{\"q\":{\"r\":2,\"s\":2}}}"),
                conflicts("an object against a value conflicts", "{\"a\":{\"b\":1}}", "{\"a\":{\"b\":2}}", "{\"a\":\"x\"}", "a"),
                clean("activities merge by name: each side changes another one",
                        "{\"activities\":[{\"name\":\"A\",\"type\":\"Wait\"},{\"name\":\"B\",\"type\":\"Wait\"}]}",
                        "{\"activities\":[{\"name\":\"A\",\"type\":\"Wait\",\"description\":\"o\"},{\"name\":\"B\",\"type\":\"Wait\"}]}",
                        "{\"activities\":[{\"name\":\"A\",\"type\":\"Wait\"},{\"name\":\"B\",\"type\":\"Wait\",\"description\":\"t\"}]}",
                        "{\"activities\":[{\"name\":\"A\",\"type\":\"Wait\",\"description\":\"o\"},{\"name\":\"B\",\"type\":\"Wait\",\"description\":\"t\"}]}"),
                clean("activities both sides added are all kept, ours first",
                        "{\"activities\":[{\"name\":\"A\"}]}", "{\"activities\":[{\"name\":\"A\"},{\"name\":\"O\"}]}",
                        "{\"activities\":[{\"name\":\"A\"},{\"name\":\"T\"}]}", "{\"activities\":[{\"name\":\"A\"},{\"name\":\"O\"},{\"name\":\"T\"}]}"),
                clean("an activity added at the start by theirs stays at the start",
                        "{\"activities\":[{\"name\":\"A\"}]}", "{\"activities\":[{\"name\":\"A\",\"x\":1}]}",
                        "{\"activities\":[{\"name\":\"T\"},{\"name\":\"A\"}]}", "{\"activities\":[{\"name\":\"T\"},{\"name\":\"A\",\"x\":1}]}"),
                clean("the same activity added the same way on both sides is kept once",
                        "{\"activities\":[]}", "{\"activities\":[{\"name\":\"W\",\"type\":\"Wait\"}]}",
                        "{\"activities\":[{\"name\":\"W\",\"type\":\"Wait\"}]}", "{\"activities\":[{\"name\":\"W\",\"type\":\"Wait\"}]}"),
                conflicts("an activity both added with different settings conflicts on that setting only",
                        "{\"activities\":[]}", "{\"activities\":[{\"name\":\"W\",\"type\":\"Wait\",\"typeProperties\":{\"waitTimeInSeconds\":1}}]}",
                        "{\"activities\":[{\"name\":\"W\",\"type\":\"Wait\",\"typeProperties\":{\"waitTimeInSeconds\":2}}]}",
                        "activities[W].typeProperties.waitTimeInSeconds"),
                conflicts("an activity deleted on one side and changed on the other conflicts as a whole",
                        "{\"activities\":[{\"name\":\"A\"},{\"name\":\"B\"}]}", "{\"activities\":[{\"name\":\"B\"}]}",
                        "{\"activities\":[{\"name\":\"A\",\"x\":1},{\"name\":\"B\"}]}", "activities[A]"),
                clean("an activity deleted on one side and unchanged on the other is deleted",
                        "{\"activities\":[{\"name\":\"A\"},{\"name\":\"B\"}]}", "{\"activities\":[{\"name\":\"B\"}]}",
                        "{\"activities\":[{\"name\":\"A\"},{\"name\":\"B\",\"x\":1}]}", "{\"activities\":[{\"name\":\"B\",\"x\":1}]}"),
                clean("an array of values one side changed takes that change", "{\"annotations\":[\"a\"]}", "{\"annotations\":[\"a\",\"b\"]}",
                        "{\"annotations\":[\"a\"],\"x\":1}", "{\"annotations\":[\"a\",\"b\"],\"x\":1}"),
                conflicts("an array of values both changed differently conflicts as a whole", "{\"annotations\":[\"a\",\"b\",\"c\"]}",
                        "{\"annotations\":[\"x\",\"b\",\"c\"]}", "{\"annotations\":[\"a\",\"b\",\"y\"]}", "annotations"),
                clean("an array of values both changed the same way is taken", "{\"annotations\":[\"a\"]}", "{\"annotations\":[\"b\"]}",
                        "{\"annotations\":[\"b\"]}", "{\"annotations\":[\"b\"]}"),
                conflicts("objects with a name that repeats are values, not named things",
                        "{\"columns\":[{\"name\":\"c\",\"t\":1},{\"name\":\"c\",\"t\":2}]}", "{\"columns\":[{\"name\":\"c\",\"t\":3},{\"name\":\"c\",\"t\":2}]}",
                        "{\"columns\":[{\"name\":\"c\",\"t\":1},{\"name\":\"c\",\"t\":4}]}", "columns"),
                clean("activities inside an If Condition merge by name",
                        "{\"activities\":[{\"name\":\"If\",\"typeProperties\":{\"ifTrueActivities\":[{\"name\":\"A\"}]}}]}",
                        "{\"activities\":[{\"name\":\"If\",\"typeProperties\":{\"ifTrueActivities\":[{\"name\":\"A\"},{\"name\":\"O\"}]}}]}",
                        "{\"activities\":[{\"name\":\"If\",\"typeProperties\":{\"ifTrueActivities\":[{\"name\":\"A\",\"x\":1}]}}]}",
                        "{\"activities\":[{\"name\":\"If\",\"typeProperties\":{\"ifTrueActivities\":[{\"name\":\"A\",\"x\":1},{\"name\":\"O\"}]}}]}"),
                clean("a Switch's cases merge by value",
                        "{\"cases\":[{\"value\":\"1\",\"activities\":[]}]}",
                        "{\"cases\":[{\"value\":\"1\",\"activities\":[{\"name\":\"A\"}]}]}",
                        "{\"cases\":[{\"value\":\"1\",\"activities\":[]},{\"value\":\"2\",\"activities\":[]}]}",
                        "{\"cases\":[{\"value\":\"1\",\"activities\":[{\"name\":\"A\"}]},{\"value\":\"2\",\"activities\":[]}]}"),
                clean("dependsOn merges by activity: both sides add a dependency",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Succeeded\"]}]}",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Succeeded\"]},{\"activity\":\"B\",\"dependencyConditions\":[\"Failed\"]}]}",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Succeeded\"]},{\"activity\":\"C\",\"dependencyConditions\":[\"Succeeded\"]}]}",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Succeeded\"]},{\"activity\":\"B\",\"dependencyConditions\":[\"Failed\"]},"
                                + "{\"activity\":\"C\",\"dependencyConditions\":[\"Succeeded\"]}]}"),
                conflicts("one dependency's conditions changed two ways conflict",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Succeeded\"]}]}",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Failed\"]}]}",
                        "{\"dependsOn\":[{\"activity\":\"A\",\"dependencyConditions\":[\"Completed\"]}]}", "dependsOn[A].dependencyConditions"),
                clean("data flow sources and transformations merge by name",
                        "{\"typeProperties\":{\"sources\":[{\"name\":\"s1\"}],\"transformations\":[{\"name\":\"t1\"}]}}",
                        "{\"typeProperties\":{\"sources\":[{\"name\":\"s1\"},{\"name\":\"s2\"}],\"transformations\":[{\"name\":\"t1\"}]}}",
                        "{\"typeProperties\":{\"sources\":[{\"name\":\"s1\"}],\"transformations\":[{\"name\":\"t1\"},{\"name\":\"t2\"}]}}",
                        "{\"typeProperties\":{\"sources\":[{\"name\":\"s1\"},{\"name\":\"s2\"}],\"transformations\":[{\"name\":\"t1\"},{\"name\":\"t2\"}]}}"),
                clean("a trigger's pipelines merge by the pipeline they start",
                        "{\"pipelines\":[{\"pipelineReference\":{\"referenceName\":\"P1\",\"type\":\"PipelineReference\"}}]}",
                        "{\"pipelines\":[{\"pipelineReference\":{\"referenceName\":\"P1\",\"type\":\"PipelineReference\"}},"
                                + "{\"pipelineReference\":{\"referenceName\":\"P2\",\"type\":\"PipelineReference\"}}]}",
                        "{\"pipelines\":[{\"pipelineReference\":{\"referenceName\":\"P1\",\"type\":\"PipelineReference\"},\"parameters\":{\"d\":1}}]}",
                        "{\"pipelines\":[{\"pipelineReference\":{\"referenceName\":\"P1\",\"type\":\"PipelineReference\"},\"parameters\":{\"d\":1}},"
                                + "{\"pipelineReference\":{\"referenceName\":\"P2\",\"type\":\"PipelineReference\"}}]}"),
                clean("added on both sides (no base): what both have alike is kept, what each added too", null,
                        "{\"name\":\"P\",\"properties\":{\"a\":1}}", "{\"name\":\"P\",\"properties\":{\"b\":1}}", "{\"name\":\"P\",\"properties\":{\"a\":1,\"b\":1}}"),
                conflicts("added on both sides with different values conflicts", null, "{\"name\":\"P\",\"a\":1}", "{\"name\":\"P\",\"a\":2}", "a"),
                conflicts("a key that is not a plain word is quoted in the path", "{\"p\":{\"a.b\":1}}", "{\"p\":{\"a.b\":2}}", "{\"p\":{\"a.b\":3}}",
                        "p[\"a.b\"]"),
                conflicts("a name with brackets is quoted in the path", "{\"activities\":[{\"name\":\"a[1]\",\"x\":1}]}",
                        "{\"activities\":[{\"name\":\"a[1]\",\"x\":2}]}", "{\"activities\":[{\"name\":\"a[1]\",\"x\":3}]}", "activities[\"a[1]\"].x"),
                conflicts("several conflicts are listed in file order", "{\"a\":1,\"b\":{\"c\":1},\"d\":1}", "{\"a\":2,\"b\":{\"c\":2},\"d\":2}",
                        "{\"a\":3,\"b\":{\"c\":3},\"d\":1}", "a", "b.c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule(String rule, String base, String ours, String theirs, String merged, List<String> conflictPaths) {
        MergeResult result = JsonMerge.merge(base, ours, theirs);
        assertFalse(result.fellBackToText());
        assertEquals(conflictPaths, result.conflicts().stream().map(MergeConflict::path).toList());
        if (merged != null) {
            assertTrue(result.clean());
            assertEquals(AdfJsonWriter.pretty(parse(merged)), result.mergedText());
            assertEquals(result.mergedText(), result.textWithMarkers());
        } else {
            for (String side : List.of("ours", "base", "theirs")) {
                String kept = JsonMergeTest.keep(result.textWithMarkers(), side);
                assertTrue(parse(kept).isObject(), side + " kept parses:\n" + result.textWithMarkers());
            }
        }
    }
}
