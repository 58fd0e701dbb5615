package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.manage.LsField.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The linked-service forms of the types Pipewright's connectors serve, with ADF's property names and order. The
 * property names, JSON forms and order follow the corpus files of each type (Blob with account key and Key Vault,
 * SQL "recommended" with server/database/encrypt/trustServerCertificate/authenticationType/userName/password, Sftp,
 * FileServer, HTTP and REST with authHeaders) and, where no corpus file shows a variant (service principal and
 * managed identity, Azure Database for PostgreSQL 2.0), Microsoft's connector documentation.
 */
public final class LinkedServiceForms {
    private static final Map<String, LinkedServiceForm> FORMS = new LinkedHashMap<>();

    static {
        blob();
        blobFs();
        for (String t : List.of("AzureSqlDatabase", "AzureSqlDW", "AzureSqlMI", "SqlServer")) sql(t);
        postgres();
        azurePostgres();
        fileServer();
        sftp();
        http();
        rest();
    }

    private LinkedServiceForms() {
    }

    /** The form of {@code type}, if Pipewright has one. */
    public static Optional<LinkedServiceForm> of(String type) {
        return Optional.ofNullable(FORMS.get(type));
    }

    /** The types with a form, in the order "New linked service" offers them. */
    public static List<String> types() {
        return List.copyOf(FORMS.keySet());
    }

    private static LsField f(String id, String label, Kind kind, String property) {
        return new LsField(id, label, kind, property);
    }

    private static LsField secret(String id, String label) {
        return f(id, label, Kind.SECRET, id).required();
    }

    private static void add(String type, String title, List<LsField> fields, List<String> order,
                            java.util.function.Function<ObjectNode, Map<String, String>> infer, Map<String, String> properties) {
        FORMS.put(type, new LinkedServiceForm(type, title, fields, order, infer, properties));
    }

    private static boolean has(ObjectNode tp, String key) {
        return tp.has(key) && !tp.get(key).isNull();
    }

    private static void blob() {
        String[] ak = {"AccountKey"};
        List<LsField> fields = List.of(
                f("auth", "Authentication type", Kind.CHOICE, null).def("AccountKey").choice("AccountKey", "Account key")
                        .choice("ConnectionString", "Connection string").choice("SasUri", "SAS URI")
                        .choice("ServicePrincipal", "Service principal").choice("ManagedIdentity", "System-assigned managed identity")
                        .choice("UserAssignedManagedIdentity", "User-assigned managed identity"),
                f("accountName", "Storage account name", Kind.PART, "connectionString").required().when("auth", ak)
                        .part("AccountName", "DefaultEndpointsProtocol=https;AccountName=;EndpointSuffix=core.windows.net;"),
                secret("accountKey", "Storage account key").when("auth", ak),
                secret("connectionString", "Connection string").when("auth", "ConnectionString")
                        .hint("DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net"),
                secret("sasUri", "SAS URI").when("auth", "SasUri"),
                f("serviceEndpoint", "Service endpoint", Kind.TEXT, "serviceEndpoint").required()
                        .when("auth", "ServicePrincipal", "ManagedIdentity", "UserAssignedManagedIdentity").hint("https://<account>.blob.core.windows.net/"),
                f("servicePrincipalId", "Service principal ID", Kind.TEXT, "servicePrincipalId").required().when("auth", "ServicePrincipal"),
                secret("servicePrincipalKey", "Service principal key").when("auth", "ServicePrincipal"),
                f("tenant", "Tenant", Kind.TEXT, "tenant").required().when("auth", "ServicePrincipal"),
                f("credential", "Credential", Kind.REFERENCE, "credential").required().refType("CredentialReference")
                        .when("auth", "UserAssignedManagedIdentity"));
        add("AzureBlobStorage", "Azure Blob Storage", fields, List.of("connectionString", "accountKey", "sasUri", "sasToken", "serviceEndpoint",
                "accountKind", "servicePrincipalId", "servicePrincipalKey", "tenant", "azureCloudType", "credential", "encryptedCredential"), tp -> {
            String auth = "AccountKey";
            if (has(tp, "serviceEndpoint")) {
                auth = has(tp, "servicePrincipalId") ? "ServicePrincipal" : has(tp, "credential") ? "UserAssignedManagedIdentity" : "ManagedIdentity";
            } else if (has(tp, "sasUri")) {
                auth = "SasUri";
            } else if (tp.path("connectionString").isObject() && !has(tp, "accountKey")) {
                auth = "ConnectionString";
            }
            return Map.of("auth", auth);
        }, Map.of());
    }

