package dev.pipewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright eval}: one expression with a context file, and --jsonl from standard input. */
class EvalCliTest {
    private static CliRun withInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), System::getenv, null,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void printsTheValueAsJson(@TempDir Path tmp) throws Exception {
        Path ctx = tmp.resolve("ctx.json");
        Files.writeString(ctx, """
                {"parameters": {"n": 41}, "system": {"RunId": "r-1"}, "activities": {"LK": {"status": "Succeeded", "output": {"firstRow": {"id": 7}}}}}""");
        CliRun typed = CliRun.of("eval", "@add(pipeline().parameters.n, 1)", "--context", ctx.toString());
        assertEquals(0, typed.exitCode(), typed.err());
        assertEquals("42", typed.out().strip());
        assertEquals("\"run r-1 row 7\"", CliRun.of("eval", "run @{pipeline().RunId} row @{activity('LK').output.firstRow.id}", "--context", ctx.toString()).out().strip());
        assertEquals("[1,2,3]", CliRun.of("eval", "@createArray(1, 2, 3)").out().strip());
    }

    @Test
    void failuresAndBadInput(@TempDir Path tmp) throws Exception {
        CliRun failed = CliRun.of("eval", "@div(1, 0)");
        assertEquals(1, failed.exitCode());
        assertEquals("pipewright eval: div: division by zero", failed.err().strip());
        CliRun syntax = CliRun.of("eval", "@concat('a'");
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().contains("syntax error at"), syntax.err());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"params\": {}}");
        CliRun badContext = CliRun.of("eval", "@pipeline()", "--context", bad.toString());
        assertEquals(2, badContext.exitCode());
        assertTrue(badContext.err().contains("unknown key 'params'"), badContext.err());
        assertEquals(2, CliRun.of("eval", "@utcNow()", "--context", tmp.resolve("none.json").toString()).exitCode());
    }

    @Test
    void jsonlAnswersEveryLineInOrder() {
        String input = """
                {"expr": "@concat('a', item())", "context": {"item": "b"}}
                {"expr": "@variables('v')", "context": {}}
                not json
                {"expr": "@{length(pipeline().parameters.list)}", "context": {"parameters": {"list": [1, 2]}}}
                """;
        CliRun run = withInput(input, "eval", "--jsonl");
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertEquals("{\"value\":\"ab\"}", lines.get(0));
        assertEquals("{\"error\":\"variables('v'): the pipeline has no variable 'v'\"}", lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"error\":\"line 3 is not JSON"), lines.get(2));
        assertEquals("{\"value\":\"2\"}", lines.get(3));
        assertEquals(1, run.exitCode());
        assertEquals(0, withInput("{\"expr\": \"@true\"}\n", "eval", "--jsonl").exitCode());
    }
}
