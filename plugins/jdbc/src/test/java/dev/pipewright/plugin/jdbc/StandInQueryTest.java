package dev.pipewright.plugin.jdbc;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Queries written for SQL Server or PostgreSQL name the SQLite stand-in's tables (schema_table, else table). */
class StandInQueryTest {
    private static final Set<String> TABLES = Set.of("etl_Watermark", "members", "dbo_Stores", "dbo_Sales");

    private static String rewrite(String query) {
        return StandInQuery.rewrite(query, TABLES::contains);
    }

    @Test
    void qualifiedTablesAfterFromAndJoinBecomeTheStandInsTables() {
        assertEquals("SELECT WatermarkValue FROM \"etl_Watermark\" WHERE TableName = 'FactSales'",
                rewrite("SELECT WatermarkValue FROM etl.Watermark WHERE TableName = 'FactSales'"));
        assertEquals("SELECT member_id, tier FROM \"members\"", rewrite("SELECT member_id, tier FROM public.members"));
        assertEquals("select * from \"dbo_Stores\" s join \"dbo_Sales\" x on s.id = x.store",
                rewrite("select * from [dbo].[Stores] s join \"dbo\".\"Sales\" x on s.id = x.store"));
    }

    @Test
    void everythingElseIsLeftAsWritten() {
        assertEquals("SELECT s.id, s.name FROM Stores s WHERE s.id > 1", rewrite("SELECT s.id, s.name FROM Stores s WHERE s.id > 1"));
        assertEquals("SELECT * FROM other.Unknown", rewrite("SELECT * FROM other.Unknown"), "no such table: SQLite says so");
        assertEquals("SELECT * FROM db.dbo.Stores", rewrite("SELECT * FROM db.dbo.Stores"), "three-part names are not a schema and table");
    }
}
