package dev.pipewright.core.ir;

import dev.pipewright.core.ir.IrValidator.Findings;
import dev.pipewright.core.ir.SsisIrSettings.ExpressSetup;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.problem.ProblemCode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.pipewright.core.ir.IrFields.*;

/** The Azure-SSIS wizard's checks: General, Deployment and Advanced pages. */
final class SsisRules {
    /** Default Azure-SSIS core quota per subscription. */
    static final int CORE_QUOTA = 64;
    private static final Pattern ENDPOINT = Pattern.compile(
            "[a-z0-9][a-z0-9-]*(\\.public)?(\\.[a-z0-9]+)?\\.database\\.(windows\\.net|chinacloudapi\\.cn|usgovcloudapi\\.net)(,3342)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICING_TIER = Pattern.compile(
            "Basic|Standard|Premium|PremiumRS|S(0|1|2|3|4|6|7|9|12)|P(1|2|4|6|11|15)|ELASTIC_POOL\\(\\s*name\\s*=\\s*[^)]+\\)");
    private static final Pattern VNET_ID_FORM = Pattern.compile(
            "/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.(Classic)?Network/virtualNetworks/[^/]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBNET_ID_FORM = Pattern.compile(VNET_ID_FORM.pattern() + "/subnets/[^/]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLIC_IP = Pattern.compile(
            "/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Network/publicIPAddresses/[^/]+", Pattern.CASE_INSENSITIVE);

    private SsisRules() {
    }

    static void check(SsisIrSettings s, IrContext context, Findings f) {
        if (context.synapse()) {
            f.add(TYPE, ProblemCode.AZURE_SSIS_IN_SYNAPSE, "Synapse workspaces support only Azure and self-hosted IRs",
                    "Use Data Factory mode in the environment profile, or another IR kind");
        }
        general(s, context, f);
        deployment(s, context, f);
        advanced(s, context, f);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void general(SsisIrSettings s, IrContext context, Findings f) {
        IrValidator.checkRegion(s.location(), context, f);
        IrValidator.range(f, NUMBER_OF_NODES, "node number", s.numberOfNodes(), 1, SsisIrSettings.MAX_NODES, "");
        Optional<SsisNodeSizes.NodeSize> size = SsisNodeSizes.find(s.nodeSize());
        if (blank(s.nodeSize())) {
            f.add(NODE_SIZE, ProblemCode.IR_VALUE_REQUIRED, "choose a node size", "For example Standard_D4_v3");
        } else if (size.isEmpty()) {
            f.add(NODE_SIZE, ProblemCode.IR_VALUE_NOT_OFFERED, "node size '" + s.nodeSize() + "' is not offered for Azure-SSIS",
                    "For example Standard_D4_v3 or Standard_E8_v3");
        }
        size.ifPresent(n -> {
            IrValidator.range(f, MAX_PARALLEL, "maximum parallel executions per node", s.maxParallelExecutionsPerNode(), 1,
                    n.maxParallelExecutions(), " (" + n.name() + (n.name().equals("Standard_D1_v2") ? ": at most 4)" : ": 2 × " + n.cores() + " cores)"));
            int cores = n.cores() * s.numberOfNodes();
            if (cores > CORE_QUOTA) {
                f.add(NUMBER_OF_NODES, ProblemCode.SSIS_CORE_QUOTA, s.numberOfNodes() + " × " + n.cores() + " cores = " + cores
                        + " cores, above the default quota of " + CORE_QUOTA + " Azure-SSIS cores per subscription",
                        "Use fewer or smaller nodes, or ask Azure support to raise the quota");
            }
        });
        if (!SsisIrSettings.EDITIONS.contains(s.edition())) {
            f.add(EDITION, ProblemCode.IR_VALUE_NOT_OFFERED, "edition '" + s.edition() + "' is not offered", "Use Standard or Enterprise");
        }
        if (!SsisIrSettings.LICENSE_INCLUDED.equals(s.licenseType()) && !SsisIrSettings.BASE_PRICE.equals(s.licenseType())) {
            f.add(LICENSE_TYPE, ProblemCode.IR_VALUE_NOT_OFFERED, "license type '" + s.licenseType() + "' is not offered",
                    "Use LicenseIncluded, or BasePrice for Azure Hybrid Benefit");
        }
    }

    private static void deployment(SsisIrSettings s, IrContext context, Findings f) {
        SsisIrSettings.Catalog c = s.catalog();
        if (c != null) {
            if (blank(c.serverEndpoint())) {
                f.add(CATALOG_ENDPOINT, ProblemCode.IR_VALUE_REQUIRED, "enter the catalog database server endpoint",
                        "<server>.database.windows.net");
            } else if (!ENDPOINT.matcher(c.serverEndpoint().trim()).matches()) {
                f.add(CATALOG_ENDPOINT, ProblemCode.IR_VALUE_MALFORMED, "'" + c.serverEndpoint() + "' is not an Azure SQL server endpoint",
                        "<server>.database.windows.net, or <mi>.<dns-zone>.database.windows.net for a managed instance");
            }
            if (c.sqlAuthentication()) {
                if (c.adminUserName().length() > 128) {
                    f.add(CATALOG_ADMIN_USER, ProblemCode.IR_VALUE_OUT_OF_RANGE, "the admin user name has " + c.adminUserName().length()
                            + " characters; ADF allows 1 to 128", "Shorten it");
                }
                if (context.creating() && blank(c.adminPassword())) {
                    f.add(CATALOG_ADMIN_PASSWORD, ProblemCode.IR_VALUE_REQUIRED, "enter the admin password",
                            "It goes to the local secret store; the file keeps ADF's masked value");
                }
            } else if (blank(s.credential()) && !blank(c.adminPassword())) {
                f.add(CATALOG_ADMIN_USER, ProblemCode.IR_VALUE_REQUIRED, "a password was given without an admin user name", "");
            }
            if (!blank(c.pricingTier()) && !PRICING_TIER.matcher(c.pricingTier().trim()).matches()) {
                f.add(CATALOG_PRICING_TIER, ProblemCode.IR_VALUE_NOT_OFFERED, "service tier '" + c.pricingTier() + "' is not offered",
                        "Basic, S0…S12, P1…P15, or ELASTIC_POOL(name = <pool>); empty for a managed instance");
            }
        }
        for (SsisIrSettings.PackageStore store : s.packageStores()) {
            if (blank(store.name())) {
                f.add(PACKAGE_STORES, ProblemCode.IR_VALUE_REQUIRED, "a package store has no name", "");
            }
            if (blank(store.linkedService())) {
                f.add(PACKAGE_STORES, ProblemCode.IR_VALUE_REQUIRED, "package store '" + store.name() + "' has no linked service", "");
            } else if (context.linkedServiceType(store.linkedService()).isEmpty()) {
                f.add(PACKAGE_STORES, ProblemCode.MISSING_LINKED_SERVICE, "package store '" + store.name() + "' uses linked service '"
                        + store.linkedService() + "', which does not exist", "Create it (Azure Files or Azure SQL Managed Instance)");
            }
        }
    }

    private static void advanced(SsisIrSettings s, IrContext context, Findings f) {
        SsisIrSettings.CustomSetup cs = s.customSetup();
        if (cs != null) {
            if (blank(cs.blobContainerUri()) || !cs.blobContainerUri().trim().toLowerCase(java.util.Locale.ROOT).startsWith("https://")) {
                f.add(CUSTOM_SETUP_URI, ProblemCode.IR_VALUE_MALFORMED, "the custom setup container URI must be an https:// blob container URI",
                        "https://<account>.blob.core.windows.net/<container>");
            }
            if (context.creating() && blank(cs.sasToken())) {
                f.add(CUSTOM_SETUP_SAS, ProblemCode.IR_VALUE_REQUIRED, "enter the container's SAS token", "");
            }
        }
        for (ExpressSetup setup : s.expressSetups()) {
            List<String> fields = ExpressSetup.FIELDS.get(setup.type());
            if (fields == null) {
                f.add(EXPRESS_SETUPS, ProblemCode.IR_VALUE_MALFORMED, "express custom setup type '" + setup.type() + "' is not known",
                        "CmdkeySetup, EnvironmentVariableSetup, ComponentSetup or AzPowerShellSetup");
                continue;
            }
            for (String field : fields) {
                boolean secret = ExpressSetup.SECRET_FIELDS.contains(field);
                if (blank(setup.values().get(field)) && (!secret || context.creating())) {
                    f.add(EXPRESS_SETUPS, ProblemCode.IR_VALUE_REQUIRED, setup.type() + " needs " + field, "");
                }
            }
        }
        virtualNetwork(s.virtualNetwork(), f);
        proxy(s.dataProxy(), context, f);
    }

    private static void virtualNetwork(SsisIrSettings.VirtualNetwork v, Findings f) {
        if (v == null) return;
        if (v.injection() == SsisIrSettings.Injection.EXPRESS) {
            if (blank(v.subnetId()) || !SUBNET_ID_FORM.matcher(v.subnetId().trim()).matches()) {
                f.add(SUBNET_ID, ProblemCode.IR_VALUE_MALFORMED, "express injection needs the subnet's resource ID",
                        "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>");
            }
            return;
        }
        if (blank(v.vNetId()) || !VNET_ID_FORM.matcher(v.vNetId().trim()).matches()) {
            f.add(VNET_ID, ProblemCode.IR_VALUE_MALFORMED, "standard injection needs the virtual network's resource ID",
                    "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>");
        }
        if (blank(v.subnet())) f.add(SUBNET, ProblemCode.IR_VALUE_REQUIRED, "enter the subnet name", "");
        if (v.publicIPs().size() > 2) {
            f.add(PUBLIC_IPS, ProblemCode.IR_VALUE_OUT_OF_RANGE, v.publicIPs().size() + " static public IPs; ADF takes two", "Give exactly two");
        }
        for (String ip : v.publicIPs()) {
            if (!PUBLIC_IP.matcher(ip.trim()).matches()) {
                f.add(PUBLIC_IPS, ProblemCode.IR_VALUE_MALFORMED, "'" + ip + "' is not a public IP address resource ID",
                        "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/publicIPAddresses/<ip>");
            }
        }
    }

    private static void proxy(SsisIrSettings.DataProxy p, IrContext context, Findings f) {
        if (p == null) return;
        if (blank(p.connectVia())) {
            f.add(PROXY_CONNECT_VIA, ProblemCode.IR_VALUE_REQUIRED, "choose the self-hosted IR to use as a proxy", "");
        } else {
            Optional<IntegrationRuntime.Kind> kind = context.runtimeKind(p.connectVia());
            if (kind.isEmpty()) {
                f.add(PROXY_CONNECT_VIA, ProblemCode.MISSING_INTEGRATION_RUNTIME, "integration runtime '" + p.connectVia() + "' does not exist", "");
            } else if (!kind.get().isSelfHosted()) {
                f.add(PROXY_CONNECT_VIA, ProblemCode.IR_VALUE_NOT_OFFERED, "'" + p.connectVia() + "' is " + kind.get().label()
                        + "; the proxy must be a self-hosted IR", "");
            }
        }
        if (blank(p.stagingLinkedService())) {
            f.add(PROXY_STAGING, ProblemCode.IR_VALUE_REQUIRED, "choose the staging Azure Blob Storage linked service", "");
        } else {
            Optional<String> type = context.linkedServiceType(p.stagingLinkedService());
            if (type.isEmpty()) {
                f.add(PROXY_STAGING, ProblemCode.MISSING_LINKED_SERVICE, "linked service '" + p.stagingLinkedService() + "' does not exist", "");
            } else if (!type.get().equals("AzureBlobStorage")) {
                f.add(PROXY_STAGING, ProblemCode.IR_VALUE_NOT_OFFERED, "'" + p.stagingLinkedService() + "' is " + type.get()
                        + "; staging needs Azure Blob Storage", "");
            }
        }
    }
}
