package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import dev.pipewright.plugins.testkit.PostgresServer;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL connector against a real PostgreSQL server started for the test. */
class PostgresConnectorTest {
    private static PostgresServer pg;
    private final JdbcConnector connector = new JdbcConnector();

    @BeforeAll
    static void start() throws Exception {
        pg = PostgresServer.start();
        pg.sql("postgres", "CREATE DATABASE loyalty", "CREATE ROLE reader LOGIN PASSWORD 'reader-pw-1'");
        pg.sql("loyalty",
                "CREATE TABLE members (member_id int PRIMARY KEY, email text NOT NULL, points bigint, joined_on date, score numeric(6,2))",
                "INSERT INTO members SELECT g, 'm' || g || '@example.com', g * 10, DATE '2020-01-01' + g, g / 4.0 FROM generate_series(1, 500) g",
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id int, amount numeric)",
                "CREATE PROCEDURE sales.recalc() LANGUAGE SQL AS 'SELECT 1'");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) pg.close();
    }

    /** A PostgreSql linked service pointing at the server through its own connection string (no stand-in). */
    private static LinkedServiceSpec linkedService(int port, String database, String user, String password) {
        String cs = "host=127.0.0.1;port=" + port + ";database=" + database + ";uid=" + user;
        return new LinkedServiceSpec("LS_Pg", "PostgreSql", Props.of("connectionString", cs,
                "password", Props.of("type", "SecureString", "value", password).asMap()), Props.EMPTY, Path.of("."));
    }

    private static LinkedServiceSpec good() {
        return linkedService(pg.port, "loyalty", PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private static DatasetSpec table(LinkedServiceSpec ls, String schema, String table) {
        return new DatasetSpec("DS", "PostgreSqlTable", Props.of("schema", schema, "table", table), ls, null);
    }

    @Test
    void connectsAndSaysWhatItReached() throws Exception {
        String said = connector.testConnection(good(), CTX);
        assertTrue(said.contains("PostgreSQL 1"), said);
        assertTrue(said.contains("database loyalty"), said);
    }

    @Test
    void previewPutsTheLimitInTheQueryAndTypesTheColumns() throws Exception {
        try (RowStream rs = connector.read(table(good(), "public", "members"), 3, CTX)) {
            List<Column> cols = rs.columns();
            assertEquals(List.of(ColumnType.INTEGER, ColumnType.STRING, ColumnType.INTEGER, ColumnType.DATE, ColumnType.DECIMAL),
                    cols.stream().map(Column::type).toList());
            List<Object[]> rows = drain(rs);
            assertEquals(3, rows.size());
            assertEquals("m1@example.com", rows.get(0)[1]);
            assertEquals(java.time.LocalDate.of(2020, 1, 2), rows.get(0)[3]);
        }
    }

    @Test
    void previewsAQuery() throws Exception {
        DatasetSpec q = new DatasetSpec("DS", "PostgreSqlTable", Props.EMPTY, good(), "SELECT count(*) AS n FROM members");
        List<Object[]> rows = drain(connector.read(q, 10, CTX));
        assertEquals(500L, rows.get(0)[0]);
    }

    @Test
    void browsesSchemasTablesAndProcedures() throws Exception {
        List<String> schemas = connector.browse(good(), "", CTX).stream().map(Entry::name).toList();
        assertTrue(schemas.containsAll(List.of("public", "sales")), schemas.toString());
        List<Entry> sales = connector.browse(good(), "sales", CTX);
        assertTrue(sales.contains(new Entry("orders", "table", "sales.orders", -1)), sales.toString());
        assertTrue(sales.contains(new Entry("recalc", "procedure", "sales.recalc", -1)), sales.toString());
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureWithoutThePassword() {
        var e = failure(Failure.AUTH, () -> connector.testConnection(linkedService(pg.port, "loyalty", "test", "not-the-Password-9"), CTX));
        assertFalse(e.getMessage().contains("not-the-Password-9"), e.getMessage());
    }

    @Test
    void wrongPortIsRefused() throws Exception {
        failure(Failure.REFUSED, () -> connector.testConnection(linkedService(SilentServer.closedPort(), "loyalty", "test", "x"), CTX));
    }

    @Test
    void unknownHostIsADnsFailure() {
        LinkedServiceSpec ls = new LinkedServiceSpec("LS", "PostgreSql", Props.of("connectionString", "host=no-such-host.invalid;database=x;uid=u",
                "password", "p"), Props.EMPTY, Path.of("."));
        failure(Failure.DNS, () -> connector.testConnection(ls, CTX));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            long start = System.nanoTime();
            failure(Failure.TIMEOUT, () -> connector.testConnection(linkedService(silent.port(), "loyalty", "test", "x"),
                    dev.pipewright.plugins.api.CallContext.of(Duration.ofSeconds(1))));
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "gave up within the timeout");
        }
    }

    @Test
    void missingDatabaseAndTableAreNotFound() {
        failure(Failure.NOT_FOUND, () -> connector.testConnection(linkedService(pg.port, "nosuchdb", "test", PostgresServer.PASSWORD), CTX));
        failure(Failure.NOT_FOUND, () -> connector.read(table(good(), "public", "no_such_table"), 10, CTX));
    }

    @Test
    void tableWithoutGrantIsPermissionDenied() {
        failure(Failure.PERMISSION, () -> connector.read(table(linkedService(pg.port, "loyalty", "reader", "reader-pw-1"), "public", "members"), 10, CTX));
    }

    @Test
    void azureSqlBoundToPostgresThroughTheProfile() throws Exception {
        LinkedServiceSpec ls = new LinkedServiceSpec("LS_AzureSql", "AzureSqlDatabase",
                Props.of("connectionString", "Data Source=contoso.database.windows.net;Initial Catalog=sales"),
                Props.of("jdbcUrl", pg.url("loyalty"), "user", PostgresServer.USER, "password", PostgresServer.PASSWORD), Path.of("."));
        assertTrue(connector.testConnection(ls, CTX).contains("PostgreSQL"));
        DatasetSpec ds = new DatasetSpec("DS", "AzureSqlTable", Props.of("schema", "public", "table", "members"), ls, null);
        assertEquals(5, drain(connector.read(ds, 5, CTX)).size());
    }
}
