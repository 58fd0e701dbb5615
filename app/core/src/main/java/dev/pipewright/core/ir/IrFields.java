package dev.pipewright.core.ir;

/** The field paths {@link FieldProblem}s name, relative to the IR's {@code properties} ({@code name} is the top level). */
public final class IrFields {
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String COMPUTE = "typeProperties.computeProperties.";
    public static final String LOCATION = COMPUTE + "location";
    public static final String MANAGED_VNET = "managedVirtualNetwork";
    public static final String INTERACTIVE_AUTHORING = "interactiveAuthoring";
    public static final String DATA_FLOW = COMPUTE + "dataFlowProperties.";
    public static final String COMPUTE_TYPE = DATA_FLOW + "computeType";
    public static final String CORE_COUNT = DATA_FLOW + "coreCount";
    public static final String DATA_FLOW_TTL = DATA_FLOW + "timeToLive";
    public static final String COPY_SCALE = COMPUTE + "copyComputeScaleProperties.";
    public static final String COPY_DIU = COPY_SCALE + "dataIntegrationUnit";
    public static final String COPY_TTL = COPY_SCALE + "timeToLive";
    public static final String PIPELINE_SCALE = COMPUTE + "pipelineExternalComputeScaleProperties.";
    public static final String PIPELINE_TTL = PIPELINE_SCALE + "timeToLive";
    public static final String PIPELINE_NODES = PIPELINE_SCALE + "numberOfPipelineNodes";
    public static final String EXTERNAL_NODES = PIPELINE_SCALE + "numberOfExternalNodes";
    public static final String LINKED_RESOURCE_ID = "typeProperties.linkedInfo.resourceId";
    public static final String NODE_SIZE = COMPUTE + "nodeSize";
    public static final String NUMBER_OF_NODES = COMPUTE + "numberOfNodes";
    public static final String MAX_PARALLEL = COMPUTE + "maxParallelExecutionsPerNode";
    public static final String VNET_ID = COMPUTE + "vNetProperties.vNetId";
    public static final String SUBNET = COMPUTE + "vNetProperties.subnet";
    public static final String PUBLIC_IPS = COMPUTE + "vNetProperties.publicIPs";
    public static final String SUBNET_ID = "typeProperties.customerVirtualNetwork.subnetId";
    public static final String SSIS = "typeProperties.ssisProperties.";
    public static final String EDITION = SSIS + "edition";
    public static final String LICENSE_TYPE = SSIS + "licenseType";
    public static final String CATALOG = SSIS + "catalogInfo.";
    public static final String CATALOG_ENDPOINT = CATALOG + "catalogServerEndpoint";
    public static final String CATALOG_ADMIN_USER = CATALOG + "catalogAdminUserName";
    public static final String CATALOG_ADMIN_PASSWORD = CATALOG + "catalogAdminPassword";
    public static final String CATALOG_PRICING_TIER = CATALOG + "catalogPricingTier";
    public static final String PACKAGE_STORES = SSIS + "packageStores";
    public static final String CUSTOM_SETUP_URI = SSIS + "customSetupScriptProperties.blobContainerUri";
    public static final String CUSTOM_SETUP_SAS = SSIS + "customSetupScriptProperties.sasToken";
    public static final String EXPRESS_SETUPS = SSIS + "expressCustomSetupProperties";
    public static final String PROXY_CONNECT_VIA = SSIS + "dataProxyProperties.connectVia";
    public static final String PROXY_STAGING = SSIS + "dataProxyProperties.stagingLinkedService";

    private IrFields() {
    }
}
