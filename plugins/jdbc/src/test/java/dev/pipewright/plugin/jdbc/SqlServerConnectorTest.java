package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQL Server and Azure SQL linked services with no stand-in, through Microsoft's JDBC driver. No SQL Server runs
 * here: the addresses ADF's two forms give are checked, and every failure that can be produced on this machine
 * (refused, unknown host, a server that never answers, malformed settings) has its own class, without the password.
 */
class SqlServerConnectorTest {
    private static final String PASSWORD = "Sql-Secret;pw=42";
    private static final CallContext CTX = CallContext.of(Duration.ofSeconds(2));
    private final JdbcConnector connector = new JdbcConnector();

    private static LinkedServiceSpec legacy(String type, String connectionString) {
        return new LinkedServiceSpec("LS_Sql", type, Props.of("connectionString", connectionString), Props.EMPTY, Path.of("."));
    }

    private static LinkedServiceSpec recommended(String server, Object... more) {
        Props p = Props.of("server", server, "database", "sales", "encrypt", "mandatory", "trustServerCertificate", false,
                "authenticationType", "SQL", "userName", "etl", "password", Props.of("type", "SecureString", "value", PASSWORD).asMap());
        return new LinkedServiceSpec("LS_Sql", "AzureSqlDatabase", p.with(Props.of(more)), Props.EMPTY, Path.of("."));
    }

    @Test
    void legacyConnectionStringBecomesTheDriversUrl() throws Exception {
        JdbcTarget t = JdbcTarget.of(legacy("AzureSqlDatabase", "Integrated Security=False;Encrypt=True;Connection Timeout=30;"
                + "Data Source=tcp:contoso-sales.database.windows.net,1433;Initial Catalog=sales;User ID=etl_writer;Password=\"" + PASSWORD.replace("\"", "\"\"") + "\""),
                Duration.ofSeconds(15));
        assertEquals("jdbc:sqlserver://contoso-sales.database.windows.net:1433;databaseName=sales;encrypt=true;trustServerCertificate=false;"
                + "loginTimeout=15;socketTimeout=15000;applicationName=Pipewright", t.url());
        assertEquals("etl_writer", t.props().getProperty("user"));
        assertEquals(PASSWORD, t.props().getProperty("password"), "a quoted value may hold ';' and '='");
        assertEquals("SQL Server contoso-sales.database.windows.net:1433/sales", t.label());
        assertFalse(t.url().contains(PASSWORD));
        assertTrue(t.sqlServer());
    }

    @Test
    void namedInstanceAndThePasswordBesideTheConnectionString() throws Exception {
        LinkedServiceSpec ls = new LinkedServiceSpec("LS_Stores", "SqlServer", Props.of("connectionString",
                "integrated security=False;data source=SQLSTORES01\\RETAIL;initial catalog=Stores Db;user id=etl_reader",
                "password", Props.of("type", "SecureString", "value", PASSWORD).asMap()), Props.EMPTY, Path.of("."));
        JdbcTarget t = JdbcTarget.of(ls, Duration.ofSeconds(5));
        assertEquals("jdbc:sqlserver://SQLSTORES01;instanceName=RETAIL;databaseName={Stores Db};encrypt=false;trustServerCertificate=false;"
                + "loginTimeout=5;socketTimeout=5000;applicationName=Pipewright", t.url());
        assertEquals(PASSWORD, t.props().getProperty("password"));
    }

    @Test
    void recommendedVersionProperties() throws Exception {
        JdbcTarget t = JdbcTarget.of(recommended("contoso.database.windows.net", "encrypt", "strict", "hostNameInCertificate", "*.database.windows.net"),
                Duration.ofSeconds(15));
        assertEquals("jdbc:sqlserver://contoso.database.windows.net;databaseName=sales;encrypt=strict;trustServerCertificate=false;"
                + "hostNameInCertificate={*.database.windows.net};loginTimeout=15;socketTimeout=15000;applicationName=Pipewright", t.url());
        assertEquals("etl", t.props().getProperty("user"));
        assertTrue(JdbcTarget.of(recommended("h", "encrypt", "optional", "trustServerCertificate", true), Duration.ofSeconds(1)).url()
                .contains(";encrypt=false;trustServerCertificate=true;"));
    }

