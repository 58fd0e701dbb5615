package dev.pipewright.core.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.ir.AzureIrSettings.CopyComputeScale;
import dev.pipewright.core.ir.AzureIrSettings.CustomProperty;
import dev.pipewright.core.ir.AzureIrSettings.DataFlow;
import dev.pipewright.core.ir.AzureIrSettings.PipelineExternalComputeScale;
import dev.pipewright.core.ir.SsisIrSettings.ExpressSetup;
import dev.pipewright.core.model.IntegrationRuntime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.pipewright.core.ir.OrderedJson.bool;
import static dev.pipewright.core.ir.OrderedJson.integer;
import static dev.pipewright.core.ir.OrderedJson.object;
import static dev.pipewright.core.ir.OrderedJson.text;

/**
 * Reads an IR file into the settings its edit wizard shows. Secret values are never in files, so the
 * settings carry none (null means "keep the stored value"). Numbers ADF always writes but a hand-written file
 * lacks read as 0, which validation then reports.
 */
public final class IrSettingsReader {
    private IrSettingsReader() {
    }

    public static IrSettings read(IntegrationRuntime ir) {
        return read(ir.kind(), ir.resource().json());
    }

    static IrSettings read(IntegrationRuntime.Kind kind, ObjectNode json) {
        String name = text(json, "name");
        ObjectNode properties = object(json, "properties");
        String description = text(properties, "description");
        ObjectNode typeProperties = object(properties, "typeProperties");
        ObjectNode compute = object(typeProperties, "computeProperties");
        return switch (kind) {
            case SELF_HOSTED -> new SelfHostedIrSettings(name, description);
            case LINKED_SELF_HOSTED -> new LinkedSelfHostedIrSettings(name, description,
                    text(object(typeProperties, "linkedInfo"), "resourceId"));
            case AZURE -> readAzure(name, description, properties, compute);
            case AZURE_SSIS -> readSsis(name, description, typeProperties, compute);
        };
    }

    private static int number(JsonNode node, String field) {
        Integer v = integer(node, field);
        return v == null ? 0 : v;
    }

    private static AzureIrSettings readAzure(String name, String description, ObjectNode properties, ObjectNode compute) {
        String location = text(compute, "location");
        ObjectNode d = object(compute, "dataFlowProperties");
        DataFlow dataFlow = null;
        if (d != null) {
            List<CustomProperty> custom = null;
            if (d.get("customProperties") != null && d.get("customProperties").isArray()) {
                custom = new ArrayList<>();
                for (JsonNode p : d.get("customProperties")) custom.add(new CustomProperty(text(p, "name"), text(p, "value")));
            }
            dataFlow = new DataFlow(text(d, "computeType"), number(d, "coreCount"), number(d, "timeToLive"), bool(d, "cleanup"), custom);
        }
        ObjectNode c = object(compute, "copyComputeScaleProperties");
        ObjectNode p = object(compute, "pipelineExternalComputeScaleProperties");
        boolean vnet = object(properties, "managedVirtualNetwork") != null;
        return new AzureIrSettings(name, description, location == null ? IntegrationRuntime.AUTO_RESOLVE_LOCATION : location, vnet, dataFlow,
                c == null ? null : new CopyComputeScale(number(c, "dataIntegrationUnit"), number(c, "timeToLive")),
                p == null ? null : new PipelineExternalComputeScale(number(p, "timeToLive"), number(p, "numberOfPipelineNodes"),
                        number(p, "numberOfExternalNodes")),
                AzureIrSettings.InteractiveAuthoring.off());
    }

    private static SsisIrSettings readSsis(String name, String description, ObjectNode typeProperties, ObjectNode compute) {
        ObjectNode ssis = object(typeProperties, "ssisProperties");
        ObjectNode ci = object(ssis, "catalogInfo");
        SsisIrSettings.Catalog catalog = ci == null ? null : new SsisIrSettings.Catalog(text(ci, "catalogServerEndpoint"),
                text(ci, "catalogAdminUserName"), null, text(ci, "catalogPricingTier"), text(ci, "dualStandbyPairName"));
        ObjectNode cs = object(ssis, "customSetupScriptProperties");
        SsisIrSettings.CustomSetup customSetup = cs == null ? null : new SsisIrSettings.CustomSetup(text(cs, "blobContainerUri"), null);
        ObjectNode proxy = object(ssis, "dataProxyProperties");
        SsisIrSettings.DataProxy dataProxy = proxy == null ? null : new SsisIrSettings.DataProxy(
                text(object(proxy, "connectVia"), "referenceName"), text(object(proxy, "stagingLinkedService"), "referenceName"),
                text(proxy, "path"));
        return new SsisIrSettings(name, description, text(compute, "location"), text(compute, "nodeSize"),
                number(compute, "numberOfNodes"), number(compute, "maxParallelExecutionsPerNode"), text(ssis, "edition"),
                text(ssis, "licenseType"), catalog, text(object(ssis, "credential"), "referenceName"), packageStores(ssis),
                customSetup, expressSetups(ssis), virtualNetwork(typeProperties, compute), dataProxy);
    }

    private static List<SsisIrSettings.PackageStore> packageStores(ObjectNode ssis) {
        List<SsisIrSettings.PackageStore> list = new ArrayList<>();
        JsonNode stores = ssis == null ? null : ssis.get("packageStores");
        if (stores != null && stores.isArray()) {
            for (JsonNode s : stores) {
                list.add(new SsisIrSettings.PackageStore(text(s, "name"), text(object(s, "packageStoreLinkedService"), "referenceName")));
            }
        }
        return list;
    }

    private static List<ExpressSetup> expressSetups(ObjectNode ssis) {
        List<ExpressSetup> list = new ArrayList<>();
        JsonNode setups = ssis == null ? null : ssis.get("expressCustomSetupProperties");
        if (setups != null && setups.isArray()) {
            for (JsonNode s : setups) {
                Map<String, String> values = new LinkedHashMap<>();
                ObjectNode tp = object(s, "typeProperties");
                if (tp != null) {
                    tp.properties().forEach(e -> {
                        if (e.getValue().isTextual()) values.put(e.getKey(), e.getValue().textValue());
                    });
                }
                list.add(new ExpressSetup(text(s, "type"), values));
            }
        }
        return list;
    }

    private static SsisIrSettings.VirtualNetwork virtualNetwork(ObjectNode typeProperties, ObjectNode compute) {
        ObjectNode standard = object(compute, "vNetProperties");
        if (standard != null) {
            List<String> ips = new ArrayList<>();
            JsonNode array = standard.get("publicIPs");
            if (array != null && array.isArray()) array.forEach(n -> ips.add(n.asText()));
            return new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.STANDARD, text(standard, "vNetId"),
                    text(standard, "subnet"), null, ips);
        }
        ObjectNode express = object(typeProperties, "customerVirtualNetwork");
        if (express != null) {
            return new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.EXPRESS, null, null, text(express, "subnetId"), List.of());
        }
        return null;
    }
}
