package dev.pipewright.core.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/problem-codes.md documents every code with its severity and title, and nothing else. */
class ProblemCodesDocTest {

    @Test
    void everyCodeIsDocumentedWithItsSeverityAndTitle() throws Exception {
        String doc = Files.readString(Path.of("../../docs/problem-codes.md"));
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            String row = "| " + code.code() + " | " + code.severity().label() + " | " + code.title() + " |";
            if (!doc.contains(row)) missing.add(row);
        }
        assertTrue(missing.isEmpty(), "rows missing in docs/problem-codes.md: " + missing);
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (ProblemCode code : ProblemCode.values()) assertTrue(seen.add(code.code()), code.code());
        assertEquals(ProblemCode.values().length, seen.size());
    }
}