    private static void blobFs() {
        List<LsField> fields = List.of(
                f("url", "URL", Kind.TEXT, "url").required().hint("https://<account>.dfs.core.windows.net/"),
                f("auth", "Authentication type", Kind.CHOICE, null).def("AccountKey").choice("AccountKey", "Account key")
                        .choice("ServicePrincipal", "Service principal").choice("ManagedIdentity", "System-assigned managed identity")
                        .choice("UserAssignedManagedIdentity", "User-assigned managed identity"),
                secret("accountKey", "Storage account key").when("auth", "AccountKey"),
                f("servicePrincipalId", "Service principal ID", Kind.TEXT, "servicePrincipalId").required().when("auth", "ServicePrincipal"),
                f("servicePrincipalCredentialType", "Credential type", Kind.CONSTANT, "servicePrincipalCredentialType").def("ServicePrincipalKey")
                        .when("auth", "ServicePrincipal"),
                secret("servicePrincipalCredential", "Service principal key").when("auth", "ServicePrincipal"),
                f("tenant", "Tenant", Kind.TEXT, "tenant").required().when("auth", "ServicePrincipal"),
                f("credential", "Credential", Kind.REFERENCE, "credential").required().refType("CredentialReference")
                        .when("auth", "UserAssignedManagedIdentity"));
        add("AzureBlobFS", "Azure Data Lake Storage Gen2", fields, List.of("url", "accountKey", "servicePrincipalId",
                "servicePrincipalCredentialType", "servicePrincipalCredential", "tenant", "azureCloudType", "credential", "encryptedCredential"), tp ->
                Map.of("auth", has(tp, "accountKey") ? "AccountKey" : has(tp, "servicePrincipalId") ? "ServicePrincipal"
                        : has(tp, "credential") ? "UserAssignedManagedIdentity" : has(tp, "encryptedCredential") ? "AccountKey" : "ManagedIdentity"), Map.of());
    }

    private static void sql(String type) {
        boolean onPremises = type.equals("SqlServer");
        String[] rec = {"Recommended"};
        LsField auth = f("authenticationType", "Authentication type", Kind.CHOICE, "authenticationType").def("SQL").when("version", rec)
                .choice("SQL", "SQL authentication");
        if (onPremises) {
            auth.choice("Windows", "Windows authentication");
        } else {
            auth.choice("ServicePrincipal", "Service principal").choice("SystemAssignedManagedIdentity", "System-assigned managed identity")
                    .choice("UserAssignedManagedIdentity", "User-assigned managed identity");
        }
        List<LsField> fields = new ArrayList<>(List.of(
                f("version", "Version", Kind.CHOICE, null).def("Recommended").choice("Recommended", "Recommended")
                        .choice("Legacy", "Legacy (connection string)"),
                f("connectionString", "Connection string", Kind.TEXT, "connectionString").required().when("version", "Legacy"),
                f("server", "Server name", Kind.TEXT, "server").required().when("version", rec)
                        .hint(onPremises ? "host or host\\instance" : type.equals("AzureSqlDW") ? "<workspace>.sql.azuresynapse.net"
                                : "<server>.database.windows.net"),
                f("database", "Database name", Kind.TEXT, "database").required().when("version", rec),
                f("encrypt", "Encrypt", Kind.CHOICE, "encrypt").def("mandatory").when("version", rec)
                        .choice("mandatory", "Mandatory").choice("optional", "Optional").choice("strict", "Strict"),
                f("trustServerCertificate", "Trust server certificate", Kind.BOOL, "trustServerCertificate").def("false").when("version", rec),
                auth,
                f("userName", "User name", Kind.TEXT, "userName").required().when("version", rec).when("authenticationType", "SQL", "Windows"),
                secret("password", "Password").when("version", rec).when("authenticationType", "SQL", "Windows"),
                f("legacyUserName", "User name", Kind.TEXT, "userName").when("version", "Legacy"),
                f("legacyPassword", "Password", Kind.SECRET, "password").when("version", "Legacy")));
        if (!onPremises) {
            fields.add(f("servicePrincipalId", "Service principal ID", Kind.TEXT, "servicePrincipalId").required().when("version", rec)
                    .when("authenticationType", "ServicePrincipal"));
            fields.add(f("servicePrincipalCredentialType", "Credential type", Kind.CONSTANT, "servicePrincipalCredentialType")
                    .def("ServicePrincipalKey").when("version", rec).when("authenticationType", "ServicePrincipal"));
            fields.add(secret("servicePrincipalCredential", "Service principal key").when("version", rec).when("authenticationType", "ServicePrincipal"));
            fields.add(f("tenant", "Tenant", Kind.TEXT, "tenant").required().when("version", rec).when("authenticationType", "ServicePrincipal"));
            fields.add(f("credential", "Credential", Kind.REFERENCE, "credential").required().refType("CredentialReference")
                    .when("version", rec).when("authenticationType", "UserAssignedManagedIdentity"));
        }
        String title = switch (type) {
            case "AzureSqlDatabase" -> "Azure SQL Database";
            case "AzureSqlDW" -> "Azure Synapse Analytics (SQL pool)";
            case "AzureSqlMI" -> "Azure SQL Managed Instance";
            default -> "SQL Server";
        };
        add(type, title, fields, List.of("connectionString", "server", "database", "encrypt", "trustServerCertificate", "hostNameInCertificate",
                "authenticationType", "userName", "password", "servicePrincipalId", "servicePrincipalCredentialType", "servicePrincipalCredential",
                "tenant", "azureCloudType", "credential", "encryptedCredential"),
                tp -> Map.of("version", has(tp, "connectionString") ? "Legacy" : "Recommended"), Map.of());
    }

