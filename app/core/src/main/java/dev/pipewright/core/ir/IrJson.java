package dev.pipewright.core.ir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.ir.AzureIrSettings.CustomProperty;
import dev.pipewright.core.ir.SsisIrSettings.ExpressSetup;
import dev.pipewright.core.model.IntegrationRuntime;

import java.util.List;

import static dev.pipewright.core.ir.OrderedJson.NODES;
import static dev.pipewright.core.ir.OrderedJson.child;
import static dev.pipewright.core.ir.OrderedJson.dropIfEmpty;
import static dev.pipewright.core.ir.OrderedJson.put;
import static dev.pipewright.core.ir.OrderedJson.putInt;
import static dev.pipewright.core.ir.OrderedJson.putText;
import static dev.pipewright.core.ir.OrderedJson.reference;

/**
 * Writes {@link IrSettings} as the JSON ADF Studio writes for each IR kind, into a new tree or over an
 * existing file's tree. Members the wizard does not know are left alone; members it owns are set or removed;
 * new members land in ADF's order. Secrets are written in ADF's masked form, never their value.
 */
public final class IrJson {
    static final List<String> ROOT = List.of("name", "type", "properties");
    static final List<String> PROPERTIES = List.of("type", "description", "typeProperties", "managedVirtualNetwork");
    static final List<String> TYPE_PROPERTIES = List.of("computeProperties", "ssisProperties", "customerVirtualNetwork", "linkedInfo");
    static final List<String> COMPUTE = List.of("location", "nodeSize", "numberOfNodes", "maxParallelExecutionsPerNode",
            "dataFlowProperties", "vNetProperties", "copyComputeScaleProperties", "pipelineExternalComputeScaleProperties");
    static final List<String> DATA_FLOW = List.of("computeType", "coreCount", "timeToLive", "cleanup", "customProperties");
    static final List<String> COPY_SCALE = List.of("dataIntegrationUnit", "timeToLive");
    static final List<String> PIPELINE_SCALE = List.of("timeToLive", "numberOfPipelineNodes", "numberOfExternalNodes");
    static final List<String> SSIS = List.of("catalogInfo", "edition", "licenseType", "customSetupScriptProperties",
            "dataProxyProperties", "expressCustomSetupProperties", "packageStores", "credential");
    static final List<String> CATALOG = List.of("catalogServerEndpoint", "catalogAdminUserName", "catalogAdminPassword",
            "catalogPricingTier", "dualStandbyPairName");
    static final List<String> VNET = List.of("vNetId", "subnet", "subnetId", "publicIPs");
    static final List<String> LINKED_INFO = List.of("resourceId", "authorizationType");
    static final List<String> PROXY = List.of("connectVia", "stagingLinkedService", "path");
    static final List<String> CUSTOM_SETUP = List.of("blobContainerUri", "sasToken");

    private IrJson() {
    }

    /** The file content of a new IR. */
    public static ObjectNode create(IrSettings settings) {
        ObjectNode json = NODES.objectNode();
        apply(settings, json);
        return json;
    }

    /** Writes {@code settings} over {@code json} (a new or an existing IR file's tree). */
    public static void apply(IrSettings settings, ObjectNode json) {
        putText(json, ROOT, "name", settings.name());
        ObjectNode properties = child(json, ROOT, "properties");
        boolean selfHosted = settings.kind().isSelfHosted();
        putText(properties, PROPERTIES, "type", selfHosted ? "SelfHosted" : "Managed");
        putText(properties, PROPERTIES, "description", settings.description());
        ObjectNode typeProperties = child(properties, PROPERTIES, "typeProperties");
        if (settings instanceof AzureIrSettings azure) {
            writeAzure(azure, properties, typeProperties);
        } else if (settings instanceof SsisIrSettings ssis) {
            writeSsis(ssis, typeProperties);
        } else if (settings instanceof LinkedSelfHostedIrSettings linked) {
            ObjectNode info = child(typeProperties, TYPE_PROPERTIES, "linkedInfo");
            putText(info, LINKED_INFO, "resourceId", linked.resourceId());
            putText(info, LINKED_INFO, "authorizationType", LinkedSelfHostedIrSettings.RBAC);
        } else {
            typeProperties.remove("linkedInfo");
        }
        if (!(settings instanceof AzureIrSettings)) properties.remove("managedVirtualNetwork");
        dropIfEmpty(properties, "typeProperties");
    }

