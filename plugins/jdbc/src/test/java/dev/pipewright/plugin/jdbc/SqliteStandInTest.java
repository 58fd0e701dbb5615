package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQL linked services bound to SQLite files: created from a script at first use, schemas mapped to table prefixes. */
class SqliteStandInTest {
    @TempDir
    Path dir;
    private final JdbcConnector connector = new JdbcConnector();

    private LinkedServiceSpec sqlServer(Props binding) {
        return new LinkedServiceSpec("LS_Sql", "SqlServer", Props.of("connectionString", "Data Source=sql01;Initial Catalog=Stores"), binding, dir);
    }

    private LinkedServiceSpec withScript() throws Exception {
        Files.writeString(dir.resolve("stores.sql"), """
                CREATE TABLE Stores (StoreId TEXT, Name TEXT);
                INSERT INTO Stores VALUES ('S1', 'One');
                INSERT INTO Stores VALUES ('S2', 'Two');
                CREATE TABLE etl_Watermark (TableName TEXT, Value TEXT);
                INSERT INTO etl_Watermark VALUES ('Stores', '2026-11-24');
                """);
        return sqlServer(Props.of("sqlite", "db/stores.sqlite", "init", "stores.sql"));
    }

    @Test
    void createsTheFileFromItsScriptAtFirstUse() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        LinkedServiceSpec ls = withScript();
        assertTrue(connector.testConnection(ls, CTX).startsWith("SQLite file db/stores.sqlite: SQLite 3."));
        assertTrue(Files.exists(dir.resolve("db/stores.sqlite")));
    }

    @Test
    void dboTablesKeepTheirNameOtherSchemasArePrefixed() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        LinkedServiceSpec ls = withScript();
        List<Object[]> stores = drain(connector.read(new DatasetSpec("DS", "SqlServerTable", Props.of("schema", "dbo", "table", "Stores"), ls, null), 1, CTX));
        assertEquals(1, stores.size(), "the limit is in the query");
        List<Object[]> wm = drain(connector.read(new DatasetSpec("DS", "SqlServerTable", Props.of("tableName", "[etl].[Watermark]"), ls, null), 10, CTX));
        assertEquals("2026-11-24", wm.get(0)[1]);
    }

    @Test
    void missingTableIsNotFound() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        LinkedServiceSpec ls = withScript();
        failure(Failure.NOT_FOUND, () -> connector.read(new DatasetSpec("DS", "SqlServerTable", Props.of("schema", "dbo", "table", "Nope"), ls, null), 10, CTX));
    }

    @Test
    void missingFileWithoutScriptIsNotFound() {
        failure(Failure.NOT_FOUND, () -> connector.testConnection(sqlServer(Props.of("sqlite", "absent.sqlite")), CTX));
    }

    @Test
    void aFileThatIsNotADatabaseIsAFormatFailure() throws Exception {
        Files.writeString(dir.resolve("junk.sqlite"), "this is not a database, just text that is long enough to have a header".repeat(10));
        failure(Failure.FORMAT, () -> connector.testConnection(sqlServer(Props.of("sqlite", "junk.sqlite")), CTX));
    }

    @Test
    void sqlServerWithoutStandInGoesToItsOwnAddress() {
        // no stand-in: the linked service's own server (here without a user name, so nothing is contacted)
        var e = failure(Failure.CONFIG, () -> connector.testConnection(sqlServer(Props.EMPTY), CTX));
        assertTrue(e.getMessage().endsWith("has no user name"), e.getMessage());
    }
}
