package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.RowStream;
import dev.pipewright.plugins.api.ScriptResult;
import dev.pipewright.plugins.api.WriteRequest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Writes a copy's rows into a table and runs scripts, each in one transaction that is rolled back on any
 * failure or cancel, so the database is left as it was. A SQLite stand-in is opened for writing here (reads
 * and previews open it read-only). PostgreSQL takes text values into typed columns ({@code stringtype=unspecified})
 * and loads rows with {@code COPY … FROM STDIN} ({@link PostgresCopy}).
 */
final class JdbcWriter {
    static final int DEFAULT_BATCH = 10_000;
    static final int MAX_SCRIPT_ROWS = 5_000;

    private JdbcWriter() {
    }

    static long write(DatasetSpec ds, WriteRequest request, RowStream rows, CallContext ctx) throws ConnectorException {
        JdbcTarget t = JdbcTarget.of(ds.linkedService(), ctx.timeout());
        try (Connection c = open(t, ctx)) {
            c.setAutoCommit(false);
            try {
                if (request.preCopyScript() != null && !request.preCopyScript().isBlank()) statements(c, t, request.preCopyScript(), null);
                String table = JdbcConnector.table(c, ds.properties(), t, ds.name());
                if (request.autoCreate()) create(c, t, table, request.columns());
                long written = insert(c, t, table, request, rows, ctx);
                c.commit();
                return written;
            } catch (SQLException | ConnectorException | RuntimeException e) {
                rollback(c);
                if (e instanceof SQLException s) throw SqlErrors.of(s, t.label());
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.of(e, t.label());
        }
    }

    static ScriptResult execute(LinkedServiceSpec ls, String script, CallContext ctx) throws ConnectorException {
        JdbcTarget t = JdbcTarget.of(ls, ctx.timeout());
        try (Connection c = open(t, ctx)) {
            c.setAutoCommit(false);
            try {
                List<ScriptResult.ResultSet> sets = new ArrayList<>();
                long affected = statements(c, t, script, sets);
                c.commit();
                return new ScriptResult(sets, affected);
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                if (e instanceof SQLException s) throw SqlErrors.of(s, t.label());
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.of(e, t.label());
        }
    }

    /**
     * Inserts in batches (PostgreSQL: COPY). SQLite runs each statement natively, so there several rows go in one
     * statement (at most 999 parameters); other databases batch single-row statements.
     */
    private static long insert(Connection c, JdbcTarget t, String table, WriteRequest request, RowStream rows, CallContext ctx)
            throws SQLException, ConnectorException {
        List<Column> columns = request.columns();
        if (t.url().startsWith("jdbc:postgresql:") && !columns.isEmpty() && request.skipped() == null) return PostgresCopy.copy(c, table, columns, rows, ctx);
        if (request.skipped() != null) return insertSkipping(c, table, request, rows, ctx);
        int width = Math.max(1, columns.size());
        int perStatement = t.sqlite() ? Math.max(1, Math.min(100, 999 / width)) : 1;
        int batch = Math.max(1, (request.batchSize() > 0 ? request.batchSize() : DEFAULT_BATCH) / perStatement);
        long written = 0;
        try (PreparedStatement many = c.prepareStatement(insertSql(table, columns, perStatement));
             PreparedStatement one = perStatement == 1 ? many : c.prepareStatement(insertSql(table, columns, 1))) {
            ctx.onCancel(() -> cancel(many));
            Object[][] held = new Object[perStatement][];
            int inHand = 0;
            int pending = 0;
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                held[inHand++] = row;
                written++;
                if (inHand < perStatement) continue;
                for (int r = 0; r < perStatement; r++) bind(many, r * columns.size(), columns.size(), held[r]);
                many.addBatch();
                inHand = 0;
                if (++pending == batch) {
                    ctx.checkCancelled();
                    many.executeBatch();
                    pending = 0;
                    ctx.progress(written + " rows written");
                }
            }
            if (pending > 0) many.executeBatch();
            for (int r = 0; r < inHand; r++) {
                bind(one, 0, columns.size(), held[r]);
                one.addBatch();
            }
            if (inHand > 0) one.executeBatch();
            ctx.checkCancelled();
        }
        return written;
    }

    /**
     * Fault tolerance: each row in its own savepoint, so a row the table refuses (a type, a constraint) is rolled
     * back alone, reported, and skipped; the rest commit with the copy's transaction.
     */
    private static long insertSkipping(Connection c, String table, WriteRequest request, RowStream rows, CallContext ctx)
            throws SQLException, ConnectorException {
        List<Column> columns = request.columns();
        long written = 0;
        long number = 0;
        try (PreparedStatement one = c.prepareStatement(insertSql(table, columns, 1)); Statement sp = c.createStatement()) {
            ctx.onCancel(() -> cancel(one));
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                number++;
                bind(one, 0, columns.size(), row);
                sp.execute("SAVEPOINT pw_row");
                try {
                    one.executeUpdate();
                    sp.execute("RELEASE SAVEPOINT pw_row");
                    written++;
                } catch (SQLException refused) {
                    sp.execute("ROLLBACK TO SAVEPOINT pw_row");
                    sp.execute("RELEASE SAVEPOINT pw_row");
                    request.skipped().accept("row " + number + ": " + refused.getMessage());
                }
                if (number % 10_000 == 0) ctx.checkCancelled();
            }
            ctx.checkCancelled();
        }
        return written;
    }

