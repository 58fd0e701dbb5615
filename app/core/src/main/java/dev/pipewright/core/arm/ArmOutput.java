package dev.pipewright.core.arm;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an export's files into a folder all at once: into a new folder beside it first, which then takes the
 * folder's place, so a failure leaves either the previous content or nothing — never part of an export. A folder
 * that is not empty and holds no previous export is refused rather than replaced.
 */
public final class ArmOutput {
    private ArmOutput() {
    }

    public static void write(Map<String, byte[]> files, Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) throw new IOException("cannot write an export to the file system root " + target);
        if (Files.exists(target) && !Files.isDirectory(target)) throw new FileAlreadyExistsException(target + " is a file, not a folder");
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.exists(target.resolve("ARMTemplateForFactory.json"))
                && !Files.exists(target.resolve(WorkspaceTemplates.TEMPLATE))) {
            throw new IOException(target + " is not empty and holds no previous export (no ARMTemplateForFactory.json or "
                    + WorkspaceTemplates.TEMPLATE + "); choose an empty or new folder");
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".writing-");
        Path old = null;
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = staging.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".previous-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            staging = null;
        } catch (IOException | RuntimeException e) {
            if (old != null && !Files.exists(target)) move(old, target);
            old = null;
            throw e;
        } finally {
            if (staging != null) deleteTree(staging);
            if (old != null) deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
