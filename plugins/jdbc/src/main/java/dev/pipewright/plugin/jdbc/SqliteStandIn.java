package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A SQLite file standing in for a SQL database: {@code {"sqlite": "data/sales.sqlite", "init": "data/sales.sql"}}.
 * When the file does not exist it is created from the script at first use — next to where the binding names it
 * when that folder is writable (a checkout), else in the per-user cache (an installed, read-only copy such as
 * /opt/pipewright): {@code $XDG_CACHE_HOME/pipewright/stand-ins/} or {@code ~/.cache/pipewright/stand-ins/}
 * (the system property {@value #CACHE_PROPERTY} overrides the cache folder). A cached copy older than its
 * script is made again. What test connection shows is the file actually opened.
 */
final class SqliteStandIn {
    static final String CACHE_PROPERTY = "pipewright.cache";
    /** Treats every stand-in folder as read-only (tests run as root, where permission bits do not stop writes). */
    static final String READ_ONLY_PROPERTY = "pipewright.standIns.readOnly";

    private SqliteStandIn() {
    }

    static JdbcTarget target(LinkedServiceSpec ls) throws ConnectorException {
        Path file = ls.localPath("sqlite").orElseThrow();
        String shown = ls.localEndpoint().string("sqlite", "");
        if (!Files.exists(file)) {
            Path init = ls.localPath("init").orElse(null);
            if (init == null) {
                throw new ConnectorException(Failure.NOT_FOUND, "SQLite file " + shown + " does not exist",
                        "Create it, or add \"init\": \"<script.sql>\" to the binding to create it on first use");
            }
            String initShown = ls.localEndpoint().string("init", "");
            if (!writable(file.getParent())) {
                file = cached(file);
                shown = file + " (made from " + initShown + ", as " + ls.localEndpoint().string("sqlite", "") + " is in a read-only folder)";
            }
            create(file, init, initShown);
        }
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // read-only: preview and test connection never write
        return new JdbcTarget("jdbc:sqlite:" + file, p, "SQLite file " + shown, true);
    }

    /** Whether a file can be created in the folder: tried for real (permission bits, read-only mounts, ACLs). */
    static boolean writable(Path folder) {
        if (Boolean.getBoolean(READ_ONLY_PROPERTY) || folder == null || !Files.isDirectory(folder)) return false;
        try {
            Path probe = Files.createTempFile(folder, ".pipewright-", ".probe");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The cache's copy of {@code file}: one folder per original location, so two bindings never share a file. */
    static Path cached(Path file) {
        return cacheRoot().resolve("stand-ins").resolve(hash(file.toAbsolutePath().normalize().getParent().toString())).resolve(file.getFileName());
    }

    static Path cacheRoot() {
        String override = System.getProperty(CACHE_PROPERTY);
        if (override != null && !override.isBlank()) return Path.of(override);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "pipewright");
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) return Path.of(local, "Pipewright", "cache");
        return Path.of(System.getProperty("user.home"), ".cache", "pipewright");
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Creates the SQLite file from a committed SQL script (demo data is kept as text, not as a binary file). */
    private static synchronized void create(Path file, Path init, String shown) throws ConnectorException {
        try {
            if (Files.exists(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(init)) >= 0) return;
        } catch (IOException e) {
            throw new ConnectorException(Failure.NOT_FOUND, "SQLite init script " + shown + " cannot be read", "Check the binding's init path", e);
        }
        String sql;
        try {
            sql = Files.readString(init, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConnectorException(Failure.NOT_FOUND, "SQLite init script " + shown + " cannot be read", "Check the binding's init path", e);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".creating");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(tmp);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                for (String stmt : sql.split(";\\s*(\\r?\\n|$)")) {
                    if (!stmt.isBlank()) st.execute(stmt);
                }
                c.commit();
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next try starts over
            }
            throw new ConnectorException(Failure.CONFIG, "SQLite init script " + shown + " failed: " + e.getMessage(), "Fix the script", e);
        }
    }
}
