package dev.pipewright.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.testing.Corpus;
import dev.pipewright.core.testing.NodeOracle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every JSON file of the shared corpus. Files ADF wrote come back byte-identical; every file comes
 * back exactly as real JavaScript JSON.stringify writes it (run through node as the oracle), which is
 * ADF's canonical form: same keys in the same order, same values, JavaScript number form.
 */
class CorpusRoundTripTest {
    private static List<Path> files;
    private static Map<Path, byte[]> oracle;

    @BeforeAll
    static void runOracle(@TempDir Path work) throws Exception {
        files = Corpus.jsonFiles();
        oracle = NodeOracle.stringify(files, work);
    }

    @Test
    void corpusIsTheOneDescribedInItsInventory() {
        assertEquals(2313, files.size(), "corpus file count (INVENTORY.md says 2313)");
        // One file has // comments and is not JSON for JSON.parse
        assertEquals(files.size() - 1, oracle.size(), "files JavaScript can parse");
    }

    @Test
    void everyFileIsWrittenExactlyAsJsonStringifyWritesIt() throws Exception {
        List<String> failures = new ArrayList<>();
        int identical = 0;
        for (Path file : files) {
            byte[] expected = oracle.get(file);
            if (expected == null) continue;
            byte[] original = Files.readAllBytes(file);
            ParsedJson parsed = JsonReader.read(original, file.toString(), null);
            if (parsed.root() == null) {
                failures.add(file + ": not read: " + parsed.problems());
                continue;
            }
            boolean minified = file.getFileName().toString().equals("publish_config.json");
            byte[] ours = (minified ? AdfJsonWriter.minified(parsed.root()) : AdfJsonWriter.pretty(parsed.root()))
                    .getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(expected, ours)) {
                failures.add(file + ": differs from JSON.stringify at byte " + Arrays.mismatch(expected, ours));
            }
            if (Arrays.equals(original, expected)) {
                identical++;
                if (!Arrays.equals(original, ours)) failures.add(file + ": ADF-written file not byte-identical");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " files differ, first: " + failures.stream().limit(10).toList());
        // INVENTORY.md's folder table: 848 files in the tab/no-final-newline profile, plus 7 minified publish_config.json
        assertEquals(855, identical, "files already in ADF's exact form");
    }

    @Test
    void rewrittenFilesAreEqualToTheirInputAsJsonWithKeyOrder() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            if (!oracle.containsKey(file)) continue;
            JsonNode input = JsonReader.read(Files.readAllBytes(file), file.toString(), null).root();
            JsonNode reread = plain.readTree(AdfJsonWriter.pretty(input));
            if (!sameWithOrder(input, reread)) failures.add(file.toString());
        }
        assertTrue(failures.isEmpty(), "not equal after rewrite: " + failures);
    }

    /** Deep equality that also requires the same key order (JsonNode.equals ignores order). */
    static boolean sameWithOrder(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            List<String> ka = new ArrayList<>();
            a.fieldNames().forEachRemaining(ka::add);
            List<String> kb = new ArrayList<>();
            b.fieldNames().forEachRemaining(kb::add);
            if (!ka.equals(kb)) return false;
            for (String k : ka) if (!sameWithOrder(a.get(k), b.get(k))) return false;
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!sameWithOrder(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isNumber() && b.isNumber()) return a.doubleValue() == b.doubleValue();
        return a.equals(b);
    }
}