    private static void writeAzure(AzureIrSettings s, ObjectNode properties, ObjectNode typeProperties) {
        ObjectNode compute = child(typeProperties, TYPE_PROPERTIES, "computeProperties");
        putText(compute, COMPUTE, "location", s.isAutoResolve() ? IntegrationRuntime.AUTO_RESOLVE_LOCATION : s.location());
        AzureIrSettings.DataFlow df = s.dataFlow();
        if (df == null) {
            compute.remove("dataFlowProperties");
        } else {
            ObjectNode d = child(compute, COMPUTE, "dataFlowProperties");
            putText(d, DATA_FLOW, "computeType", df.computeType());
            putInt(d, DATA_FLOW, "coreCount", df.coreCount());
            putInt(d, DATA_FLOW, "timeToLive", df.timeToLive());
            put(d, DATA_FLOW, "cleanup", df.cleanup() == null ? null : NODES.booleanNode(df.cleanup()));
            put(d, DATA_FLOW, "customProperties", df.customProperties() == null ? null : customProperties(df.customProperties()));
        }
        if (s.managedVirtualNetwork() && s.copyComputeScale() != null) {
            ObjectNode c = child(compute, COMPUTE, "copyComputeScaleProperties");
            putInt(c, COPY_SCALE, "dataIntegrationUnit", s.copyComputeScale().dataIntegrationUnit());
            putInt(c, COPY_SCALE, "timeToLive", s.copyComputeScale().timeToLive());
        } else {
            compute.remove("copyComputeScaleProperties");
        }
        if (s.managedVirtualNetwork() && s.pipelineExternalComputeScale() != null) {
            ObjectNode p = child(compute, COMPUTE, "pipelineExternalComputeScaleProperties");
            putInt(p, PIPELINE_SCALE, "timeToLive", s.pipelineExternalComputeScale().timeToLive());
            putInt(p, PIPELINE_SCALE, "numberOfPipelineNodes", s.pipelineExternalComputeScale().numberOfPipelineNodes());
            putInt(p, PIPELINE_SCALE, "numberOfExternalNodes", s.pipelineExternalComputeScale().numberOfExternalNodes());
        } else {
            compute.remove("pipelineExternalComputeScaleProperties");
        }
        put(properties, PROPERTIES, "managedVirtualNetwork",
                s.managedVirtualNetwork() ? reference("ManagedVirtualNetworkReference", "default") : null);
    }

    private static ArrayNode customProperties(List<CustomProperty> list) {
        ArrayNode array = NODES.arrayNode();
        for (CustomProperty p : list) {
            ObjectNode o = array.addObject();
            o.put("name", p.name());
            o.put("value", p.value());
        }
        return array;
    }

