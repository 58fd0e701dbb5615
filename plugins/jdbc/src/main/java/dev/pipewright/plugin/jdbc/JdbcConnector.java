package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import dev.pipewright.plugins.api.ScriptResult;
import dev.pipewright.plugins.api.WriteRequest;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL linked services: PostgreSQL, and Azure SQL Database, SQL Server, Synapse (SQL DW) and SQL MI with
 * Microsoft's JDBC driver — or any of them through the profile's stand-in (a SQLite file, or a JDBC URL).
 * Table datasets and queries; previews put the row limit in the query ({@code LIMIT n}, {@code TOP (n)}).
 */
public final class JdbcConnector implements Connector {
    @Override
    public String id() {
        return "jdbc";
    }

    @Override
    public Set<String> linkedServiceTypes() {
        return Set.of("AzureSqlDatabase", "SqlServer", "AzureSqlDW", "AzureSqlMI", "PostgreSql", "AzurePostgreSql");
    }

    @Override
    public Set<String> datasetTypes() {
        return Set.of("AzureSqlTable", "SqlServerTable", "AzureSqlDWTable", "AzureSqlMITable", "PostgreSqlTable", "AzurePostgreSqlTable");
    }

    @Override
    public String testConnection(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        JdbcTarget t = JdbcTarget.of(ls, ctx.timeout());
        try (Connection c = open(t, ctx)) {
            DatabaseMetaData md = c.getMetaData();
            try (Statement st = c.createStatement()) {
                st.setQueryTimeout((int) Math.max(1, ctx.timeout().toSeconds()));
                st.executeQuery(t.sqlite() ? "SELECT count(*) FROM sqlite_master" : "SELECT 1").close(); // SQLite opens files lazily
            }
            String db = t.sqlite() ? "" : ", database " + c.getCatalog();
            return t.label() + ": " + md.getDatabaseProductName() + " " + md.getDatabaseProductVersion() + db;
        } catch (SQLException e) {
            throw SqlErrors.of(e, t.label());
        }
    }

    @Override
    public List<Entry> browse(LinkedServiceSpec ls, String path, CallContext ctx) throws ConnectorException {
        JdbcTarget t = JdbcTarget.of(ls, ctx.timeout());
        List<Entry> entries = new ArrayList<>();
        try (Connection c = open(t, ctx)) {
            DatabaseMetaData md = c.getMetaData();
            if (path.isEmpty() && !t.sqlite()) {
                try (ResultSet rs = md.getSchemas()) {
                    while (rs.next()) {
                        String s = rs.getString("TABLE_SCHEM");
                        if (!systemSchema(s)) entries.add(new Entry(s, "schema", s, -1));
                    }
                }
                return entries;
            }
            String schema = t.sqlite() ? null : path;
            try (ResultSet rs = md.getTables(null, schema, "%", new String[]{"TABLE", "VIEW"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String kind = "VIEW".equals(rs.getString("TABLE_TYPE")) ? "view" : "table";
                    entries.add(new Entry(name, kind, schema == null ? name : schema + "." + name, -1));
                }
            }
            if (!t.sqlite()) {
                try (ResultSet rs = md.getProcedures(null, schema, "%")) {
                    while (rs.next()) {
                        String name = rs.getString("PROCEDURE_NAME");
                        entries.add(new Entry(name, "procedure", schema + "." + name, -1));
                    }
                }
            }
            return entries;
        } catch (SQLException e) {
            throw SqlErrors.of(e, t.label());
        }
    }

    @Override
    public RowStream read(DatasetSpec ds, long limit, CallContext ctx) throws ConnectorException {
        JdbcTarget t = JdbcTarget.of(ds.linkedService(), ctx.timeout());
        Connection c = open(t, ctx);
        try {
            String query = ds.query() != null && !ds.query().isBlank() ? ds.query() : null;
            if (query != null && t.sqlite()) query = StandInQuery.rewrite(query, name -> existsQuietly(c, name));
            String from = query != null ? "(" + query + ") q" : table(c, ds.properties(), t, ds.name());
            String sql = t.sqlServer() ? "SELECT " + (limit >= 0 ? "TOP (" + limit + ") " : "") + "* FROM " + from
                    : "SELECT * FROM " + from + (limit >= 0 ? " LIMIT " + limit : "");
            Statement st = c.createStatement();
            ctx.onCancel(() -> cancel(st));
            st.setQueryTimeout((int) Math.max(1, ctx.timeout().toSeconds()));
            if (!t.sqlite()) {
                c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                st.setFetchSize(500);
            }
            ctx.progress("querying " + t.label());
            return new JdbcRows(c, st, st.executeQuery(sql), t.label());
        } catch (SQLException e) {
            close(c);
            throw SqlErrors.of(e, t.label());
        } catch (ConnectorException | RuntimeException e) {
            close(c);
            throw e;
        }
    }

    @Override
    public long write(DatasetSpec ds, WriteRequest request, RowStream rows, CallContext ctx) throws ConnectorException {
        return JdbcWriter.write(ds, request, rows, ctx);
    }

    @Override
    public ScriptResult execute(LinkedServiceSpec ls, String script, CallContext ctx) throws ConnectorException {
        return JdbcWriter.execute(ls, script, ctx);
    }

    /**
     * The quoted table of a table dataset ({@code schema} + {@code table}, or the older {@code tableName}). In a
     * SQLite stand-in, which has no schemas, table {@code dbo.Stores} is {@code dbo_Stores} if it exists, else {@code Stores}.
     */
    static String table(Connection c, Props p, JdbcTarget t, String dataset) throws SQLException, ConnectorException {
        String schema = p.string("schema").orElse(null);
        String table = p.string("table").orElse(null);
        if (table == null && p.has("tableName")) {
            String[] parts = p.string("tableName", "").replace("[", "").replace("]", "").split("\\.", 2);
            schema = parts.length == 2 ? parts[0] : schema;
            table = parts[parts.length - 1];
        }
        if (table == null) {
            throw new ConnectorException(Failure.CONFIG, "Dataset " + dataset + " names no table", "Set the dataset's schema and table, or preview a query");
        }
        if (t.sqlite()) {
            if (schema != null && exists(c, schema + "_" + table)) return quote(schema + "_" + table);
            return quote(table);
        }
        return schema == null ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** PostgreSQL's pg_* and information_schema; SQL Server's sys, INFORMATION_SCHEMA, guest and the db_* role schemas. */
    static boolean systemSchema(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("pg_") || l.equals("information_schema") || l.equals("sys") || l.equals("guest") || l.startsWith("db_");
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static boolean existsQuietly(Connection c, String table) {
        try {
            return exists(c, table);
        } catch (SQLException e) {
            return false; // the query then runs as written and SQLite says what is wrong with it
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static Connection open(JdbcTarget t, CallContext ctx) throws ConnectorException {
        ctx.progress("connecting to " + t.label());
        try {
            Connection c = t.open();
            ctx.onCancel(() -> close(c));
            return c;
        } catch (SQLException e) {
            throw SqlErrors.of(e, t.label());
        }
    }

    private static void cancel(Statement st) {
        try {
            st.cancel();
        } catch (SQLException ignored) {
            // the connection is closed next
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }
}
