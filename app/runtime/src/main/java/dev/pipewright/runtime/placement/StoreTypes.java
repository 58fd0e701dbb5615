package dev.pipewright.runtime.placement;

import java.util.Optional;
import java.util.Set;

/**
 * Whether ADF can detect the region of a linked service's store, by linked-service type. No Microsoft source
 * lists the region-detectable connectors: the docs name Azure Blob (detectable) and Salesforce (not), and copy
 * outputs report regions for Blob and ADLS Gen2. We assume, as the reference does, that Azure-native regional
 * stores are detectable and SaaS, REST, other clouds and servers you run are not; the category names the
 * reason in placement output.
 */
final class StoreTypes {
    /** Azure-native stores that live in one Azure region. */
    private static final Set<String> DETECTABLE = Set.of(
            "AzureBlobStorage", "AzureBlobFS", "AzureDataLakeStore", "AzureFileStorage", "AzureTableStorage",
            "AzureSqlDatabase", "AzureSqlDW", "AzureSqlMI", "AzureMySql", "AzurePostgreSql", "AzureMariaDB",
            "CosmosDb", "CosmosDbMongoDbApi", "AzureDataExplorer", "AzureSearch");

    private static final Set<String> SAAS = Set.of(
            "Salesforce", "SalesforceV2", "SalesforceServiceCloud", "SalesforceServiceCloudV2", "SalesforceMarketingCloud",
            "Dynamics", "DynamicsCrm", "DynamicsAX", "CommonDataServiceForApps", "ServiceNow", "ServiceNowV2",
            "SapCloudForCustomer", "Office365", "SharePointOnlineList", "Marketo", "Hubspot", "Jira", "Zoho", "QuickBooks",
            "Xero", "Shopify", "Square", "Magento", "Concur", "Eloqua", "Responsys", "Paypal", "GoogleAdWords", "GoogleSheets",
            "Asana", "Smartsheet", "Twilio", "Dataworld", "AppFigures", "LakeHouse", "Warehouse", "PowerBIWorkspace");

    private static final Set<String> REST = Set.of("RestService", "HttpServer", "OData", "Web", "GraphQL");

    private static final Set<String> OTHER_CLOUD_PREFIXES = Set.of("Amazon", "Google", "OracleCloud", "Snowflake");

    private StoreTypes() {
    }

    static boolean isDetectable(String linkedServiceType) {
        return DETECTABLE.contains(linkedServiceType);
    }

    /** Why ADF cannot detect the region, e.g. "SaaS"; empty for detectable types. */
    static Optional<String> undetectableBecause(String linkedServiceType) {
        if (isDetectable(linkedServiceType)) return Optional.empty();
        if (SAAS.contains(linkedServiceType)) return Optional.of("SaaS");
        if (REST.contains(linkedServiceType)) return Optional.of("REST/HTTP endpoint");
        for (String prefix : OTHER_CLOUD_PREFIXES) {
            if (linkedServiceType.startsWith(prefix)) return Optional.of("not on Azure");
        }
        if (linkedServiceType.isEmpty()) return Optional.of("type unknown");
        if (linkedServiceType.startsWith("Azure")) return Optional.of("not a regional Azure store");
        return Optional.of("on-premises or self-managed");
    }
}
