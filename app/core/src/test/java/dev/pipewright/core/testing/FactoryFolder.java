package dev.pipewright.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Writes hand-made factory files into a folder and takes snapshots to prove nothing on disk changed. */
public final class FactoryFolder {
    private final Path root;

    public FactoryFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public FactoryFolder file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public FactoryFolder bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pipeline file in ADF's format with the given activities JSON (an array body). */
    public FactoryFolder pipeline(String name, String activitiesJson) {
        return file("pipeline/" + name + ".json", "{\n\t\"name\": \"" + name + "\",\n\t\"properties\": {\n\t\t\"activities\": "
                + activitiesJson + "\n\t}\n}");
    }

    /** Every file's bytes and modification time, to compare before and after an operation. */
    public Map<String, String> snapshot() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> {
                try {
                    String rel = root.relativize(p).toString();
                    if (Files.isSymbolicLink(p)) {
                        state.put(rel, "link→" + Files.readSymbolicLink(p));
                    } else if (Files.isRegularFile(p)) {
                        FileTime t = Files.getLastModifiedTime(p);
                        state.put(rel, t.toMillis() + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p)) + ":" + Files.size(p));
                    } else {
                        state.put(rel + "/", "dir");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

    /** The demo factory written in ADF's form under {@code dir} and loaded from there (a fresh copy per test). */
    public static dev.pipewright.core.factory.Factory demoCopy(Path dir) {
        var demo = dev.pipewright.core.factory.Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
        if (!dev.pipewright.core.factory.FactoryWriter.export(demo, dir).ok()) throw new AssertionError("demo factory not exported");
        return dev.pipewright.core.factory.Factory.load(dir);
    }
}