    private static void postgres() {
        String template = "host=;port=;database=;uid=;EncryptionMethod=";
        List<LsField> fields = List.of(
                f("server", "Server name", Kind.PART, "connectionString").required().part("host", template),
                f("port", "Port", Kind.PART, "connectionString").def("5432").part("port", template),
                f("database", "Database name", Kind.PART, "connectionString").required().part("database", template),
                f("user", "User name", Kind.PART, "connectionString").required().part("uid", template),
                secret("password", "Password"),
                f("sslMode", "Encryption method", Kind.PART, "connectionString").def("1").part("EncryptionMethod", template)
                        .hint("0: no encryption, 1: SSL"));
        add("PostgreSql", "PostgreSQL", fields, List.of("connectionString", "password", "encryptedCredential"), null, Map.of());
    }

    private static void azurePostgres() {
        List<LsField> fields = List.of(
                f("server", "Server name", Kind.TEXT, "server").required().hint("<server>.postgres.database.azure.com"),
                f("port", "Port", Kind.INT, "port").def("5432"),
                f("database", "Database name", Kind.TEXT, "database").required(),
                f("sslMode", "SSL mode", Kind.CHOICE, "sslMode").def("2").numeric().choice("0", "Disable").choice("1", "Allow")
                        .choice("2", "Prefer").choice("3", "Require").choice("4", "Verify-CA").choice("5", "Verify-Full"),
                f("username", "User name", Kind.TEXT, "username").required(),
                f("authenticationType", "Authentication type", Kind.CONSTANT, "authenticationType").def("BasicAuth"),
                secret("password", "Password"));
        add("AzurePostgreSql", "Azure Database for PostgreSQL", fields, List.of("server", "port", "database", "sslMode", "username",
                "authenticationType", "password", "encryptedCredential"), null, Map.of("version", "2.0"));
    }

    private static void fileServer() {
        add("FileServer", "File system", List.of(
                f("host", "Host", Kind.TEXT, "host").required().hint("\\\\server\\share, or a local path on a self-hosted IR's machine"),
                f("userId", "User name", Kind.TEXT, "userId").hint("domain\\user"),
                f("password", "Password", Kind.SECRET, "password")), List.of("host", "userId", "password", "encryptedCredential"), null, Map.of());
    }

