package dev.pipewright.core.manage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The connectors of New linked service, as ADF Studio's gallery shows them: the display name ADF uses ("Azure Data Lake
 * Storage Gen2", not {@code AzureBlobFS}), the group it files them under, and the JSON {@code type}. Searching matches the
 * display name, the type and the group, ignoring case.
 */
public final class ConnectorCatalog {
    /** ADF's gallery groups, in its order. */
    public enum Group {
        AZURE("Azure"), DATABASE("Database"), FILE("File"), GENERIC_PROTOCOL("Generic protocol"), NOSQL("NoSQL"),
        SERVICES_AND_APPS("Services and apps"), COMPUTE("Compute");

        private final String displayName;

        Group(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** One connector tile. */
    public record Connector(String type, String displayName, Group group) {
        public boolean matches(String search) {
            if (search == null || search.isBlank()) return true;
            String s = search.strip().toLowerCase(Locale.ROOT);
            return displayName.toLowerCase(Locale.ROOT).contains(s) || type.toLowerCase(Locale.ROOT).contains(s)
                    || group.displayName().toLowerCase(Locale.ROOT).contains(s);
        }
    }

    private static final List<Connector> ALL = List.of(
            c("AzureBlobStorage", "Azure Blob Storage", Group.AZURE),
            c("AzureBlobFS", "Azure Data Lake Storage Gen2", Group.AZURE),
            c("AzureDataLakeStore", "Azure Data Lake Storage Gen1", Group.AZURE),
            c("AzureSqlDatabase", "Azure SQL Database", Group.AZURE),
            c("AzureSqlMI", "Azure SQL Database Managed Instance", Group.AZURE),
            c("AzureSqlDW", "Azure Synapse Analytics", Group.AZURE),
            c("AzureFileStorage", "Azure File Storage", Group.AZURE),
            c("AzureTableStorage", "Azure Table Storage", Group.AZURE),
            c("CosmosDb", "Azure Cosmos DB for NoSQL", Group.AZURE),
            c("CosmosDbMongoDbApi", "Azure Cosmos DB for MongoDB", Group.AZURE),
            c("AzurePostgreSql", "Azure Database for PostgreSQL", Group.AZURE),
            c("AzureMySql", "Azure Database for MySQL", Group.AZURE),
            c("AzureMariaDB", "Azure Database for MariaDB", Group.AZURE),
            c("AzureDataExplorer", "Azure Data Explorer (Kusto)", Group.AZURE),
            c("AzureDatabricksDeltaLake", "Azure Databricks Delta Lake", Group.AZURE),
            c("AzureSearch", "Azure AI Search", Group.AZURE),
            c("AzureKeyVault", "Azure Key Vault", Group.AZURE),
            c("SqlServer", "SQL Server", Group.DATABASE),
            c("PostgreSql", "PostgreSQL", Group.DATABASE),
            c("MySql", "MySQL", Group.DATABASE),
            c("MariaDB", "MariaDB", Group.DATABASE),
            c("Oracle", "Oracle", Group.DATABASE),
            c("Db2", "DB2", Group.DATABASE),
            c("Teradata", "Teradata", Group.DATABASE),
            c("Snowflake", "Snowflake", Group.DATABASE),
            c("AmazonRedshift", "Amazon Redshift", Group.DATABASE),
            c("GoogleBigQuery", "Google BigQuery", Group.DATABASE),
            c("SapHana", "SAP HANA", Group.DATABASE),
            c("Sybase", "Sybase", Group.DATABASE),
            c("Netezza", "Netezza", Group.DATABASE),
            c("Greenplum", "Greenplum", Group.DATABASE),
            c("Vertica", "Vertica", Group.DATABASE),
            c("Hive", "Hive", Group.DATABASE),
            c("Spark", "Spark", Group.DATABASE),
            c("Impala", "Impala", Group.DATABASE),
            c("Presto", "Presto", Group.DATABASE),
            c("Informix", "Informix", Group.DATABASE),
            c("FileServer", "File system", Group.FILE),
            c("Sftp", "SFTP", Group.FILE),
            c("FtpServer", "FTP", Group.FILE),
            c("AmazonS3", "Amazon S3", Group.FILE),
            c("AmazonS3Compatible", "Amazon S3 Compatible", Group.FILE),
            c("GoogleCloudStorage", "Google Cloud Storage", Group.FILE),
            c("OracleCloudStorage", "Oracle Cloud Storage", Group.FILE),
            c("Hdfs", "HDFS", Group.FILE),
            c("HttpServer", "HTTP", Group.GENERIC_PROTOCOL),
            c("RestService", "REST", Group.GENERIC_PROTOCOL),
            c("OData", "OData", Group.GENERIC_PROTOCOL),
            c("Odbc", "ODBC", Group.GENERIC_PROTOCOL),
            c("SharePointOnlineList", "SharePoint Online List", Group.GENERIC_PROTOCOL),
            c("MongoDbV2", "MongoDB", Group.NOSQL),
            c("MongoDbAtlas", "MongoDB Atlas", Group.NOSQL),
            c("Cassandra", "Cassandra", Group.NOSQL),
            c("Couchbase", "Couchbase", Group.NOSQL),
            c("Salesforce", "Salesforce", Group.SERVICES_AND_APPS),
            c("SalesforceServiceCloud", "Salesforce Service Cloud", Group.SERVICES_AND_APPS),
            c("DynamicsCrm", "Dynamics CRM", Group.SERVICES_AND_APPS),
            c("Dynamics", "Dynamics 365", Group.SERVICES_AND_APPS),
            c("CommonDataServiceForApps", "Dataverse (Common Data Service for Apps)", Group.SERVICES_AND_APPS),
            c("ServiceNow", "ServiceNow", Group.SERVICES_AND_APPS),
            c("SapTable", "SAP Table", Group.SERVICES_AND_APPS),
            c("Office365", "Microsoft 365 (Office 365)", Group.SERVICES_AND_APPS),
            c("Jira", "Jira", Group.SERVICES_AND_APPS),
            c("HubSpot", "HubSpot", Group.SERVICES_AND_APPS),
            c("Shopify", "Shopify", Group.SERVICES_AND_APPS),
            c("AzureDatabricks", "Azure Databricks", Group.COMPUTE),
            c("AzureBatch", "Azure Batch", Group.COMPUTE),
            c("AzureFunction", "Azure Function", Group.COMPUTE),
            c("HDInsight", "Azure HDInsight", Group.COMPUTE),
            c("AzureMLService", "Azure Machine Learning", Group.COMPUTE));

    private ConnectorCatalog() {
    }

    private static Connector c(String type, String displayName, Group group) {
        return new Connector(type, displayName, group);
    }

    public static List<Connector> all() {
        return ALL;
    }

    /** The connectors that match {@code search}, by group in ADF's order (empty groups left out). */
    public static Map<Group, List<Connector>> search(String search) {
        Map<Group, List<Connector>> groups = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            List<Connector> in = new ArrayList<>();
            for (Connector c : ALL) if (c.group() == g && c.matches(search)) in.add(c);
            if (!in.isEmpty()) groups.put(g, in);
        }
        return groups;
    }

    /** ADF's display name of a linked service type, or the type itself when the gallery does not list it. */
    public static String displayName(String type) {
        return byType(type).map(Connector::displayName).orElse(type);
    }

    public static Optional<Connector> byType(String type) {
        return ALL.stream().filter(c -> c.type().equalsIgnoreCase(type)).findFirst();
    }

    /** The name ADF suggests for a new linked service of a type: the type and the first free number ({@code AzureBlobStorage1}). */
    public static String suggestedName(String type, java.util.function.Predicate<String> taken) {
        for (int i = 1; ; i++) {
            if (!taken.test(type + i)) return type + i;
        }
    }
}
