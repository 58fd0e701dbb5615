package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** test-connection of SQL Server and Azure SQL linked services without a stand-in: each local failure has its own code and hint. */
class SqlServerCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Cli-Sql-Secret-7";

    @TempDir
    Path root;

    private void linkedService(String name, String type, String connectionString) throws Exception {
        Files.createDirectories(root.resolve("linkedService"));
        String json = "{\"name\": \"" + name + "\", \"properties\": {\"type\": \"" + type + "\", \"typeProperties\": {\"connectionString\": "
                + JSON.writeValueAsString(connectionString) + ", \"password\": {\"type\": \"SecureString\", \"value\": \"" + PASSWORD + "\"}}}}";
        Files.writeString(root.resolve("linkedService/" + name + ".json"), json);
    }

    private JsonNode problem(String linkedService) throws Exception {
        CliRun run = CliRun.of("test-connection", root.toString(), linkedService, "--timeout", "3", "--format", "json");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), run.out());
        JsonNode p = JSON.readTree(run.out()).get("problems").get(0);
        assertFalse(p.get("hint").asText().isEmpty(), p.toString());
        return p;
    }

    @Test
    void everyFailureThatCanHappenHereHasItsCode() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            linkedService("LS_Refused", "SqlServer", "Data Source=tcp:127.0.0.1," + SilentServer.closedPort() + ";Initial Catalog=Stores;User ID=etl");
            linkedService("LS_Nowhere", "AzureSqlDatabase", "Data Source=contoso-sales.database.invalid;Initial Catalog=sales;User ID=etl;Encrypt=True");
            linkedService("LS_Silent", "AzureSqlDW", "Data Source=127.0.0.1," + silent.port() + ";Initial Catalog=dw;User ID=etl");
            linkedService("LS_Malformed", "AzureSqlMI", "Data Source=mi.contoso.invalid;Initial Catalog;User ID=etl;Password=" + PASSWORD);
            assertEquals("PW702", problem("LS_Refused").get("code").asText());
            assertEquals("PW701", problem("LS_Nowhere").get("code").asText());
            JsonNode timeout = problem("LS_Silent");
            assertEquals("PW703", timeout.get("code").asText());
            JsonNode malformed = problem("LS_Malformed");
            assertEquals("PW709", malformed.get("code").asText());
            assertTrue(malformed.get("message").asText().contains("malformed: part 2 has no '='"), malformed.toString());
        }
    }
}
