package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.IrFields;
import dev.pipewright.core.ir.SsisIrSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The Azure-SSIS wizard's fields: General (location, node size and number, edition, Azure Hybrid Benefit),
 * Deployment (SSISDB catalog, package stores) and Advanced (parallel executions, custom setup, VNet, proxy).
 * Passwords and SAS tokens typed here go to the secret store only; on edit they are empty, meaning "keep".
 */
public final class SsisIrForm {
    public final StringProperty location = new SimpleStringProperty(this, "location", "East US");
    public final StringProperty nodeSize = new SimpleStringProperty(this, "nodeSize", "Standard_D4_v3");
    public final StringProperty nodes = new SimpleStringProperty(this, "nodes", "1");
    public final StringProperty maxParallel = new SimpleStringProperty(this, "maxParallel", "4");
    public final StringProperty edition = new SimpleStringProperty(this, "edition", "Standard");
    public final BooleanProperty hybridBenefit = new SimpleBooleanProperty(this, "hybridBenefit", false);
    public final BooleanProperty catalog = new SimpleBooleanProperty(this, "catalog", true);
    public final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    public final BooleanProperty entraAuthentication = new SimpleBooleanProperty(this, "entraAuthentication", false);
    public final StringProperty credential = new SimpleStringProperty(this, "credential", "");
    public final StringProperty adminUser = new SimpleStringProperty(this, "adminUser", "");
    public final StringProperty adminPassword = new SimpleStringProperty(this, "adminPassword", "");
    public final StringProperty pricingTier = new SimpleStringProperty(this, "pricingTier", "Basic");
    public final StringProperty dualStandbyPair = new SimpleStringProperty(this, "dualStandbyPair", "");
    /** One package store a line: {@code <name>=<linked service>}. */
    public final StringProperty packageStores = new SimpleStringProperty(this, "packageStores", "");
    public final BooleanProperty customSetup = new SimpleBooleanProperty(this, "customSetup", false);
    public final StringProperty customSetupUri = new SimpleStringProperty(this, "customSetupUri", "");
    public final StringProperty customSetupSas = new SimpleStringProperty(this, "customSetupSas", "");
    public final BooleanProperty vnet = new SimpleBooleanProperty(this, "vnet", false);
    public final ObjectProperty<SsisIrSettings.Injection> injection =
            new SimpleObjectProperty<>(this, "injection", SsisIrSettings.Injection.EXPRESS);
    public final StringProperty vnetId = new SimpleStringProperty(this, "vnetId", "");
    public final StringProperty subnet = new SimpleStringProperty(this, "subnet", "");
    public final StringProperty subnetId = new SimpleStringProperty(this, "subnetId", "");
    public final StringProperty publicIp1 = new SimpleStringProperty(this, "publicIp1", "");
    public final StringProperty publicIp2 = new SimpleStringProperty(this, "publicIp2", "");
    public final BooleanProperty proxy = new SimpleBooleanProperty(this, "proxy", false);
    public final StringProperty proxyRuntime = new SimpleStringProperty(this, "proxyRuntime", "");
    public final StringProperty proxyStaging = new SimpleStringProperty(this, "proxyStaging", "");
    public final StringProperty proxyPath = new SimpleStringProperty(this, "proxyPath", "");
    /**
     * Express custom setups, one a line: {@code <type>: <field>=<value>; ...}, e.g.
     * {@code EnvironmentVariableSetup: variableName=STAGE; variableValue=prod}. Secret fields (password, licenseKey)
     * typed here go to the secret store; an edit shows them empty, meaning "keep".
     */
    public final StringProperty expressSetups = new SimpleStringProperty(this, "expressSetups", "");

