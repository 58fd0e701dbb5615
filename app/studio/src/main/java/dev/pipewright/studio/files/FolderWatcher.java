package dev.pipewright.studio.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a factory's folders (the root and the resource folders under it, skipping {@code .git}) and tells once
 * things settle: one call after a burst of events (a Save all, a checkout, a pull in a terminal) when no event came
 * for the quiet period. Runs on a daemon thread of its own; {@link #close()} stops it.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 300;
    private final WatchService service;
    private final Thread thread;

    private FolderWatcher(Path root, Runnable changed) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        register(root);
        thread = new Thread(() -> loop(root, changed), "pipewright-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches {@code root}; null when it cannot be watched (the studio then refreshes on demand only). */
    public static FolderWatcher watch(Path root, Runnable changed) {
        try {
            return new FolderWatcher(root, changed);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void register(Path folder) throws IOException {
        if (folder.getFileName() != null && folder.getFileName().toString().equals(".git")) return;
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (Files.isDirectory(child) && !Files.isSymbolicLink(child)) register(child);
            }
        }
    }

    private void loop(Path root, Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean seen = drain(key);
                // wait for the burst to end: tell once no event came for the quiet period
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) seen |= drain(more);
                if (seen) changed.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Reads a key's events, registers new folders, and says whether any event was outside {@code .git}. */
    private boolean drain(WatchKey key) {
        boolean seen = false;
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                seen = true;
                continue;
            }
            Path name = (Path) event.context();
            if (name.toString().equals(".git")) continue;
            seen = true;
            Path child = folder.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    register(child);
                } catch (IOException ignored) {
                    // gone again before it could be watched
                }
            }
        }
        key.reset();
        return seen;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
