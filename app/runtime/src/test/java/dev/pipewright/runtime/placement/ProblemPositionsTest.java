package dev.pipewright.runtime.placement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast ways placement positions its problems give the same answers as core's {@link JsonLocator}: one pass
 * for many pointers over a file, and the layout of ADF's format worked out from the tree — on every pipeline
 * of the corpus, whatever its formatting.
 */
class ProblemPositionsTest {

    @Test
    void oneScanAndTheCanonicalLayoutAgreeWithJsonLocatorOnTheWholeCorpus() throws Exception {
        int checked = 0;
        for (Path root : CorpusPlacementTest.corpusRoots()) {
            Factory factory = Factory.load(root);
            for (Pipeline pipeline : Pipeline.all(factory)) {
                Resource r = pipeline.resource();
                List<String> pointers = new ArrayList<>(List.of("", "/name", "/properties", "/properties/activities", "/properties/activities/0/name", "/properties/nope"));
                pipeline.allActivities().forEach(a -> pointers.add(a.pointer()));

                String disk = Files.readString(root.resolve(r.path()), StandardCharsets.UTF_8);
                Map<String, JsonLocator.Position> scanned = PointerScan.locate(disk, pointers);
                String canonical = AdfJsonWriter.pretty(r.json());
                Map<String, JsonLocator.Position> laidOut = CanonicalLayout.positions(r.json(), pointers);
                for (String pointer : pointers) {
                    assertEquals(JsonLocator.locate(disk, pointer), scanned.get(pointer), r.path() + " " + pointer);
                    assertEquals(JsonLocator.locate(canonical, pointer), laidOut.get(pointer), r.path() + " (canonical) " + pointer);
                    checked++;
                }
            }
        }
        assertTrue(checked > 7_000, "pointers checked: " + checked);
    }

    @Test
    void aPipelineEditedInMemoryIsPositionedInTheTextSavingWouldWrite(@TempDir Path dir) throws Exception {
        World w = World.standard(dir).pipeline("P", "[" + World.onDataset("Bad", "Lookup", "DS_SqlOnPremDefault") + "]");
        Factory factory = w.load();
        Resource file = factory.get(dev.pipewright.core.factory.ResourceKind.PIPELINE, "P").orElseThrow();
        ArrayNode activities = (ArrayNode) file.json().get("properties").get("activities");
        activities.insert(0, (ObjectNode) World.JSON.readTree(World.control("First", "Wait")));
        Pipeline pipeline = new Pipeline(file);
        Activity bad = pipeline.activities().get(1);
        Problem p = PlacementEngine.of(factory, World.profile("")).resolve(pipeline, bad).problems().get(0);
        JsonLocator.Position expected = JsonLocator.locate(AdfJsonWriter.pretty(file.json()), bad.pointer());
        assertEquals(expected.line(), p.line());
        assertEquals(expected.column(), p.column());
        assertEquals(10, p.line(), "below the inserted activity, as saving would write it (on disk it is still on line 4)");
    }
}
