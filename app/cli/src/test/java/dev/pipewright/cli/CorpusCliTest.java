package dev.pipewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `pipewright validate` and `export` run on every root of the shared corpus (exit 0 or 1, never "could not run"). */
class CorpusCliTest {

    private static List<Path> corpusRoots() throws Exception {
        Path corpus = Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus"));
        assertTrue(Files.isDirectory(corpus), "shared corpus missing at " + corpus.toAbsolutePath());
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void validateAndExportWorkOnEveryCorpusRoot(@TempDir Path out) throws Exception {
        List<String> failures = new ArrayList<>();
        List<Path> roots = corpusRoots();
        assertEquals(19, roots.size(), "corpus folders (INVENTORY.md)");
        for (Path root : roots) {
            CliRun validate = CliRun.of("validate", root.toString(), "--format", "json");
            if (validate.exitCode() > 1 || !validate.out().trim().startsWith("{")) failures.add("validate " + root + ": " + validate.err());
            CliRun export = CliRun.of("export", root.toString(), "--out", out.resolve(root.getFileName().toString()).toString());
            if (export.exitCode() > 1 || !export.out().startsWith("Exported")) failures.add("export " + root + ": " + export.err());
        }
        assertTrue(failures.isEmpty(), failures.toString());
        try (Stream<Path> exported = Files.walk(out)) {
            // 2159 git-layout resources + 7 publish_config.json + 4 arm-template-parameters-definition.json
            assertEquals(2170, exported.filter(Files::isRegularFile).count());
        }
    }
}
