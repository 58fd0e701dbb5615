package dev.pipewright.core.ir;

import dev.pipewright.core.model.IntegrationRuntime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Azure-SSIS IR as ADF's three-page wizard edits it (General, Deployment, Advanced). Passwords and SAS
 * tokens are only carried here on their way to the secret store: files get ADF's masked value.
 *
 * @param location                     region display name
 * @param nodeSize                     e.g. {@code Standard_D8_v3} ({@link SsisNodeSizes})
 * @param edition                      {@code Standard} or {@code Enterprise}
 * @param licenseType                  {@code LicenseIncluded}, or {@code BasePrice} with Azure Hybrid Benefit
 * @param catalog                      SSISDB; null when no catalog is created
 * @param credential                   user-assigned managed identity credential for Entra authentication; null for none
 * @param packageStores                Azure-SSIS IR package stores
 * @param customSetup                  standard custom setup (blob container SAS URI); null for none
 * @param expressSetups                express custom setups
 * @param virtualNetwork               VNet injection; null for none
 * @param dataProxy                    self-hosted IR as a proxy; null for none
 */
public record SsisIrSettings(String name, String description, String location, String nodeSize, int numberOfNodes,
                             int maxParallelExecutionsPerNode, String edition, String licenseType, Catalog catalog,
                             String credential, List<PackageStore> packageStores, CustomSetup customSetup,
                             List<ExpressSetup> expressSetups, VirtualNetwork virtualNetwork, DataProxy dataProxy)
        implements IrSettings {
    public static final List<String> EDITIONS = List.of("Standard", "Enterprise");
    public static final String LICENSE_INCLUDED = "LicenseIncluded";
    /** Azure Hybrid Benefit ("Save money"). */
    public static final String BASE_PRICE = "BasePrice";
    public static final int MAX_NODES = 10;

    public SsisIrSettings {
        packageStores = packageStores == null ? List.of() : List.copyOf(packageStores);
        expressSetups = expressSetups == null ? List.of() : List.copyOf(expressSetups);
    }

    /**
     * SSISDB. {@code adminPassword} is a newly typed password (null keeps the stored one). With Entra
     * authentication there is no admin user or password.
     */
    public record Catalog(String serverEndpoint, String adminUserName, String adminPassword, String pricingTier,
                          String dualStandbyPairName) {
        public boolean sqlAuthentication() {
            return adminUserName != null && !adminUserName.isEmpty();
        }
    }

    public record PackageStore(String name, String linkedService) {
    }

    /** {@code sasToken}: a newly typed token (null keeps the stored one). */
    public record CustomSetup(String blobContainerUri, String sasToken) {
    }

    /**
     * One express custom setup: {@code CmdkeySetup} (targetName, userName, password), {@code EnvironmentVariableSetup}
     * (variableName, variableValue), {@code ComponentSetup} (componentName, licenseKey) or {@code AzPowerShellSetup}
     * (version). Secret members (password, licenseKey) hold newly typed values or null.
     */
    public record ExpressSetup(String type, Map<String, String> values) {
        public static final Map<String, List<String>> FIELDS = Map.of(
                "CmdkeySetup", List.of("targetName", "userName", "password"),
                "EnvironmentVariableSetup", List.of("variableName", "variableValue"),
                "ComponentSetup", List.of("componentName", "licenseKey"),
                "AzPowerShellSetup", List.of("version"));
        public static final List<String> SECRET_FIELDS = List.of("password", "licenseKey");

        public ExpressSetup {
            values = values == null ? Map.of() : new LinkedHashMap<>(values);
        }
    }

    /** How the IR joins a virtual network: Express ({@code customerVirtualNetwork}) or Standard ({@code vNetProperties}). */
    public enum Injection { EXPRESS, STANDARD }

    /**
     * @param vNetId    the VNet's resource ID (Standard)
     * @param subnet    the subnet name (Standard)
     * @param subnetId  the subnet's resource ID (Express)
     * @param publicIPs up to two static public IP resource IDs (Standard)
     */
    public record VirtualNetwork(Injection injection, String vNetId, String subnet, String subnetId, List<String> publicIPs) {
        public VirtualNetwork {
            publicIPs = publicIPs == null ? List.of() : List.copyOf(publicIPs);
        }
    }

    /** Self-hosted IR as a proxy: the SHIR, a staging Azure Blob linked service and an optional staging path. */
    public record DataProxy(String connectVia, String stagingLinkedService, String path) {
    }

    /** A new Azure-SSIS IR as the wizard starts it. */
    public static SsisIrSettings defaults(String name, String location) {
        return new SsisIrSettings(name, null, location, "Standard_D4_v3", 1, 4, "Standard", LICENSE_INCLUDED,
                null, null, List.of(), null, List.of(), null, null);
    }

    @Override
    public IntegrationRuntime.Kind kind() {
        return IntegrationRuntime.Kind.AZURE_SSIS;
    }

    @Override
    public Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        if (catalog != null && catalog.adminPassword() != null) secrets.put(IrSecrets.CATALOG_ADMIN_PASSWORD, catalog.adminPassword());
        if (customSetup != null && customSetup.sasToken() != null) secrets.put(IrSecrets.CUSTOM_SETUP_SAS_TOKEN, customSetup.sasToken());
        for (int i = 0; i < expressSetups.size(); i++) {
            for (String field : ExpressSetup.SECRET_FIELDS) {
                String value = expressSetups.get(i).values().get(field);
                if (value != null) secrets.put(IrSecrets.expressSetup(i, field), value);
            }
        }
        return secrets;
    }
}