    private static void writeSsis(SsisIrSettings s, ObjectNode typeProperties) {
        ObjectNode compute = child(typeProperties, TYPE_PROPERTIES, "computeProperties");
        putText(compute, COMPUTE, "location", s.location());
        putText(compute, COMPUTE, "nodeSize", s.nodeSize());
        putInt(compute, COMPUTE, "numberOfNodes", s.numberOfNodes());
        putInt(compute, COMPUTE, "maxParallelExecutionsPerNode", s.maxParallelExecutionsPerNode());
        SsisIrSettings.VirtualNetwork vnet = s.virtualNetwork();
        boolean standard = vnet != null && vnet.injection() == SsisIrSettings.Injection.STANDARD;
        boolean express = vnet != null && vnet.injection() == SsisIrSettings.Injection.EXPRESS;
        if (standard) {
            ObjectNode v = child(compute, COMPUTE, "vNetProperties");
            putText(v, VNET, "vNetId", vnet.vNetId());
            putText(v, VNET, "subnet", vnet.subnet());
            put(v, VNET, "publicIPs", vnet.publicIPs().isEmpty() ? null : strings(vnet.publicIPs()));
        } else {
            compute.remove("vNetProperties");
        }
        if (express) {
            ObjectNode c = child(typeProperties, TYPE_PROPERTIES, "customerVirtualNetwork");
            putText(c, VNET, "subnetId", vnet.subnetId());
        } else {
            typeProperties.remove("customerVirtualNetwork");
        }
        ObjectNode ssis = child(typeProperties, TYPE_PROPERTIES, "ssisProperties");
        writeCatalog(s.catalog(), ssis);
        putText(ssis, SSIS, "edition", s.edition());
        putText(ssis, SSIS, "licenseType", s.licenseType());
        if (s.customSetup() != null) {
            ObjectNode c = child(ssis, SSIS, "customSetupScriptProperties");
            putText(c, CUSTOM_SETUP, "blobContainerUri", s.customSetup().blobContainerUri());
            put(c, CUSTOM_SETUP, "sasToken", OrderedJson.maskedSecret());
        } else {
            ssis.remove("customSetupScriptProperties");
        }
        if (s.dataProxy() != null) {
            ObjectNode p = child(ssis, SSIS, "dataProxyProperties");
            put(p, PROXY, "connectVia", reference("IntegrationRuntimeReference", s.dataProxy().connectVia()));
            put(p, PROXY, "stagingLinkedService", reference("LinkedServiceReference", s.dataProxy().stagingLinkedService()));
            putText(p, PROXY, "path", s.dataProxy().path());
        } else {
            ssis.remove("dataProxyProperties");
        }
        put(ssis, SSIS, "expressCustomSetupProperties", s.expressSetups().isEmpty() ? null : expressSetups(s.expressSetups()));
        put(ssis, SSIS, "packageStores", s.packageStores().isEmpty() ? null : packageStores(s.packageStores()));
        put(ssis, SSIS, "credential", s.credential() == null || s.credential().isEmpty() ? null
                : reference("CredentialReference", s.credential()));
    }

    private static void writeCatalog(SsisIrSettings.Catalog catalog, ObjectNode ssis) {
        if (catalog == null) {
            ssis.remove("catalogInfo");
            return;
        }
        ObjectNode c = child(ssis, SSIS, "catalogInfo");
        putText(c, CATALOG, "catalogServerEndpoint", catalog.serverEndpoint());
        putText(c, CATALOG, "catalogAdminUserName", catalog.adminUserName());
        put(c, CATALOG, "catalogAdminPassword", catalog.sqlAuthentication() ? OrderedJson.maskedSecret() : null);
        putText(c, CATALOG, "catalogPricingTier", catalog.pricingTier());
        putText(c, CATALOG, "dualStandbyPairName", catalog.dualStandbyPairName());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode expressSetups(List<ExpressSetup> setups) {
        ArrayNode array = NODES.arrayNode();
        for (ExpressSetup setup : setups) {
            ObjectNode o = array.addObject();
            o.put("type", setup.type());
            ObjectNode tp = o.putObject("typeProperties");
            for (String field : ExpressSetup.FIELDS.getOrDefault(setup.type(), List.of())) {
                if (ExpressSetup.SECRET_FIELDS.contains(field)) {
                    tp.set(field, OrderedJson.maskedSecret());
                } else {
                    tp.put(field, setup.values().getOrDefault(field, ""));
                }
            }
        }
        return array;
    }

    private static ArrayNode packageStores(List<SsisIrSettings.PackageStore> stores) {
        ArrayNode array = NODES.arrayNode();
        for (SsisIrSettings.PackageStore store : stores) {
            ObjectNode o = array.addObject();
            o.put("name", store.name());
            o.set("packageStoreLinkedService", reference("LinkedServiceReference", store.linkedService()));
        }
        return array;
    }
}