    private static void sftp() {
        String[] key = {"SshPublicKey"};
        add("Sftp", "SFTP", List.of(
                f("host", "Host", Kind.TEXT, "host").required(),
                f("port", "Port", Kind.INT, "port").def("22"),
                f("skipHostKeyValidation", "Skip host key validation", Kind.BOOL, "skipHostKeyValidation").def("false"),
                f("hostKeyFingerprint", "Host key fingerprint", Kind.TEXT, "hostKeyFingerprint").required().when("skipHostKeyValidation", "false")
                        .hint("SHA256:…"),
                f("authenticationType", "Authentication type", Kind.CHOICE, "authenticationType").def("Basic").choice("Basic", "Basic")
                        .choice("SshPublicKey", "SSH public key"),
                f("userName", "User name", Kind.TEXT, "userName").required(),
                secret("password", "Password").when("authenticationType", "Basic"),
                f("keySource", "Private key", Kind.CHOICE, null).def("path").choice("path", "Key file path (self-hosted IR)")
                        .choice("content", "Key content").when("authenticationType", key),
                f("privateKeyPath", "Private key path", Kind.TEXT, "privateKeyPath").required().when("authenticationType", key).when("keySource", "path"),
                secret("privateKeyContent", "Private key content").when("authenticationType", key).when("keySource", "content"),
                f("passPhrase", "Pass phrase", Kind.SECRET, "passPhrase").when("authenticationType", key)),
                List.of("host", "port", "skipHostKeyValidation", "hostKeyFingerprint", "authenticationType", "userName", "password",
                        "privateKeyPath", "privateKeyContent", "passPhrase", "encryptedCredential"),
                tp -> Map.of("keySource", has(tp, "privateKeyContent") ? "content" : "path"), Map.of());
    }

    private static void http() {
        add("HttpServer", "HTTP", List.of(
                f("url", "Base URL", Kind.TEXT, "url").required(),
                f("enableServerCertificateValidation", "Server certificate validation", Kind.BOOL, "enableServerCertificateValidation").def("true"),
                f("authenticationType", "Authentication type", Kind.CHOICE, "authenticationType").def("Anonymous").choice("Anonymous", "Anonymous")
                        .choice("Basic", "Basic").choice("ClientCertificate", "Client certificate"),
                f("userName", "User name", Kind.TEXT, "userName").required().when("authenticationType", "Basic"),
                secret("embeddedCertData", "Certificate (Base64 PFX)").when("authenticationType", "ClientCertificate"),
                secret("password", "Password").when("authenticationType", "Basic"),
                f("certPassword", "Certificate password", Kind.SECRET, "password").when("authenticationType", "ClientCertificate")),
                List.of("url", "enableServerCertificateValidation", "authenticationType", "userName", "embeddedCertData", "certThumbprint",
                        "password", "authHeaders", "encryptedCredential"), null, Map.of());
    }

    private static void rest() {
        add("RestService", "REST", List.of(
                f("url", "Base URL", Kind.TEXT, "url").required(),
                f("enableServerCertificateValidation", "Server certificate validation", Kind.BOOL, "enableServerCertificateValidation").def("true"),
                f("authenticationType", "Authentication type", Kind.CHOICE, "authenticationType").def("Anonymous").choice("Anonymous", "Anonymous")
                        .choice("Basic", "Basic").choice("AadServicePrincipal", "Service principal")
                        .choice("ManagedServiceIdentity", "System-assigned managed identity"),
                f("userName", "User name", Kind.TEXT, "userName").required().when("authenticationType", "Basic"),
                secret("password", "Password").when("authenticationType", "Basic"),
                f("servicePrincipalId", "Service principal ID", Kind.TEXT, "servicePrincipalId").required().when("authenticationType", "AadServicePrincipal"),
                secret("servicePrincipalKey", "Service principal key").when("authenticationType", "AadServicePrincipal"),
                f("tenant", "Tenant", Kind.TEXT, "tenant").required().when("authenticationType", "AadServicePrincipal"),
                f("aadResourceId", "Microsoft Entra ID resource", Kind.TEXT, "aadResourceId").required()
                        .when("authenticationType", "AadServicePrincipal", "ManagedServiceIdentity"),
                f("authHeaders", "Auth headers", Kind.HEADERS, "authHeaders").hint("One 'Name: value' a line; a Key Vault secret as its JSON")),
                List.of("url", "enableServerCertificateValidation", "authenticationType", "userName", "password", "servicePrincipalId",
                        "servicePrincipalKey", "tenant", "aadResourceId", "authHeaders", "encryptedCredential"), null, Map.of());
    }
}
