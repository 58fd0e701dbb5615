package dev.pipewright.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo installed read-only (the .deb puts it under /opt/pipewright): SQLite stand-ins that do not exist yet are
 * made in the per-user cache, and test connection names the file it really opened.
 */
class ReadOnlyDemoDataTest {
    private static final Path REPO = Path.of(System.getProperty("pipewright.repo", "../.."));

    @TempDir
    Path tmp;

    @AfterEach
    void clear() throws Exception {
        System.clearProperty("pipewright.cache");
        System.clearProperty("pipewright.standIns.readOnly");
        try (Stream<Path> s = Files.walk(tmp.resolve("install"))) {
            s.forEach(p -> p.toFile().setWritable(true)); // so @TempDir can delete it
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().endsWith(".sqlite")) continue; // as installed: scripts only
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void standInsOfAReadOnlyInstallAreMadeInTheUserCache() throws Exception {
        Path install = tmp.resolve("install");
        copy(REPO.resolve("demo-data"), install.resolve("demo-data"));
        copy(REPO.resolve("demo-env"), install.resolve("demo-env"));
        try (Stream<Path> s = Files.walk(install)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        if (Files.isWritable(install.resolve("demo-data"))) {
            // running as root: permission bits do not stop writes, so the runtime is told the folders are read-only
            System.setProperty("pipewright.standIns.readOnly", "true");
        }
        Path cache = tmp.resolve("cache");
        System.setProperty("pipewright.cache", cache.toString());
        String profile = install.resolve("demo-env/local.json").toString();
        String demo = REPO.resolve("demo-factory").toString();

        CliRun run = CliRun.of("test-connection", demo, "LS_SqlServer_Stores", "--env", profile);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<Path> made;
        try (Stream<Path> s = Files.walk(cache)) {
            made = s.filter(p -> p.getFileName().toString().equals("stores.sqlite")).toList();
        }
        assertEquals(1, made.size(), "made once, in the cache");
        assertTrue(run.out().contains("SQLite file " + made.get(0) + " (made from ../demo-data/sql/stores.sql, as ../demo-data/stores.sqlite is in a read-only folder): SQLite"),
                run.out());
        assertFalse(Files.exists(install.resolve("demo-data/stores.sqlite")), "nothing written next to the script");

        CliRun preview = CliRun.of("preview", demo, "DS_SqlServer_Stores", "--env", profile, "--format", "csv");
        assertEquals(0, preview.exitCode(), preview.out() + preview.err());
        assertTrue(preview.out().lines().count() > 1, preview.out());

        // a script newer than its cached copy makes the copy again
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(install.resolve("demo-data/sql/stores.sql")).toMillis() - 60_000);
        Files.setLastModifiedTime(made.get(0), old);
        assertEquals(0, CliRun.of("test-connection", demo, "LS_SqlServer_Stores", "--env", profile).exitCode());
        assertTrue(Files.getLastModifiedTime(made.get(0)).compareTo(old) > 0, "made again");
    }
}