    SsisIrSettings toSettings(String name, String description, FormValues values) {
        SsisIrSettings.Catalog c = null;
        if (catalog.get()) {
            boolean entra = entraAuthentication.get();
            c = new SsisIrSettings.Catalog(FormValues.text(endpoint), entra ? null : FormValues.text(adminUser),
                    entra ? null : FormValues.text(adminPassword), FormValues.text(pricingTier), FormValues.text(dualStandbyPair));
        }
        List<SsisIrSettings.PackageStore> stores = new ArrayList<>();
        for (String line : (packageStores.get() == null ? "" : packageStores.get()).split("\n")) {
            if (line.isBlank()) continue;
            int eq = line.indexOf('=');
            stores.add(eq < 0 ? new SsisIrSettings.PackageStore(line.trim(), null)
                    : new SsisIrSettings.PackageStore(line.substring(0, eq).trim(), line.substring(eq + 1).trim()));
        }
        SsisIrSettings.CustomSetup setup = customSetup.get()
                ? new SsisIrSettings.CustomSetup(FormValues.text(customSetupUri), FormValues.text(customSetupSas)) : null;
        SsisIrSettings.VirtualNetwork network = null;
        if (vnet.get()) {
            List<String> ips = new ArrayList<>();
            if (FormValues.text(publicIp1) != null) ips.add(FormValues.text(publicIp1));
            if (FormValues.text(publicIp2) != null) ips.add(FormValues.text(publicIp2));
            network = injection.get() == SsisIrSettings.Injection.EXPRESS
                    ? new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.EXPRESS, null, null, FormValues.text(subnetId), List.of())
                    : new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.STANDARD, FormValues.text(vnetId), FormValues.text(subnet),
                    null, ips);
        }
        SsisIrSettings.DataProxy dataProxy = proxy.get()
                ? new SsisIrSettings.DataProxy(FormValues.text(proxyRuntime), FormValues.text(proxyStaging), FormValues.text(proxyPath)) : null;
        return new SsisIrSettings(name, description, FormValues.text(location), FormValues.text(nodeSize),
                values.integer(nodes, IrFields.NUMBER_OF_NODES, "Node number"),
                values.integer(maxParallel, IrFields.MAX_PARALLEL, "Maximum parallel executions per node"), FormValues.text(edition),
                hybridBenefit.get() ? SsisIrSettings.BASE_PRICE : SsisIrSettings.LICENSE_INCLUDED, c,
                entraAuthentication.get() ? FormValues.text(credential) : null, stores, setup, parseExpressSetups(), network, dataProxy);
    }

    void load(SsisIrSettings s) {
        location.set(s.location());
        nodeSize.set(s.nodeSize());
        nodes.set(Integer.toString(s.numberOfNodes()));
        maxParallel.set(Integer.toString(s.maxParallelExecutionsPerNode()));
        edition.set(s.edition());
        hybridBenefit.set(SsisIrSettings.BASE_PRICE.equals(s.licenseType()));
        catalog.set(s.catalog() != null);
        if (s.catalog() != null) {
            endpoint.set(nz(s.catalog().serverEndpoint()));
            entraAuthentication.set(!s.catalog().sqlAuthentication());
            adminUser.set(nz(s.catalog().adminUserName()));
            pricingTier.set(nz(s.catalog().pricingTier()));
            dualStandbyPair.set(nz(s.catalog().dualStandbyPairName()));
        }
        adminPassword.set("");
        credential.set(nz(s.credential()));
        StringBuilder lines = new StringBuilder();
        for (SsisIrSettings.PackageStore p : s.packageStores()) lines.append(p.name()).append('=').append(nz(p.linkedService())).append('\n');
        packageStores.set(lines.toString().strip());
        customSetup.set(s.customSetup() != null);
        customSetupUri.set(s.customSetup() == null ? "" : nz(s.customSetup().blobContainerUri()));
        customSetupSas.set("");
        expressSetups.set(formatExpressSetups(s.expressSetups()));
        SsisIrSettings.VirtualNetwork v = s.virtualNetwork();
        vnet.set(v != null);
        if (v != null) {
            injection.set(v.injection());
            vnetId.set(nz(v.vNetId()));
            subnet.set(nz(v.subnet()));
            subnetId.set(nz(v.subnetId()));
            publicIp1.set(v.publicIPs().isEmpty() ? "" : v.publicIPs().get(0));
            publicIp2.set(v.publicIPs().size() < 2 ? "" : v.publicIPs().get(1));
        }
        proxy.set(s.dataProxy() != null);
        if (s.dataProxy() != null) {
            proxyRuntime.set(nz(s.dataProxy().connectVia()));
            proxyStaging.set(nz(s.dataProxy().stagingLinkedService()));
            proxyPath.set(nz(s.dataProxy().path()));
        }
    }

    private List<SsisIrSettings.ExpressSetup> parseExpressSetups() {
        List<SsisIrSettings.ExpressSetup> list = new ArrayList<>();
        for (String line : (expressSetups.get() == null ? "" : expressSetups.get()).split("\n")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            String type = (colon < 0 ? line : line.substring(0, colon)).trim();
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            if (colon >= 0) {
                for (String pair : line.substring(colon + 1).split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && !pair.substring(eq + 1).trim().isEmpty()) values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            list.add(new SsisIrSettings.ExpressSetup(type, values));
        }
        return list;
    }

    private static String formatExpressSetups(List<SsisIrSettings.ExpressSetup> setups) {
        StringBuilder sb = new StringBuilder();
        for (SsisIrSettings.ExpressSetup setup : setups) {
            sb.append(setup.type()).append(": ");
            List<String> pairs = new ArrayList<>();
            for (String field : SsisIrSettings.ExpressSetup.FIELDS.getOrDefault(setup.type(), List.copyOf(setup.values().keySet()))) {
                boolean secret = SsisIrSettings.ExpressSetup.SECRET_FIELDS.contains(field);
                pairs.add(field + "=" + (secret ? "" : nz(setup.values().get(field))));
            }
            sb.append(String.join("; ", pairs)).append('\n');
        }
        return sb.toString().strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