    private static String insertSql(String table, List<Column> columns, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
        for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i).name()));
        String one = "(" + "?, ".repeat(Math.max(0, columns.size() - 1)) + (columns.isEmpty() ? "" : "?") + ")";
        sql.append(") VALUES ").append(one);
        for (int r = 1; r < rows; r++) sql.append(", ").append(one);
        return sql.toString();
    }

    private static void bind(PreparedStatement st, int offset, int width, Object[] row) throws SQLException {
        for (int i = 0; i < width; i++) {
            Object v = i < row.length ? row[i] : null;
            if (v instanceof String s) st.setString(offset + i + 1, s);
            else st.setObject(offset + i + 1, bindable(v));
        }
    }

    private static Object bindable(Object v) {
        if (v instanceof java.time.LocalDateTime d) return java.sql.Timestamp.valueOf(d);
        if (v instanceof java.time.LocalDate d) return java.sql.Date.valueOf(d);
        return v;
    }

    private static void create(Connection c, JdbcTarget t, String table, List<Column> columns) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Column col : columns) sql.append(sql.isEmpty() ? "" : ", ").append(quote(col.name())).append(' ').append(sqlType(col, t));
        String ddl = t.sqlServer()
                ? "IF OBJECT_ID(N'" + table.replace("'", "''") + "') IS NULL CREATE TABLE " + table + " (" + sql + ")"
                : "CREATE TABLE IF NOT EXISTS " + table + " (" + sql + ")";
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
        }
    }

    private static String sqlType(Column col, JdbcTarget t) {
        boolean pg = t.url().startsWith("jdbc:postgresql:");
        return switch (col.type()) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> t.sqlServer() ? "FLOAT" : pg ? "DOUBLE PRECISION" : "REAL";
            case BOOLEAN -> t.sqlServer() ? "BIT" : "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> t.sqlServer() ? "DATETIME2" : "TIMESTAMP";
            case BINARY -> t.sqlServer() ? "VARBINARY(MAX)" : pg ? "BYTEA" : "BLOB";
            default -> t.sqlServer() ? "NVARCHAR(MAX)" : "TEXT";
        };
    }

    /**
     * Runs a script's statements. SQLite runs one statement per call, so its script is split at top-level semicolons,
     * and a stand-in reads {@code schema.table} after FROM or JOIN as its {@code schema_table} ({@link StandInQuery}).
     */
    private static long statements(Connection c, JdbcTarget t, String script, List<ScriptResult.ResultSet> sets) throws SQLException {
        long affected = 0;
        List<String> parts = t.sqlite() ? split(script) : List.of(script);
        try (Statement st = c.createStatement()) {
            for (String written : parts) {
                String part = t.sqlite() ? StandInQuery.rewrite(written, name -> tableExists(c, name)) : written;
                boolean result = st.execute(part);
                if (t.sqlite()) { // one statement per call; the driver's update count after a query is stale
                    if (result) {
                        try (ResultSet rs = st.getResultSet()) {
                            if (sets != null) sets.add(rows(rs));
                        }
                    } else {
                        affected += Math.max(0, st.getUpdateCount());
                    }
                    continue;
                }
                while (true) {
                    if (result) {
                        try (ResultSet rs = st.getResultSet()) {
                            if (sets != null) sets.add(rows(rs));
                        }
                    } else {
                        int count = st.getUpdateCount();
                        if (count == -1) break;
                        affected += count;
                    }
                    result = st.getMoreResults();
                }
            }
        }
        return affected;
    }

    private static ScriptResult.ResultSet rows(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) columns.add(new Column(md.getColumnLabel(i), JdbcRows.type(md.getColumnType(i), md.getColumnTypeName(i))));
        List<Object[]> rows = new ArrayList<>();
        while (rs.next() && rows.size() < MAX_SCRIPT_ROWS) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) row[i] = JdbcRows.value(rs.getObject(i + 1));
            rows.add(row);
        }
        return new ScriptResult.ResultSet(columns, rows);
    }

    /** Statements separated by semicolons outside quotes and comments; empty ones dropped. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char ch = script.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                continue;
            } else if (ch == ';') {
                if (!cur.toString().isBlank()) out.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }

    /** A connection that may write: SQLite without read-only mode, PostgreSQL with untyped text parameters and rewritten batches. */
    private static Connection open(JdbcTarget t, CallContext ctx) throws SQLException {
        Properties p = new Properties();
        p.putAll(t.props());
        p.remove("open_mode");
        if (t.url().startsWith("jdbc:postgresql:")) {
            p.setProperty("stringtype", "unspecified");
            p.setProperty("reWriteBatchedInserts", "true");
        }
        ctx.progress("connecting to " + t.label());
        Connection c = DriverManager.getConnection(t.url(), p);
        ctx.onCancel(() -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the writer sees the closed connection and rolls back
            }
        });
        return c;
    }

    private static boolean tableExists(Connection c, String table) {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        } catch (SQLException e) {
            return false; // the statement then runs as written and SQLite says what is wrong with it
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // a closed (cancelled) connection has rolled back already
        }
    }

    private static void cancel(Statement st) {
        try {
            st.cancel();
        } catch (SQLException ignored) {
            // the connection is closed next
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
