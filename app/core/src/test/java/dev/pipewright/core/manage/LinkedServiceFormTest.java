package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.ir.FieldProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linked-service forms: new ones exactly as ADF writes them, imported ones untouched when nothing changes, auth switches. */
class LinkedServiceFormTest {
    static final Path CORPUS = Path.of("../../../shared/corpus");

    static String expected(String file) throws IOException {
        return Files.readString(Path.of("src/test/resources/dev/pipewright/core/manage/" + file));
    }

    private static ObjectNode parse(String text) {
        return (ObjectNode) JsonReader.read(text, null).root();
    }

    private static LinkedServiceForm form(String type) {
        return LinkedServiceForms.of(type).orElseThrow();
    }

    @Test
    void aBlobStorageWithItsAccountKeyInKeyVaultIsWrittenAsAdfWritesIt() throws Exception {
        LinkedServiceForm blob = form("AzureBlobStorage");
        ObjectNode json = ResourceJsonEditor.newLinkedService("LS_Blob_Raw", "AzureBlobStorage");
        Map<String, String> v = blob.defaults();
        v.put("accountName", "contosoraw");
        v.put(LsField.source("accountKey"), LsField.KEY_VAULT);
        v.put(LsField.store("accountKey"), "LS_KeyVault");
        v.put(LsField.secretName("accountKey"), "raw-account-key");
        assertEquals(List.of(), blob.check(v, Map.of(), p -> false));
        assertEquals(Map.of(), blob.write(json, v, Map.of()));
        LinkedServiceCommon.write(json, "Raw files from the point-of-sale export", "retail", List.of());
        assertEquals(expected("LS_Blob_Raw.json"), AdfJsonWriter.pretty(json));
        // the corpus's account-key-in-Key-Vault file has the same members in the same order
        ObjectNode corpus = parse(Files.readString(CORPUS.resolve("KV-APAC-DNA__gitadfadbplt001/linkedService/adfadbplt001lsdlsadbplt001_blob.json")));
        assertEquals(keys(corpus.get("properties")).subList(0, 4), keys(json.get("properties")).subList(0, 4));
        assertEquals(keys(corpus.at("/properties/typeProperties/sasUri")), keys(json.at("/properties/typeProperties/accountKey")));
    }

    @Test
    void anAzureSqlDatabaseWithATypedPasswordKeepsOnlyTheMaskAndHandsBackTheSecret() throws Exception {
        LinkedServiceForm sql = form("AzureSqlDatabase");
        ObjectNode json = ResourceJsonEditor.newLinkedService("LS_Sql_Orders", "AzureSqlDatabase");
        Map<String, String> v = sql.defaults();
        v.put("server", "orders.database.windows.net");
        v.put("database", "@{linkedService().database}");
        v.put("userName", "etl_orders");
        List<FieldProblem> missing = sql.check(v, Map.of(), p -> false);
        assertEquals(List.of("Password: type it, or reference a secret in Azure Key Vault"), missing.stream().map(FieldProblem::message).toList());
        assertEquals("PW812", missing.get(0).code().code());
        Map<String, String> secrets = sql.write(json, v, Map.of("password", "Orders-Pa55"));
        assertEquals(Map.of("typeProperties.password", "Orders-Pa55"), secrets);
        LinkedServiceCommon.write(json, "", "", List.of(new LinkedServiceCommon.Parameter("database", "String", "orders")));
        LinkedServiceCommon.connectVia(json, "IR-WestEurope");
        String written = AdfJsonWriter.pretty(json);
        assertEquals(expected("LS_Sql_Orders.json"), written);
        assertFalse(written.contains("Orders-Pa55"));
        // ADF's own recommended-version file: the same members in the same order (it has encryptedCredential for the password)
        ObjectNode corpus = parse(Files.readString(CORPUS.resolve("amitcs50n__new_incremental_load2026/linkedService/AzureSqlDatabase_linked_service.json")));
        List<String> adf = new ArrayList<>(keys(corpus.at("/properties/typeProperties")));
        adf.set(adf.indexOf("encryptedCredential"), "password");
        assertEquals(adf, keys(json.at("/properties/typeProperties")));
    }

