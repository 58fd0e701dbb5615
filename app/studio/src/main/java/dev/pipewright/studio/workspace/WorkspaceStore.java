package dev.pipewright.studio.workspace;

import dev.pipewright.git.GitSettings;
import dev.pipewright.git.GitSettingsStore;
import dev.pipewright.runtime.secrets.SqliteFile;
import dev.pipewright.studio.canvas.PositionStore;
import dev.pipewright.studio.canvas.Positions;
import dev.pipewright.studio.hub.profile.ActiveProfiles;
import javafx.geometry.Point2D;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The studio's local workspace (SQLite, {@code ~/.pipewright/workspace.db} or {@code -Dpipewright.workspace}):
 * canvas positions per factory, pipeline and activity list, the recently opened factories and the environment
 * profile last made active for each factory, and the git settings of each working copy (collaboration and publish
 * branch, root folder: never in factory files). Writes go to one
 * background thread; reads are single small queries.
 */
public final class WorkspaceStore implements PositionStore, RecentFactories, ActiveProfiles, GitSettingsStore, Sessions, EditJournal, AutoCloseable {
    public static final String LOCATION_PROPERTY = "pipewright.workspace";
    static final int RECENT_LIMIT = 10;

    private final Connection db;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pipewright-workspace");
        t.setDaemon(true);
        return t;
    });

    private WorkspaceStore(Connection db) {
        this.db = db;
    }

    public static WorkspaceStore open(Path file) {
        return new WorkspaceStore(SqliteFile.open(file,
                "CREATE TABLE IF NOT EXISTS position (root TEXT NOT NULL, pipeline TEXT NOT NULL, list TEXT NOT NULL,"
                        + " activity TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, PRIMARY KEY (root, pipeline, list, activity))",
                "CREATE TABLE IF NOT EXISTS recent (root TEXT PRIMARY KEY, opened INTEGER NOT NULL)",
                "CREATE TABLE IF NOT EXISTS active_profile (root TEXT PRIMARY KEY, file TEXT)",
                "CREATE TABLE IF NOT EXISTS git_settings (work_tree TEXT PRIMARY KEY, collaboration_branch TEXT NOT NULL,"
                        + " publish_branch TEXT NOT NULL, root_folder TEXT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS session (root TEXT PRIMARY KEY, tabs TEXT NOT NULL, active TEXT,"
                        + " x REAL, y REAL, width REAL, height REAL, maximized INTEGER)",
                "CREATE TABLE IF NOT EXISTS journal (root TEXT NOT NULL, path TEXT NOT NULL, text TEXT NOT NULL,"
                        + " typed INTEGER NOT NULL, saved INTEGER NOT NULL, PRIMARY KEY (root, path))"));
    }

    /** The store in its standard place, or where {@code -Dpipewright.workspace} says. */
    public static Path defaultLocation() {
        return SqliteFile.location(LOCATION_PROPERTY, "workspace.db");
    }

    @Override
    public synchronized Positions load(Path factoryRoot, String pipeline) {
        Positions positions = new Positions();
        try (PreparedStatement st = db.prepareStatement("SELECT list, activity, x, y FROM position WHERE root = ? AND pipeline = ?")) {
            st.setString(1, key(factoryRoot));
            st.setString(2, pipeline);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) positions.of(rs.getString(1)).put(rs.getString(2), new Point2D(rs.getDouble(3), rs.getDouble(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read canvas positions: " + e.getMessage(), e);
        }
        return positions;
    }

    @Override
    public void save(Path factoryRoot, String pipeline, Positions positions) {
        Map<String, Map<String, Point2D>> copy = new HashMap<>();
        positions.all().forEach((list, map) -> copy.put(list, new HashMap<>(map)));
        queue(() -> write(key(factoryRoot), pipeline, copy));
    }

    private synchronized void write(String root, String pipeline, Map<String, Map<String, Point2D>> positions) {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement del = db.prepareStatement("DELETE FROM position WHERE root = ? AND pipeline = ?");
                 PreparedStatement ins = db.prepareStatement("INSERT INTO position VALUES (?, ?, ?, ?, ?, ?)")) {
                del.setString(1, root);
                del.setString(2, pipeline);
                del.executeUpdate();
                for (var list : positions.entrySet()) {
                    for (var p : list.getValue().entrySet()) {
                        ins.setString(1, root);
                        ins.setString(2, pipeline);
                        ins.setString(3, list.getKey());
                        ins.setString(4, p.getKey());
                        ins.setDouble(5, p.getValue().getX());
                        ins.setDouble(6, p.getValue().getY());
                        ins.addBatch();
                    }
                }
                ins.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
        } finally {
            autoCommit();
        }
    }

    @Override
    public void opened(Path factoryRoot) {
        String root = key(factoryRoot);
        long now = System.currentTimeMillis();
        queue(() -> update("INSERT INTO recent VALUES (?, ?) ON CONFLICT(root) DO UPDATE SET opened = excluded.opened", root, now));
    }

    @Override
    public synchronized List<Path> recent() {
        List<Path> roots = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT root FROM recent ORDER BY opened DESC LIMIT " + RECENT_LIMIT);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) roots.add(Path.of(rs.getString(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read recent factories: " + e.getMessage(), e);
        }
        return roots;
    }

    @Override
    public synchronized java.util.Map<Path, java.time.Instant> openedTimes() {
        java.util.Map<Path, java.time.Instant> times = new java.util.HashMap<>();
        try (PreparedStatement st = db.prepareStatement("SELECT root, opened FROM recent ORDER BY opened DESC LIMIT " + RECENT_LIMIT);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) times.put(Path.of(rs.getString(1)), java.time.Instant.ofEpochMilli(rs.getLong(2)));
        } catch (SQLException e) {
            return java.util.Map.of(); // the list still shows, without times
        }
        return times;
    }

    @Override
    public synchronized Optional<Path> profileFor(Path factoryRoot) {
        try (PreparedStatement st = db.prepareStatement("SELECT file FROM active_profile WHERE root = ?")) {
            st.setString(1, key(factoryRoot));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? Optional.of(Path.of(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // a lost choice only means opening without a profile
        }
    }

    @Override
    public void remember(Path factoryRoot, Path profileFile) {
        String root = key(factoryRoot);
        String file = profileFile == null ? null : key(profileFile);
        queue(() -> {
            synchronized (this) {
                try (PreparedStatement st = db.prepareStatement(
                        "INSERT INTO active_profile VALUES (?, ?) ON CONFLICT(root) DO UPDATE SET file = excluded.file")) {
                    st.setString(1, root);
                    st.setString(2, file);
                    st.executeUpdate();
                } catch (SQLException e) {
                    // as with "recent": not worth interrupting the user for
                }
            }
        });
    }

    @Override
    public synchronized Optional<GitSettings> gitSettings(Path workTree) {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT collaboration_branch, publish_branch, root_folder FROM git_settings WHERE work_tree = ?")) {
            st.setString(1, key(workTree));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new GitSettings(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // found again from the repository
        }
    }

    /** Written at once (not queued): the next open of the working copy reads it. */
    @Override
    public synchronized void saveGitSettings(Path workTree, GitSettings settings) {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO git_settings VALUES (?, ?, ?, ?) ON CONFLICT(work_tree) DO UPDATE SET"
                + " collaboration_branch = excluded.collaboration_branch, publish_branch = excluded.publish_branch, root_folder = excluded.root_folder")) {
            st.setString(1, key(workTree));
            st.setString(2, settings.collaborationBranch());
            st.setString(3, settings.publishBranch());
            st.setString(4, settings.rootFolder());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep the git settings: " + e.getMessage(), e);
        }
    }

    private synchronized void update(String sql, String root, long opened) {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, root);
            st.setLong(2, opened);
            st.executeUpdate();
        } catch (SQLException e) {
            // a lost "recent" entry is not worth interrupting the user for
        }
    }

    @Override
    public void remember(Path factoryRoot, Session session) {
        String root = key(factoryRoot);
        queue(() -> {
            synchronized (this) {
                try (PreparedStatement st = db.prepareStatement("INSERT OR REPLACE INTO session VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    st.setString(1, root);
                    st.setString(2, String.join("\n", session.tabs()));
                    st.setString(3, session.active());
                    Bounds b = session.window();
                    if (b == null) {
                        for (int i = 4; i <= 8; i++) st.setNull(i, java.sql.Types.NULL);
                    } else {
                        st.setDouble(4, b.x());
                        st.setDouble(5, b.y());
                        st.setDouble(6, b.width());
                        st.setDouble(7, b.height());
                        st.setInt(8, b.maximized() ? 1 : 0);
                    }
                    st.executeUpdate();
                } catch (SQLException e) {
                    // a lost session is not worth interrupting the user for: the factory opens as new
                }
            }
        });
    }

    @Override
    public synchronized Optional<Session> sessionOf(Path factoryRoot) {
        try (PreparedStatement st = db.prepareStatement("SELECT tabs, active, x, y, width, height, maximized FROM session WHERE root = ?")) {
            st.setString(1, key(factoryRoot));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                String tabs = rs.getString(1);
                double width = rs.getDouble(5);
                Bounds bounds = rs.wasNull() ? null : new Bounds(rs.getDouble(3), rs.getDouble(4), width, rs.getDouble(6), rs.getInt(7) == 1);
                return Optional.of(new Session(tabs.isEmpty() ? List.of() : List.of(tabs.split("\n")), rs.getString(2), bounds));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    @Override
    public void journal(Path factoryRoot, List<Entry> entries) {
        String root = key(factoryRoot);
        List<Entry> copy = List.copyOf(entries);
        queue(() -> {
            synchronized (this) {
                try {
                    db.setAutoCommit(false);
                    try (PreparedStatement clear = db.prepareStatement("DELETE FROM journal WHERE root = ?");
                         PreparedStatement add = db.prepareStatement("INSERT INTO journal VALUES (?, ?, ?, ?, ?)")) {
                        clear.setString(1, root);
                        clear.executeUpdate();
                        for (Entry e : copy) {
                            add.setString(1, root);
                            add.setString(2, e.path());
                            add.setString(3, e.text());
                            add.setInt(4, e.typed() ? 1 : 0);
                            add.setLong(5, e.saved());
                            add.executeUpdate();
                        }
                    }
                    db.commit();
                } catch (SQLException e) {
                    rollback(); // the previous journal stays: still the last edits known
                } finally {
                    autoCommit();
                }
            }
        });
    }

    @Override
    public synchronized List<Entry> journaled(Path factoryRoot) {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT path, text, typed, saved FROM journal WHERE root = ? ORDER BY path")) {
            st.setString(1, key(factoryRoot));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getLong(4)));
            }
        } catch (SQLException e) {
            return List.of();
        }
        return entries;
    }

    /**
     * Queues a write on the store's thread. After {@link #close()} a write is dropped (a window still open as the
     * store closes, e.g. an edit journaled in the last moment): losing it is better than failing the caller.
     */
    private void queue(Runnable write) {
        try {
            writer.execute(write);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the store is closed
        }
    }

    /** Waits until queued writes are done (tests, and before closing). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Workspace writes did not finish", e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable: nothing more to undo
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above
        }
    }

    private static String key(Path root) {
        return root.toAbsolutePath().normalize().toString();
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing at exit
        }
    }
}
