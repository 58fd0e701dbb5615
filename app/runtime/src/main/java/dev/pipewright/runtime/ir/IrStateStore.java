package dev.pipewright.runtime.ir;

import dev.pipewright.runtime.secrets.SqliteFile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the embedded runtime remembers about integration runtimes between sessions, in a local SQLite file
 * (nothing secret: keys live in the secret store): Azure-SSIS lifecycle states and self-hosted IR nodes.
 * Location: the system property {@value #LOCATION_PROPERTY}, else {@code ~/.pipewright/runtime-state.db}.
 */
public final class IrStateStore implements AutoCloseable {
    public static final String LOCATION_PROPERTY = "pipewright.state";

    /** A stored Azure-SSIS state: the state, when it was entered, and when the current transition ends (or null). */
    record SsisRow(SsisState state, Instant since, Instant until) {
    }

    /** A stored self-hosted node. */
    record NodeRow(String node, String machine, boolean thisMachine, int concurrentJobs, Instant registered, Instant lastConnect) {
    }

    private final Connection db;

    private IrStateStore(Connection db) {
        this.db = db;
    }

    public static Path defaultLocation() {
        return SqliteFile.location(LOCATION_PROPERTY, "runtime-state.db");
    }

    public static IrStateStore open(Path file) {
        return new IrStateStore(SqliteFile.open(file,
                "CREATE TABLE IF NOT EXISTS ssis (scope TEXT NOT NULL, ir TEXT NOT NULL, state TEXT NOT NULL, since INTEGER NOT NULL,"
                        + " until INTEGER, PRIMARY KEY (scope, ir))",
                "CREATE TABLE IF NOT EXISTS shir_node (scope TEXT NOT NULL, ir TEXT NOT NULL, node TEXT NOT NULL, machine TEXT NOT NULL,"
                        + " this_machine INTEGER NOT NULL, concurrent_jobs INTEGER NOT NULL, registered INTEGER NOT NULL,"
                        + " last_connect INTEGER NOT NULL, PRIMARY KEY (scope, ir, node))",
                "CREATE TABLE IF NOT EXISTS interactive_authoring (scope TEXT NOT NULL, ir TEXT NOT NULL, enabled INTEGER NOT NULL,"
                        + " ttl INTEGER NOT NULL, PRIMARY KEY (scope, ir))"));
    }

    private static String key(String ir) {
        return ir.toLowerCase(java.util.Locale.ROOT);
    }

    synchronized Optional<SsisRow> ssis(String scope, String ir) {
        try (PreparedStatement st = db.prepareStatement("SELECT state, since, until FROM ssis WHERE scope = ? AND ir = ?")) {
            st.setString(1, scope);
            st.setString(2, key(ir));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                long until = rs.getLong(3);
                Instant end = rs.wasNull() ? null : Instant.ofEpochMilli(until);
                return Optional.of(new SsisRow(SsisState.valueOf(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)), end));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    synchronized void putSsis(String scope, String ir, SsisRow row) {
        update("INSERT OR REPLACE INTO ssis (scope, ir, state, since, until) VALUES (?, ?, ?, ?, ?)", scope, key(ir), row.state().name(),
                row.since().toEpochMilli(), row.until() == null ? null : row.until().toEpochMilli());
    }

    /** Interactive authoring of a managed-VNet Azure IR: enabled and TTL minutes, or empty when never set. */
    synchronized Optional<int[]> interactiveAuthoring(String scope, String ir) {
        try (PreparedStatement st = db.prepareStatement("SELECT enabled, ttl FROM interactive_authoring WHERE scope = ? AND ir = ?")) {
            st.setString(1, scope);
            st.setString(2, key(ir));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new int[]{rs.getInt(1), rs.getInt(2)}) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    synchronized void putInteractiveAuthoring(String scope, String ir, boolean enabled, int ttl) {
        update("INSERT OR REPLACE INTO interactive_authoring (scope, ir, enabled, ttl) VALUES (?, ?, ?, ?)", scope, key(ir),
                enabled ? 1 : 0, ttl);
    }

    synchronized List<NodeRow> nodes(String scope, String ir) {
        try (PreparedStatement st = db.prepareStatement("SELECT node, machine, this_machine, concurrent_jobs, registered, last_connect"
                + " FROM shir_node WHERE scope = ? AND ir = ? ORDER BY registered, node")) {
            st.setString(1, scope);
            st.setString(2, key(ir));
            List<NodeRow> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    list.add(new NodeRow(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getInt(4),
                            Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The self-hosted IRs of {@code scope} this machine is a node of. */
    synchronized List<String> runtimesOfThisMachine(String scope) {
        try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT ir FROM shir_node WHERE scope = ? AND this_machine = 1")) {
            st.setString(1, scope);
            List<String> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) list.add(rs.getString(1));
            }
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    synchronized void putNode(String scope, String ir, NodeRow n) {
        update("INSERT OR REPLACE INTO shir_node (scope, ir, node, machine, this_machine, concurrent_jobs, registered, last_connect)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", scope, key(ir), n.node(), n.machine(), n.thisMachine() ? 1 : 0,
                n.concurrentJobs(), n.registered().toEpochMilli(), n.lastConnect().toEpochMilli());
    }

    synchronized boolean removeNode(String scope, String ir, String node) {
        return update("DELETE FROM shir_node WHERE scope = ? AND ir = ? AND node = ?", scope, key(ir), node) > 0;
    }

    synchronized void touchThisMachine(String scope, Instant now) {
        update("UPDATE shir_node SET last_connect = ? WHERE scope = ? AND this_machine = 1", now.toEpochMilli(), scope);
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Runtime state store: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
