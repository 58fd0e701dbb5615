package dev.pipewright.core.factory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content atomically: the bytes go to a temporary file beside it, which is moved over it, so a
 * crash never leaves half a file. The file keeps its mode, owner and group; a new file gets the umask's mode (the
 * temporary file is created as any file would be, not with {@code Files.createTempFile}'s owner-only mode).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = createTemporary(parent, bytes);
        try {
            keepAttributes(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createTemporary(Path folder, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(".pipewright-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) throw taken;
            }
        }
    }

    /** Gives the temporary file the target's POSIX mode, owner and group (owner and group where allowed). */
    private static void keepAttributes(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        PosixFileAttributes was = view.readAttributes();
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            if (!now.readAttributes().owner().equals(was.owner())) now.setOwner(was.owner());
            if (!now.readAttributes().group().equals(was.group())) now.setGroup(was.group());
        } catch (IOException | SecurityException notAllowed) {
            // only root may give a file away; the content and the mode still land
        }
        now.setPermissions(was.permissions());
    }
}
