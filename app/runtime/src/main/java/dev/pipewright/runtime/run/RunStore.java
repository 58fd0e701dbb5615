package dev.pipewright.runtime.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.runtime.secrets.SqliteFile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run history in a local SQLite file (kept across restarts): one row per pipeline run (child runs too) and
 * one per activity run, stored as their ADF-shaped JSON. A run is written InProgress when it starts and
 * completely, in one transaction, when it ends; a run left InProgress by a process that is gone is marked
 * Cancelled when the store is next opened. Runs are kept per factory ({@code scope}: the factory root).
 */
public final class RunStore implements RunListener, AutoCloseable {
    public static final String LOCATION_PROPERTY = "pipewright.runs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final String scope;

    private RunStore(Connection db, String scope) {
        this.db = db;
        this.scope = scope;
    }

    /** {@code ~/.pipewright/runs.db}, or the system property {@value #LOCATION_PROPERTY}. */
    public static Path defaultLocation() {
        return SqliteFile.location(LOCATION_PROPERTY, "runs.db");
    }

    /** @throws RunStoreException when the file cannot be opened */
    public static RunStore open(Path file, String scope) {
        try {
            RunStore store = new RunStore(SqliteFile.open(file,
                    "CREATE TABLE IF NOT EXISTS pipeline_run (run_id TEXT PRIMARY KEY, scope TEXT NOT NULL, pipeline TEXT NOT NULL,"
                            + " status TEXT NOT NULL, run_start TEXT NOT NULL, parent_run_id TEXT, pid INTEGER NOT NULL, record TEXT NOT NULL)",
                    "CREATE INDEX IF NOT EXISTS pipeline_run_by_start ON pipeline_run (scope, run_start)",
                    "CREATE TABLE IF NOT EXISTS activity_run (activity_run_id TEXT PRIMARY KEY, run_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                            + " record TEXT NOT NULL)",
                    "CREATE INDEX IF NOT EXISTS activity_run_by_run ON activity_run (run_id, seq)"), scope);
            store.recover();
            return store;
        } catch (IllegalStateException e) {
            throw new RunStoreException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void started(PipelineRun run) {
        try {
            write(run);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized void finished(PipelineRun run) {
        try {
            db.setAutoCommit(false);
            try {
                write(run);
                try (PreparedStatement del = db.prepareStatement("DELETE FROM activity_run WHERE run_id = ?")) {
                    del.setString(1, run.runId());
                    del.executeUpdate();
                }
                try (PreparedStatement ins = db.prepareStatement("INSERT INTO activity_run (activity_run_id, run_id, seq, record) VALUES (?, ?, ?, ?)")) {
                    int seq = 0;
                    for (ActivityRun a : run.activityRuns()) {
                        ins.setString(1, a.activityRunId());
                        ins.setString(2, run.runId());
                        ins.setInt(3, seq++);
                        ins.setString(4, text(RunJson.activityRun(a)));
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void write(PipelineRun run) throws SQLException {
        ObjectNode record = RunJson.pipelineRun(run);
        record.remove(List.of("activityRuns", "childRuns"));
        String parent = run.invokedBy().path("pipelineRunId").asText(null);
        try (PreparedStatement st = db.prepareStatement("INSERT OR REPLACE INTO pipeline_run (run_id, scope, pipeline, status, run_start, parent_run_id, pid, record)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, run.runId());
            st.setString(2, scope);
            st.setString(3, run.pipelineName());
            st.setString(4, run.status().label());
            st.setString(5, RunJson.time(run.runStart()));
            st.setString(6, parent);
            st.setLong(7, ProcessHandle.current().pid());
            st.setString(8, text(record));
            st.executeUpdate();
        }
    }

    /** The newest runs first (child runs included), without their activity runs. */
    public synchronized List<JsonNode> list(int limit) {
        List<JsonNode> runs = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT record FROM pipeline_run WHERE scope = ? ORDER BY run_start DESC, rowid DESC LIMIT ?")) {
            st.setString(1, scope);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) runs.add(JSON.readTree(rs.getString(1)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure(e);
        }
        return runs;
    }

    /** One run with its activity runs, as {@code pipewright run --format json} printed it (child runs by id). */
    public synchronized Optional<JsonNode> get(String runId) {
        try (PreparedStatement st = db.prepareStatement("SELECT record FROM pipeline_run WHERE scope = ? AND run_id = ?")) {
            st.setString(1, scope);
            st.setString(2, runId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                ObjectNode run = (ObjectNode) JSON.readTree(rs.getString(1));
                ArrayNode activities = run.putArray("activityRuns");
                try (PreparedStatement a = db.prepareStatement("SELECT record FROM activity_run WHERE run_id = ? ORDER BY seq")) {
                    a.setString(1, runId);
                    try (ResultSet ars = a.executeQuery()) {
                        while (ars.next()) activities.add(JSON.readTree(ars.getString(1)));
                    }
                }
                return Optional.of(run);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure(e);
        }
    }

    /** Runs left InProgress by a process that no longer runs: they can never end, so they are Cancelled. */
    private void recover() {
        List<String[]> stale = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT run_id, pid, record FROM pipeline_run WHERE status = 'InProgress'")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (ProcessHandle.of(rs.getLong(2)).map(ProcessHandle::isAlive).orElse(false)) continue;
                    stale.add(new String[] {rs.getString(1), rs.getString(3)});
                }
            }
            for (String[] s : stale) {
                ObjectNode record = (ObjectNode) JSON.readTree(s[1]);
                record.put("status", RunStatus.CANCELLED.label());
                record.put("message", "Pipewright stopped before the run ended");
                try (PreparedStatement up = db.prepareStatement("UPDATE pipeline_run SET status = ?, record = ? WHERE run_id = ?")) {
                    up.setString(1, RunStatus.CANCELLED.label());
                    up.setString(2, text(record));
                    up.setString(3, s[0]);
                    up.executeUpdate();
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure(e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunStoreException failure(Exception e) {
        return new RunStoreException("Run store: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The store cannot be read or written (PW976). */
    public static final class RunStoreException extends RuntimeException {
        RunStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
