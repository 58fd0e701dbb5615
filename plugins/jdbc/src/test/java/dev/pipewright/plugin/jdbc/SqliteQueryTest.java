package dev.pipewright.plugin.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Queries written for the real database read a SQLite stand-in whose tables are named schema_table. */
class SqliteQueryTest {
    @Test
    void schemaQualifiedNamesBecomeTheStandInsTables(@TempDir Path tmp) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("s.sqlite")); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE etl_Watermark (TableName TEXT)");
            st.execute("CREATE TABLE gl_RetailLedger (Id INTEGER)");
            assertEquals("SELECT * FROM \"etl_Watermark\" w JOIN \"gl_RetailLedger\" g ON 1 = 1 WHERE w.TableName = 'etl.Watermark2'",
                    SqliteStandIn.query(c, "SELECT * FROM etl.Watermark w JOIN [GL].[RetailLedger] g ON 1 = 1 WHERE w.TableName = 'etl.Watermark2'"));
            assertEquals("SELECT * FROM etl.WatermarkOld, xetl.Watermark", SqliteStandIn.query(c, "SELECT * FROM etl.WatermarkOld, xetl.Watermark"));
        }
    }
}
