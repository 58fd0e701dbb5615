package dev.pipewright.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.pipewright.git.testing.GitCli.git;

/** Bare repositories on disk, made and filled with the real git command. */
public final class TestRepositories {
    private TestRepositories() {
    }

    /** A bare repository {@code name} (e.g. {@code factory.git}) under {@code root}, whose default branch is main. */
    public static Path bare(Path root, String name) {
        Path repo = root.resolve(name);
        git(root, "init", "--bare", "-q", "-b", "main", repo.toString());
        return repo;
    }

    /** Commits {@code files} (path → content) on {@code branch} of the bare repository, through a scratch clone. */
    public static void commit(Path bare, String branch, String message, Map<String, String> files) {
        try {
            Path scratch = Files.createTempDirectory("pw-seed");
            git(scratch, "clone", "-q", bare.toUri().toString(), "w");
            Path w = scratch.resolve("w");
            if (!GitCli.run(w, "rev-parse", "--verify", "-q", "origin/" + branch).out().isBlank()) git(w, "checkout", "-q", branch);
            else git(w, "checkout", "-q", "-b", branch);
            for (var e : files.entrySet()) write(w.resolve(e.getKey()), e.getValue());
            git(w, "add", "-A");
            git(w, "commit", "-q", "-m", message);
            git(w, "push", "-q", "origin", branch);
            delete(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
