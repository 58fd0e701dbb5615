package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.IrFields;
import dev.pipewright.core.ir.SsisIrSettings;
import dev.pipewright.studio.hub.FormGrid;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

import java.util.Collection;
import java.util.List;

/** The Azure-SSIS wizard's pages as tabs: General, Deployment, Advanced. */
final class SsisIrPane extends TabPane {
    private final FormGrid general = new FormGrid();
    private final FormGrid deployment = new FormGrid();
    private final FormGrid advanced = new FormGrid();

    SsisIrPane(IrWizardViewModel vm) {
        SsisIrForm f = vm.ssis;
        setId("ssis-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        general.choice("Location", IrWizardViewModel.ssisRegions(), f.location, true, "ssis-location", IrFields.LOCATION, null);
        general.choice("Node size", IrWizardViewModel.nodeSizes(), f.nodeSize, true, "ssis-node-size", IrFields.NODE_SIZE, null);
        general.text("Node number (1–10)", f.nodes, "ssis-nodes", IrFields.NUMBER_OF_NODES, null);
        general.choice("Edition/license", SsisIrSettings.EDITIONS, f.edition, false, "ssis-edition", IrFields.EDITION, null);
        general.check("Save money (Azure Hybrid Benefit)", f.hybridBenefit, "ssis-ahb", null);
        Label cost = general.note("", null);
        cost.setId("ssis-cost");
        cost.textProperty().bind(vm.costEstimateProperty());

        deployment.check("Create SSIS catalog (SSISDB)", f.catalog, "ssis-catalog", null);
        BooleanBinding catalog = f.catalog.and(f.catalog);
        deployment.text("Catalog database server endpoint", f.endpoint, "ssis-endpoint", IrFields.CATALOG_ENDPOINT, catalog);
        deployment.check("Use Entra authentication (managed identity)", f.entraAuthentication, "ssis-entra", catalog);
        BooleanBinding sql = catalog.and(f.entraAuthentication.not());
        deployment.text("Admin username", f.adminUser, "ssis-admin-user", IrFields.CATALOG_ADMIN_USER, sql);
        deployment.secret("Admin password", f.adminPassword, "ssis-admin-password", IrFields.CATALOG_ADMIN_PASSWORD, sql);
        if (vm.isEditing()) deployment.note("Leave the password empty to keep the one in the local secret store.", sql);
        deployment.choice("User-assigned managed identity credential", vm.credentials(), f.credential, true, "ssis-credential", null,
                catalog.and(f.entraAuthentication));
        deployment.choice("Catalog database service tier", List.of("Basic", "S0", "S1", "S2", "S3", "S4", "S6", "S7", "S9", "S12",
                "P1", "P2", "P4", "P6", "P11", "P15"), f.pricingTier, true, "ssis-tier", IrFields.CATALOG_PRICING_TIER, catalog);
        deployment.text("Dual standby pair name", f.dualStandbyPair, "ssis-dual-standby", null, catalog);
        TextArea stores = new TextArea();
        stores.setPrefRowCount(2);
        stores.textProperty().bindBidirectional(f.packageStores);
        deployment.row("Package stores (name=linked service, one a line)", stores, "ssis-package-stores", IrFields.PACKAGE_STORES, null);

        advanced.text("Maximum parallel executions per node", f.maxParallel, "ssis-max-parallel", IrFields.MAX_PARALLEL, null);
        advanced.check("Custom setup (container SAS URI)", f.customSetup, "ssis-custom-setup", null);
        BooleanBinding setup = f.customSetup.and(f.customSetup);
        advanced.text("Custom setup container URI", f.customSetupUri, "ssis-setup-uri", IrFields.CUSTOM_SETUP_URI, setup);
        advanced.secret("Custom setup SAS token", f.customSetupSas, "ssis-setup-sas", IrFields.CUSTOM_SETUP_SAS, setup);
        TextArea expressSetups = new TextArea();
        expressSetups.setPrefRowCount(2);
        expressSetups.setPromptText("EnvironmentVariableSetup: variableName=STAGE; variableValue=prod");
        expressSetups.textProperty().bindBidirectional(f.expressSetups);
        advanced.row("Express custom setups (one a line)", expressSetups, "ssis-express-setups", IrFields.EXPRESS_SETUPS, null);
        advanced.note("Types: CmdkeySetup (targetName, userName, password), EnvironmentVariableSetup (variableName, variableValue), "
                + "ComponentSetup (componentName, licenseKey), AzPowerShellSetup (version). Passwords and license keys go to the "
                + "secret store; empty on edit keeps them.", null);
        advanced.check("Join a virtual network", f.vnet, "ssis-vnet", null);
        BooleanBinding vnet = f.vnet.and(f.vnet);
        ComboBox<SsisIrSettings.Injection> injection = new ComboBox<>();
        injection.getItems().setAll(SsisIrSettings.Injection.values());
        injection.valueProperty().bindBidirectional(f.injection);
        advanced.row("Injection method", injection, "ssis-injection", null, vnet);
        BooleanBinding express = vnet.and(f.injection.isEqualTo(SsisIrSettings.Injection.EXPRESS));
        BooleanBinding standard = vnet.and(f.injection.isEqualTo(SsisIrSettings.Injection.STANDARD));
        advanced.text("Subnet resource ID", f.subnetId, "ssis-subnet-id", IrFields.SUBNET_ID, express);
        advanced.text("Virtual network resource ID", f.vnetId, "ssis-vnet-id", IrFields.VNET_ID, standard);
        advanced.text("Subnet name", f.subnet, "ssis-subnet", IrFields.SUBNET, standard);
        advanced.text("Static public IP 1 (optional)", f.publicIp1, "ssis-ip1", IrFields.PUBLIC_IPS, standard);
        advanced.text("Static public IP 2 (optional)", f.publicIp2, "ssis-ip2", null, standard);
        advanced.check("Set up self-hosted IR as a proxy", f.proxy, "ssis-proxy", null);
        BooleanBinding proxy = f.proxy.and(f.proxy);
        advanced.choice("Self-hosted integration runtime", vm.selfHostedRuntimes(), f.proxyRuntime, true, "ssis-proxy-ir",
                IrFields.PROXY_CONNECT_VIA, proxy);
        advanced.choice("Staging storage linked service", vm.blobLinkedServices(), f.proxyStaging, true, "ssis-proxy-staging",
                IrFields.PROXY_STAGING, proxy);
        advanced.text("Staging path", f.proxyPath, "ssis-proxy-path", null, proxy);

        getTabs().addAll(tab("General", general), tab("Deployment", deployment), tab("Advanced", advanced));
    }

    private static Tab tab(String title, FormGrid form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return new Tab(title, scroll);
    }

    void mark(Collection<String> fields) {
        general.mark(fields);
        deployment.mark(fields);
        advanced.mark(fields);
    }
}
