package dev.pipewright.core.factory;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem reading a factory can report (PW101–PW112) speaks the user's language: one factory with a file for
 * each, and each message read for library internals, a place (file, and line and column where there is one) and a
 * hint that says what to do.
 */
class LoadMessagesTest {
    @TempDir
    Path dir;

    private static final List<String> INTERNALS = List.of("Exception", "com.fasterxml", "jackson", "REDACTED", "StreamReadFeature",
            "java.", "Source:", "(code ", "token", "NoSuchFile", "null");

    private void write(String path, byte[] bytes) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void write(String path, String text) throws Exception {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyLoadProblemReadsInPlainWordsWithItsPlaceAndAHint() throws Exception {
        write("pipeline/Good.json", "{\"name\": \"Good\", \"properties\": {\"activities\": []}}");
        write("pipeline/Broken.json", "{\"name\": \"Broken\", \"properties\": {\"activities\": [}}");               // PW101
        write("pipeline/Bom.json", "\uFEFF{\"name\": \"Bom\", \"properties\": {\"activities\": []}}");               // PW102
        write("pipeline/Latin.json", new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'}); // PW103
        write("pipeline/Commented.json", "{\"name\": \"Commented\", // note\n\"properties\": {\"activities\": []}}"); // PW104
        write("pipeline/Twice.json", "{\"name\": \"Twice\", \"name\": \"Twice\", \"properties\": {\"activities\": []}}"); // PW105
        write("pipeline/Shape.json", "[1, 2]");                                                                      // PW106
        write("pipeline/Other.json", "{\"name\": \"Different\", \"properties\": {\"activities\": []}}");              // PW107
        write("pipeline/Case.json", "{\"name\": \"CASE\", \"properties\": {\"activities\": []}}");                    // PW108
        write("notes/readme.json", "{}");                                                                             // PW109
        Files.createSymbolicLink(dir.resolve("pipeline/Gone.json"), dir.resolve("nowhere.json"));                     // PW110
        write("dataset/Sales.json", "{\"name\": \"Sales\", \"properties\": {\"type\": \"Json\"}}");
        write("dataset/sales_copy.json", "{\"name\": \"SALES\", \"properties\": {\"type\": \"Json\"}}");              // PW111 (and PW107)

        List<Problem> problems = new ArrayList<>(Factory.load(dir).loadProblems());
        Path empty = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-empty"));
        problems.addAll(Factory.load(empty).loadProblems());                                                          // PW112

        Map<String, Problem> byCode = new HashMap<>();
        for (Problem p : problems) byCode.putIfAbsent(p.code(), p);
        for (ProblemCode code : ProblemCode.values()) {
            if (!code.code().matches("PW1[01][0-9]")) continue;
            Problem p = byCode.get(code.code());
            assertTrue(p != null, code.code() + " was not reported: " + problems);
            for (String internal : INTERNALS) {
                assertFalse(p.message().contains(internal), code.code() + " shows '" + internal + "': " + p.message());
                assertFalse(p.hint().contains(internal), code.code() + "'s hint shows '" + internal + "': " + p.hint());
            }
            assertTrue(Character.isUpperCase(p.message().charAt(0)) || p.message().charAt(0) == '\'', code.code() + " starts a sentence: " + p.message());
            if (code != ProblemCode.NOT_A_FACTORY_ROOT) assertTrue(p.file() != null && !p.file().isBlank(), code.code() + " names its file");
            assertFalse(p.hint().isBlank(), code.code() + " says what to do: " + p.message());
        }
        for (String positioned : List.of("PW101", "PW104", "PW105", "PW107")) {
            assertTrue(byCode.get(positioned).line() > 0 && byCode.get(positioned).column() > 0, positioned + " has its line and column");
        }
        assertEquals("pipeline/Broken.json", byCode.get("PW101").file());
    }
}
