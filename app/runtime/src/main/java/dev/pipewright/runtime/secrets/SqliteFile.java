package dev.pipewright.runtime.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens a local SQLite database file (created readable by its owner only, where the file system allows). */
public final class SqliteFile {
    private SqliteFile() {
    }

    /** Opens {@code file}, creating it and its folder if needed, and runs {@code schema} (idempotent DDL). */
    public static Connection open(Path file, String... schema) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system (Windows): the user's profile folder protects it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                for (String ddl : schema) st.execute(ddl);
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the local database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where Pipewright keeps a local file: the system property {@code property} when set, else {@code ~/.pipewright/<name>}. */
    public static Path location(String property, String name) {
        String override = System.getProperty(property);
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(System.getProperty("user.home"), ".pipewright", name);
    }
}
