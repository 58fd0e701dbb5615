package dev.pipewright.runtime.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a factory's environment profiles live: outside the ADF root, in a sibling folder — {@code demo-env/} for
 * {@code demo-factory/}, {@code <root>-env/} otherwise — one JSON file per environment (CI/CD stage).
 */
public final class ProfileFolder {
    private ProfileFolder() {
    }

    public static Path of(Path factoryRoot) {
        Path root = factoryRoot.toAbsolutePath().normalize();
        String name = root.getFileName() == null ? "factory" : root.getFileName().toString();
        String env = name.endsWith("-factory") ? name.substring(0, name.length() - "-factory".length()) + "-env" : name + "-env";
        return root.resolveSibling(env);
    }

    /** The profiles in the folder, by file name. */
    public static List<Path> profiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
