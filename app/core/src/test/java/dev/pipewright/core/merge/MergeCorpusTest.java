package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.diff.ResourceDiff;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the merge on every real pipeline of the corpus with two or more activities: changes to different
 * activities on both sides merge clean and keep both; merging a change with itself or with nothing gives the change;
 * the same member changed two ways is one conflict whose markers give back each side.
 */
class MergeCorpusTest {
    private record Pipeline(Path file, String text, ObjectNode tree) {
        ArrayNode activities() {
            return (ArrayNode) tree.at("/properties/activities");
        }
    }

    private static List<Pipeline> pipelines() throws Exception {
        List<Pipeline> pipelines = new ArrayList<>();
        for (Path file : Corpus.jsonFiles()) {
            if (!file.getParent().getFileName().toString().equals("pipeline")) continue;
            String text = Files.readString(file);
            ParsedJson parsed = JsonReader.read(text, file.toString());
            if (parsed.hasErrors() || !(parsed.root() instanceof ObjectNode tree)) continue;
            JsonNode activities = tree.at("/properties/activities");
            if (activities.size() < 2 || NamedArrays.identity("activities", activities) == null) continue;
            pipelines.add(new Pipeline(file, text, tree));
        }
        assertTrue(pipelines.size() > 300, "corpus pipelines with two or more activities: " + pipelines.size());
        return pipelines;
    }

    private static ObjectNode changed(Pipeline p, Consumer<ArrayNode> change) {
        ObjectNode copy = p.tree.deepCopy();
        change.accept((ArrayNode) copy.at("/properties/activities"));
        return copy;
    }

    private static void describe(ArrayNode activities, int index, String text) {
        ((ObjectNode) activities.get(index)).put("description", text);
    }

    @Test
    void changesToDifferentActivitiesOnBothSidesMergeCleanAndKeepBoth() throws Exception {
        for (Pipeline p : pipelines()) {
            int last = p.activities().size() - 1;
            ObjectNode ours = changed(p, a -> describe(a, 0, "changed by ours"));
            ObjectNode theirs = changed(p, a -> {
                describe(a, last, "changed by theirs");
                a.addObject().put("name", "Added_By_Theirs").put("type", "Wait").putObject("typeProperties").put("waitTimeInSeconds", 1);
            });
            MergeResult result = JsonMerge.merge(p.text, AdfJsonWriter.pretty(ours), AdfJsonWriter.pretty(theirs));
            assertTrue(result.clean(), p.file + ": " + result.conflicts());
            ObjectNode expected = changed(p, a -> {
                describe(a, 0, "changed by ours");
                describe(a, last, "changed by theirs");
                a.addObject().put("name", "Added_By_Theirs").put("type", "Wait").putObject("typeProperties").put("waitTimeInSeconds", 1);
            });
            assertEquals(AdfJsonWriter.pretty(expected), result.mergedText(), p.file.toString());
        }
    }

    @Test
    void mergingAChangeWithItselfOrWithNothingGivesTheChange() throws Exception {
        for (Pipeline p : pipelines()) {
            String x = AdfJsonWriter.pretty(changed(p, a -> {
                describe(a, 0, "x");
                a.remove(a.size() - 1);
            }));
            assertEquals(x, JsonMerge.merge(p.text, x, x).mergedText(), p.file + ": merge(base, x, x)");
            assertEquals(x, JsonMerge.merge(p.text, p.text, x).mergedText(), p.file + ": merge(base, base, x)");
            assertEquals(x, JsonMerge.merge(p.text, x, p.text).mergedText(), p.file + ": merge(base, x, base)");
            assertTrue(JsonMerge.merge(p.text, x, p.text).sameAsOurs());
            assertEquals(List.of(), ResourceDiff.details(p.tree, p.tree), p.file.toString());
        }
    }

    @Test
    void theSameActivityPropertyChangedTwoWaysIsOneConflictWhoseSidesGiveBackEachVersion() throws Exception {
        for (Pipeline p : pipelines()) {
            ObjectNode ours = changed(p, a -> describe(a, 1, "ours"));
            ObjectNode theirs = changed(p, a -> {
                describe(a, 1, "theirs");
                describe(a, 0, "also theirs");
            });
            MergeResult result = JsonMerge.merge(p.text, AdfJsonWriter.pretty(ours), AdfJsonWriter.pretty(theirs));
            String name = p.activities().get(1).get("name").textValue();
            assertEquals(List.of(JsonTrees.element("properties.activities", name) + ".description"),
                    result.conflicts().stream().map(MergeConflict::path).toList(), p.file.toString());
            String marked = result.textWithMarkers();
            assertEquals(changed(p, a -> {
                describe(a, 1, "ours");
                describe(a, 0, "also theirs");
            }), JsonMergeTest.parse(JsonMergeTest.keep(marked, "ours")), p.file + " ours");
            assertEquals(theirs, JsonMergeTest.parse(JsonMergeTest.keep(marked, "theirs")), p.file + " theirs");
            JsonNode base = p.activities().get(1).get("description");
            assertEquals(changed(p, a -> {
                if (base == null) ((ObjectNode) a.get(1)).remove("description");
                describe(a, 0, "also theirs");
            }), JsonMergeTest.parse(JsonMergeTest.keep(marked, "base")), p.file + " base");
        }
    }
}