    @Test
    void everyCorpusLinkedServiceOfAFormTypeReadsAndWritesBackByteForByte() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path p : files.filter(f -> f.toString().contains("/linkedService/") && f.toString().endsWith(".json")).toList()) {
                ObjectNode json = parse(Files.readString(p));
                if (json == null) continue;
                var form = LinkedServiceForms.of(json.path("properties").path("type").asText());
                if (form.isEmpty()) continue;
                String before = AdfJsonWriter.pretty(json);
                Map<String, String> values = form.get().read(json);
                assertEquals(Map.of(), form.get().write(json, values, Map.of()));
                LinkedServiceCommon.write(json, LinkedServiceCommon.description(json), LinkedServiceCommon.annotations(json),
                        LinkedServiceCommon.parameters(json));
                assertEquals(before, AdfJsonWriter.pretty(json), p.toString());
                checked++;
            }
        }
        assertTrue(checked >= 60, checked + " files");
    }

    @Test
    void switchingTheAuthenticationRemovesWhatTheOldOneWroteAndTheFileKeepsMembersTheFormDoesNotKnow() {
        ObjectNode json = parse("{\"name\":\"LS\",\"properties\":{\"annotations\":[],\"type\":\"SqlServer\",\"typeProperties\":{\"server\":\"db1\","
                + "\"database\":\"stores\",\"encrypt\":\"optional\",\"trustServerCertificate\":true,\"authenticationType\":\"SQL\",\"userName\":\"u\","
                + "\"password\":{\"type\":\"SecureString\",\"value\":\"**********\"},\"commandTimeout\":90}}}");
        LinkedServiceForm sql = form("SqlServer");
        Map<String, String> v = sql.read(json);
        assertEquals("Recommended", v.get("version"));
        assertEquals("true", v.get("trustServerCertificate"));
        v.put("authenticationType", "Windows");
        v.put("userName", "CORP\\etl");
        sql.write(json, v, Map.of());
        assertEquals("{\"server\":\"db1\",\"database\":\"stores\",\"encrypt\":\"optional\",\"trustServerCertificate\":true,"
                + "\"authenticationType\":\"Windows\",\"userName\":\"CORP\\\\etl\",\"password\":{\"type\":\"SecureString\",\"value\":\"**********\"},"
                + "\"commandTimeout\":90}", json.at("/properties/typeProperties").toString());

        LinkedServiceForm blob = form("AzureBlobStorage");
        ObjectNode b = parse("{\"name\":\"B\",\"properties\":{\"annotations\":[],\"type\":\"AzureBlobStorage\",\"typeProperties\":{"
                + "\"connectionString\":\"DefaultEndpointsProtocol=https;AccountName=acme;EndpointSuffix=core.windows.net;\","
                + "\"accountKey\":{\"type\":\"SecureString\",\"value\":\"**********\"}}}}");
        Map<String, String> bv = blob.read(b);
        assertEquals("AccountKey", bv.get("auth"));
        assertEquals("acme", bv.get("accountName"));
        bv.put("auth", "ServicePrincipal");
        bv.put("serviceEndpoint", "https://acme.blob.core.windows.net/");
        bv.put("servicePrincipalId", "app-1");
        bv.put("tenant", "contoso.onmicrosoft.com");
        Map<String, String> secrets = blob.write(b, bv, Map.of("servicePrincipalKey", "sp-secret"));
        assertEquals("{\"serviceEndpoint\":\"https://acme.blob.core.windows.net/\",\"servicePrincipalId\":\"app-1\",\"servicePrincipalKey\":"
                + "{\"type\":\"SecureString\",\"value\":\"**********\"},\"tenant\":\"contoso.onmicrosoft.com\"}", b.at("/properties/typeProperties").toString());
        assertEquals(Map.of("typeProperties.servicePrincipalKey", "sp-secret"), secrets);
    }

    @Test
    void postgresSftpRestAndTheAzurePostgresVersion() {
        ObjectNode pg = ResourceJsonEditor.newLinkedService("LS_Pg", "PostgreSql");
        Map<String, String> v = form("PostgreSql").defaults();
        v.put("server", "loyalty-db.contoso.com");
        v.put("database", "loyalty");
        v.put("user", "etl_reader");
        form("PostgreSql").write(pg, v, Map.of("password", "pg"));
        assertEquals("{\"connectionString\":\"host=loyalty-db.contoso.com;port=5432;database=loyalty;uid=etl_reader;EncryptionMethod=1\","
                + "\"password\":{\"type\":\"SecureString\",\"value\":\"**********\"}}", pg.at("/properties/typeProperties").toString());

        ObjectNode apg = ResourceJsonEditor.newLinkedService("LS_Apg", "AzurePostgreSql");
        Map<String, String> a = form("AzurePostgreSql").defaults();
        a.put("server", "loyalty.postgres.database.azure.com");
        a.put("database", "loyalty");
        a.put("username", "etl");
        form("AzurePostgreSql").write(apg, a, Map.of("password", "x"));
        assertEquals("{\"annotations\":[],\"type\":\"AzurePostgreSql\",\"version\":\"2.0\",\"typeProperties\":{\"server\":"
                + "\"loyalty.postgres.database.azure.com\",\"port\":5432,\"database\":\"loyalty\",\"sslMode\":2,\"username\":\"etl\","
                + "\"authenticationType\":\"BasicAuth\",\"password\":{\"type\":\"SecureString\",\"value\":\"**********\"}}}", apg.get("properties").toString());

        ObjectNode sftp = ResourceJsonEditor.newLinkedService("LS_Sftp", "Sftp");
        Map<String, String> s = form("Sftp").defaults();
        s.put("host", "sftp.example.com");
        s.put("skipHostKeyValidation", "true");
        s.put("authenticationType", "SshPublicKey");
        s.put("userName", "contoso");
        s.put("keySource", "content");
        s.put(LsField.source("privateKeyContent"), LsField.KEY_VAULT);
        s.put(LsField.store("privateKeyContent"), "LS_KeyVault");
        s.put(LsField.secretName("privateKeyContent"), "sftp-key");
        assertEquals(List.of(), form("Sftp").check(s, Map.of(), p -> false));
        form("Sftp").write(sftp, s, Map.of());
        assertEquals("{\"host\":\"sftp.example.com\",\"port\":22,\"skipHostKeyValidation\":true,\"authenticationType\":\"SshPublicKey\","
                + "\"userName\":\"contoso\",\"privateKeyContent\":{\"type\":\"AzureKeyVaultSecret\",\"store\":{\"referenceName\":\"LS_KeyVault\","
                + "\"type\":\"LinkedServiceReference\"},\"secretName\":\"sftp-key\"}}", sftp.at("/properties/typeProperties").toString());

        ObjectNode rest = ResourceJsonEditor.newLinkedService("LS_Rest", "RestService");
        Map<String, String> r = form("RestService").defaults();
        r.put("url", "https://au.dbt.com/");
        r.put("authHeaders", "Authorization: {\"type\": \"AzureKeyVaultSecret\", \"store\": {\"referenceName\": \"LS_KeyVault\", "
                + "\"type\": \"LinkedServiceReference\"}, \"secretName\": \"dbt-token\"}\nAccept: application/json");
        form("RestService").write(rest, r, Map.of());
        assertEquals("{\"url\":\"https://au.dbt.com/\",\"enableServerCertificateValidation\":true,\"authenticationType\":\"Anonymous\","
                + "\"authHeaders\":{\"Authorization\":{\"type\":\"AzureKeyVaultSecret\",\"store\":{\"referenceName\":\"LS_KeyVault\","
                + "\"type\":\"LinkedServiceReference\"},\"secretName\":\"dbt-token\"},\"Accept\":\"application/json\"}}",
                rest.at("/properties/typeProperties").toString());
        Map<String, String> back = form("RestService").read(rest);
        assertEquals(r.get("authHeaders").replace("{\"type\": \"AzureKeyVaultSecret\", \"store\": {\"referenceName\": \"LS_KeyVault\", "
                + "\"type\": \"LinkedServiceReference\"}, \"secretName\": \"dbt-token\"}", rest.at("/properties/typeProperties/authHeaders/Authorization").toString()),
                back.get("authHeaders"));
    }

    @Test
    void parametersAndRequiredFieldsAreCheckedAsAdfDoes() {
        var problems = LinkedServiceCommon.check(List.of(new LinkedServiceCommon.Parameter("db", "Int", "many"),
                new LinkedServiceCommon.Parameter("DB", "String", ""), new LinkedServiceCommon.Parameter("9x", "Text", "")));
        assertEquals(List.of("parameter 'db': default value 'many' is not a Int", "parameter 'DB' is declared twice (names ignore case)",
                "parameter '9x': a name is letters, digits and underscores, starting with a letter or underscore",
                "parameter '9x': type Text is not one of [String, Int, Float, Bool, Array, Object, SecureString]"),
                problems.stream().map(FieldProblem::message).toList());
        Map<String, String> v = new HashMap<>(form("AzureBlobFS").defaults());
        assertEquals(List.of("typeProperties.url", "typeProperties.accountKey"),
                form("AzureBlobFS").check(v, Map.of(), p -> false).stream().map(FieldProblem::field).toList());
        assertTrue(form("AzureBlobFS").check(v, Map.of(), p -> p.equals("typeProperties.accountKey")).stream()
                .noneMatch(p -> p.field().equals("typeProperties.accountKey")));
    }

    private static List<String> keys(JsonNode node) {
        List<String> k = new ArrayList<>();
        node.fieldNames().forEachRemaining(k::add);
        return k;
    }
}
