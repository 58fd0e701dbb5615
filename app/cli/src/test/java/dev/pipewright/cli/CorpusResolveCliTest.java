package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `pipewright resolve` runs on every root of the shared corpus with the default profile: exit 0 or 1, valid JSON, never "could not run". */
class CorpusResolveCliTest {

    @Test
    void resolveWorksOnEveryCorpusRoot() throws Exception {
        Path corpus = Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus"));
        assertTrue(Files.isDirectory(corpus), "shared corpus missing at " + corpus.toAbsolutePath() + " (system property pipewright.corpus)");
        List<Path> roots;
        try (Stream<Path> s = Files.list(corpus)) {
            roots = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(19, roots.size(), "corpus folders (INVENTORY.md)");
        List<String> failures = new ArrayList<>();
        int placements = 0;
        for (Path root : roots) {
            CliRun json = CliRun.of("resolve", root.toString(), "--format", "json");
            if (json.exitCode() > 1 || !json.out().trim().startsWith("{")) {
                failures.add("resolve --format json " + root + ": exit " + json.exitCode() + " " + json.err());
                continue;
            }
            JsonNode doc = new ObjectMapper().readTree(json.out());
            placements += doc.get("placements").size();
            CliRun text = CliRun.of("resolve", root.toString());
            if (text.exitCode() != json.exitCode() || !text.out().startsWith("Factory ")) {
                failures.add("resolve " + root + ": exit " + text.exitCode() + " " + text.err());
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(4773, placements, "one placement per activity in the corpus (INVENTORY.md, activities by type)");
    }
}
