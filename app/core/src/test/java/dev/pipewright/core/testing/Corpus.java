package dev.pipewright.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real ADF files (../shared/corpus). Tests fail, never skip, when it is missing. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String property = System.getProperty("pipewright.corpus", "../../../shared/corpus");
        Path path = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new AssertionError("The shared ADF corpus is missing at " + path
                    + " (set -Dpipewright.corpus=<path to shared/corpus>)");
        }
        return path;
    }

    /** Every corpus folder (one ADF root or ARM export each). */
    public static List<Path> roots() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .json file in the corpus. */
    public static List<Path> jsonFiles() {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
