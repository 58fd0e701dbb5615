package dev.pipewright.core.factory;

import dev.pipewright.core.testing.Corpus;
import dev.pipewright.core.testing.NodeOracle;
import dev.pipewright.core.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus root loads, validates, saves without touching disk, and exports as JSON.stringify would write it. */
class CorpusFactoryTest {

    @Test
    void everyCorpusRootLoadsValidatesAndExportsInAdfForm(@TempDir Path work) throws Exception {
        List<String> failures = new ArrayList<>();
        int resources = 0;
        for (Path root : Corpus.roots()) {
            Factory factory = Factory.load(root);
            resources += factory.resources().size();
            Validator.validate(factory);
            Path out = work.resolve("export").resolve(root.getFileName().toString());
            FactoryWriter.Result result = FactoryWriter.export(factory, out);
            if (!result.ok()) failures.add(root + ": export problems " + result.problems());

            List<Path> originals = new ArrayList<>();
            for (Resource r : factory.resources()) originals.add(root.resolve(r.path()));
            for (FactoryFile f : factory.configFiles().values()) originals.add(root.resolve(f.path()));
            Map<Path, byte[]> oracle = NodeOracle.stringify(originals, Files.createDirectories(work.resolve("oracle").resolve(root.getFileName().toString())));
            for (Resource r : factory.resources()) {
                byte[] exported = Files.readAllBytes(out.resolve(r.canonicalPath()));
                if (!Arrays.equals(oracle.get(root.resolve(r.path())), exported)) failures.add(r.path() + " in " + root.getFileName());
                if (r.isModified()) failures.add(r.path() + ": reported as modified right after loading");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures.stream().limit(10).toList());
        // INVENTORY.md git-layout counts: 864 + 744 + 196 + 166 + 109 + 41 + 17 + 14 + 5 + 3 = 2159 resources
        assertEquals(2159, resources, "resources loaded from the corpus");
    }

    @Test
    void savingAnUntouchedCorpusCopyChangesNothing(@TempDir Path work) throws Exception {
        Path root = Corpus.root().resolve("nakulbansal1609__adf-second-glorious"); // CRLF throughout
        Path copy = work.resolve("copy");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        FactoryWriter.Result result = FactoryWriter.save(Factory.load(copy));
        assertEquals(List.of(), result.written());
        assertEquals(117, result.unchanged().size());
    }
}
