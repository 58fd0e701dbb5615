package dev.pipewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright merge-driver} in process: exit statuses, what is written into ours, what is left alone. */
class MergeDriverCliTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFileThatCannotBeReadStopsWithStatusTwoAndWritesNothing() throws Exception {
        Path ours = file("ours", "{\"a\": 1}");
        CliRun run = CliRun.of("merge-driver", dir.resolve("missing").toString(), ours.toString(), file("theirs", "{}").toString(), "pipeline/P.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error PW942"), run.err());
        assertEquals("{\"a\": 1}", Files.readString(ours));
    }

    @Test
    void aConflictExitsOneWithOnePw940LinePerConflict() throws Exception {
        Path ours = file("ours", "{\"name\": \"P\", \"properties\": {\"a\": 2}}");
        CliRun run = CliRun.of("merge-driver", file("base", "{\"name\": \"P\", \"properties\": {\"a\": 1}}").toString(), ours.toString(),
                file("theirs", "{\"name\": \"P\", \"properties\": {\"a\": 3}}").toString(), "adf/pipeline/P.json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("adf/pipeline/P.json:4:1: error PW940 Merge conflict at properties.a"), run.err());
        assertTrue(Files.readString(ours).contains("<<<<<<< ours\n\t\t\"a\": 2\n||||||| base\n\t\t\"a\": 1\n=======\n\t\t\"a\": 3\n>>>>>>> theirs\n"));
    }

    @Test
    void whenTheMergeIsOursOurFileIsNotRewritten() throws Exception {
        String oursText = "{\r\n    \"name\": \"P\",\r\n    \"properties\": {\"a\": 2}\r\n}\r\n";
        Path ours = file("ours", oursText);
        CliRun run = CliRun.of("merge-driver", file("base", "{\"name\": \"P\", \"properties\": {\"a\": 1}}").toString(), ours.toString(),
                file("theirs", "{\n\t\"name\": \"P\",\n\t\"properties\": {\n\t\t\"a\": 1\n\t}\n}").toString(), "pipeline/P.json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(oursText, Files.readString(ours));
    }

    @Test
    void aResourceThatIsNotJsonMergesAsTextWithAWarningAndBytesThatAreNotUtf8StayAsTheyWere() throws Exception {
        Path ours = file("ours", "{\n\"a\": 2,\n\"m\": 0,\n\"b\": 1\n");
        CliRun run = CliRun.of("merge-driver", file("base", "{\n\"a\": 1,\n\"m\": 0,\n\"b\": 1\n").toString(), ours.toString(),
                file("theirs", "{\n\"a\": 1,\n\"m\": 0,\n\"b\": 3\n").toString(), "dataset/D.json");
        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("warning PW941"), run.err());
        assertEquals("{\n\"a\": 2,\n\"m\": 0,\n\"b\": 3\n", Files.readString(ours));

        byte[] latin = "caf\u00e9\nx\nend\n".getBytes(StandardCharsets.ISO_8859_1);
        Path base = Files.write(dir.resolve("lbase"), latin);
        Path mine = Files.write(dir.resolve("lours"), "caf\u00e9 au lait\nx\nend\n".getBytes(StandardCharsets.ISO_8859_1));
        Path other = Files.write(dir.resolve("ltheirs"), "caf\u00e9\nx\nthe end\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, CliRun.of("merge-driver", base.toString(), mine.toString(), other.toString(), "notes/menu.txt").exitCode());
        assertArrayEquals("caf\u00e9 au lait\nx\nthe end\n".getBytes(StandardCharsets.ISO_8859_1), Files.readAllBytes(mine));
    }

    @Test
    void gitsPlainCallTakesTheFastPathAndAnythingElseGoesThroughPicocli() {
        assertTrue(Main.isPlainMergeDriverCall(new String[]{"merge-driver", "a", "b", "c", "p/x.json"}));
        assertTrue(Main.isPlainMergeDriverCall(new String[]{"merge-driver", "a", "b", "c"}));
        assertFalse(Main.isPlainMergeDriverCall(new String[]{"merge-driver", "--help", "b", "c"}));
        assertFalse(Main.isPlainMergeDriverCall(new String[]{"merge-driver", "a", "b"}));
        assertFalse(Main.isPlainMergeDriverCall(new String[]{"validate", "a", "b", "c"}));
        CliRun help = CliRun.of("merge-driver", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("merge.pipewright.driver"), help.out());
    }
}
