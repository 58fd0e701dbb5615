package dev.pipewright.core.codec;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReaderTest {

    private static ParsedJson read(String text) {
        return JsonReader.read(text.getBytes(StandardCharsets.UTF_8), "pipeline/p.json", "pipeline/p");
    }

    private static Problem only(ParsedJson parsed) {
        assertEquals(1, parsed.problems().size(), () -> "problems: " + parsed.problems());
        return parsed.problems().get(0);
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        ParsedJson parsed = read("{\n\t\"name\": \"p\",\n\t\"properties\": {\n\t\t\"activities\": [,]\n\t}\n}");
        assertNull(parsed.root());
        Problem p = only(parsed);
        assertEquals("PW101", p.code());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("pipeline/p.json", p.file());
        assertEquals(4, p.line());
        assertEquals(18, p.column());
        assertTrue(p.message().contains("','"), p.message());
    }

    @Test
    void byteOrderMarkIsAWarningAndTheFileLoads() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"name\": \"p\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        ParsedJson parsed = JsonReader.read(bytes, "p.json", null);
        assertNotNull(parsed.root());
        Problem p = only(parsed);
        assertEquals("PW102", p.code());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("p", parsed.root().get("name").textValue());
    }

    @Test
    void invalidUtf8IsAnErrorAtItsPosition() {
        byte[] bytes = "{\n  \"name\": \"caf\u00e9\u0000\"\n}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = (byte) 0xFF; // replace the NUL with a byte that is never UTF-8
        ParsedJson parsed = JsonReader.read(bytes, "p.json", null);
        assertNull(parsed.root());
        Problem p = only(parsed);
        assertEquals("PW103", p.code());
        assertEquals(2, p.line());
        assertEquals(16, p.column());
    }

    @Test
    void commentsAreReadLenientlyWithAWarning() {
        ParsedJson parsed = read("{\n  // the sales pipeline\n  \"name\": \"p\" /* inline */\n}");
        assertNotNull(parsed.root());
        assertEquals("p", parsed.root().get("name").textValue());
        Problem p = only(parsed);
        assertEquals("PW104", p.code());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(2, p.line());
        assertEquals(3, p.column());
    }

    @Test
    void duplicateKeysAreAnErrorAtTheSecondKey() {
        ParsedJson parsed = read("{\n\t\"name\": \"a\",\n\t\"name\": \"b\"\n}");
        assertTrue(parsed.hasErrors());
        Problem p = only(parsed);
        assertEquals("PW105", p.code());
        assertEquals(3, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().contains("\"name\""));
    }

    @Test
    void emptyFileAndTrailingContentAreErrors() {
        assertEquals("PW101", only(read("")).code());
        Problem trailing = only(read("{\"name\": \"p\"}\n{\"name\": \"q\"}"));
        assertEquals("PW101", trailing.code());
        assertEquals(2, trailing.line());
    }
}