    @Test
    void refusedOnAClosedPort() throws Exception {
        int port = SilentServer.closedPort();
        ConnectorException e = failure(Failure.REFUSED, () -> connector.testConnection(recommended("tcp:127.0.0.1," + port), CTX));
        assertEquals("Connection to SQL Server 127.0.0.1:" + port + "/sales refused: nothing listens there", e.getMessage());
        assertTrue(e.hint().contains("1433"), e.hint());
        noPassword(e);
    }

    @Test
    void unknownHostOnAnInvalidName() {
        ConnectorException e = failure(Failure.DNS, () -> connector.testConnection(recommended("sql.contoso.invalid"), CTX));
        assertEquals("Host name of SQL Server sql.contoso.invalid/sales does not resolve", e.getMessage());
        noPassword(e);
    }

    @Test
    void timeoutAgainstAServerThatNeverAnswers() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            long start = System.nanoTime();
            ConnectorException e = failure(Failure.TIMEOUT, () -> connector.testConnection(recommended("127.0.0.1," + silent.port()), CTX));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 6_000, "within about the timeout");
            assertTrue(e.getMessage().endsWith("did not answer in time"), e.getMessage());
            noPassword(e);
        }
    }

    @Test
    void malformedSettingsAreConfigProblemsThatNeverQuoteThePassword() {
        for (String cs : new String[]{"Data Source=h;Initial Catalog;User ID=u;Password=" + PASSWORD,
                "Data Source=h;User ID=u;Password='" + PASSWORD, "Data Source=tcp:h,14x3;User ID=u;Password=" + PASSWORD,
                "Initial Catalog=db;User ID=u;Password=" + PASSWORD, "Data Source=h;Encrypt=Sometimes;User ID=u;Password=" + PASSWORD,
                "=x;Data Source=h"}) {
            ConnectorException e = failure(Failure.CONFIG, () -> connector.testConnection(legacy("SqlServer", cs), CTX));
            assertFalse(e.hint().isEmpty(), cs);
            noPassword(e);
        }
        assertEquals("The connection string of LS_Sql is malformed: part 2 has no '='",
                failure(Failure.CONFIG, () -> connector.testConnection(legacy("SqlServer", "Data Source=h;Initial Catalog;Password=" + PASSWORD), CTX)).getMessage());
    }

    @Test
    void authenticationThatNeedsAzureOrADomainAndAMissingPassword() {
        ConnectorException windows = failure(Failure.CONFIG, () -> connector.testConnection(legacy("SqlServer",
                "Integrated Security=True;Data Source=dev19;Initial Catalog=AdventureWorks2017"), CTX));
        assertTrue(windows.getMessage().contains("Windows (Integrated Security) authentication"), windows.getMessage());
        ConnectorException msi = failure(Failure.CONFIG, () -> connector.testConnection(recommended("h", "authenticationType", "SystemAssignedManagedIdentity"), CTX));
        assertTrue(msi.getMessage().contains("SystemAssignedManagedIdentity authentication, which cannot be used from this machine"), msi.getMessage());
        failure(Failure.SECRET, () -> connector.testConnection(legacy("AzureSqlDW", "Data Source=h;Initial Catalog=dw;User ID=u"), CTX));
        LinkedServiceSpec keyVault = new LinkedServiceSpec("LS_Sql", "AzureSqlMI", Props.of("connectionString", "Data Source=h;User ID=u",
                "password", Props.of("type", "AzureKeyVaultSecret", "secretName", "mi-pw").asMap()), Props.EMPTY, Path.of("."));
        failure(Failure.SECRET, () -> connector.testConnection(keyVault, CTX));
    }

    private static void noPassword(ConnectorException e) {
        assertFalse(e.getMessage().contains(PASSWORD) || e.getMessage().contains("Sql-Secret"), e.getMessage());
        assertFalse(e.hint().contains(PASSWORD) || e.hint().contains("Sql-Secret"), e.hint());
    }
}
