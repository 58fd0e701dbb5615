package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON documents of a publish: deployment templates and their parameters files, in ADF's key order. */
final class ArmDocuments {
    static final String TEMPLATE_SCHEMA = "http://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#";
    static final String PARAMETERS_SCHEMA = "https://schema.management.azure.com/schemas/2015-01-01/deploymentParameters.json#";
    static final String CONTENT_VERSION = "1.0.0.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArmDocuments() {
    }

    /** factoryName, then the service-kept secrets of every resource, then the rule parameters, each once, in resource order. */
    static Map<String, ArmParameter> parametersOf(Collection<ArmResource> resources) {
        Map<String, ArmParameter> ordered = new LinkedHashMap<>();
        for (ArmResource r : resources) for (ArmParameter p : r.secrets()) ordered.putIfAbsent(p.name(), p);
        for (ArmResource r : resources) for (ArmParameter p : r.parameters()) ordered.putIfAbsent(p.name(), p);
        return ordered;
    }

    static ObjectNode factoryNameParameter(String factoryName) {
        ObjectNode p = NODES.objectNode();
        p.put("type", "string");
        p.put("metadata", "Data Factory name");
        p.put("defaultValue", factoryName);
        return p;
    }

    static ObjectNode declaration(ArmParameter p) {
        ObjectNode d = NODES.objectNode();
        d.put("type", p.type());
        if (p.metadata() != null) d.put("metadata", p.metadata());
        if (p.defaultValue() != null) d.set("defaultValue", p.defaultValue());
        return d;
    }

    /** A deployment template holding {@code resources}, declaring factoryName and {@code parameters}. */
    static ObjectNode template(String factoryName, Collection<ArmParameter> parameters, List<ObjectNode> resources, boolean linked) {
        ObjectNode t = NODES.objectNode();
        t.put("$schema", TEMPLATE_SCHEMA);
        t.put("contentVersion", CONTENT_VERSION);
        ObjectNode ps = t.putObject("parameters");
        ps.set("factoryName", factoryNameParameter(factoryName));
        for (ArmParameter p : parameters) ps.set(p.name(), declaration(p));
        if (linked) {
            ps.set("containerUri", metadataOnly("URI to storage account containing linked ARM templates"));
            ps.set("containerSasToken", metadataOnly("Sas token to storage account containing linked ARM templates"));
        }
        t.putObject("variables").put("factoryId", "[concat('Microsoft.DataFactory/factories/', parameters('factoryName'))]");
        ArrayNode rs = t.putArray("resources");
        resources.forEach(rs::add);
        return t;
    }

    /**
     * The template's text with the given resources spliced into its {@code resources} array, exactly as
     * {@code AdfJsonWriter.pretty} writes the whole document.
     */
    static String templateText(ObjectNode emptyTemplate, List<ResourceText> resources, List<List<String>> dependsOn) {
        String head = dev.pipewright.core.codec.AdfJsonWriter.pretty(emptyTemplate);
        if (resources.isEmpty()) return head;
        String tail = "[]\n}";
        if (!head.endsWith(tail)) throw new IllegalStateException("resources must be the template's last key");
        StringBuilder sb = new StringBuilder(head.length() + resources.size() * 2048);
        sb.append(head, 0, head.length() - tail.length()).append("[\n");
        for (int i = 0; i < resources.size(); i++) {
            if (i > 0) sb.append(",\n");
            resources.get(i).append(dependsOn.get(i), sb);
        }
        return sb.append("\n\t]\n}").toString();
    }

    private static ObjectNode metadataOnly(String text) {
        ObjectNode p = NODES.objectNode();
        p.put("type", "string");
        p.put("metadata", text);
        return p;
    }

    /** The parameters file: each parameter's default as its value ({@code ""} for those without, as every secret). */
    static ObjectNode parametersFile(String factoryName, Collection<ArmParameter> parameters, boolean linked) {
        ObjectNode f = NODES.objectNode();
        f.put("$schema", PARAMETERS_SCHEMA);
        f.put("contentVersion", CONTENT_VERSION);
        ObjectNode ps = f.putObject("parameters");
        ps.putObject("factoryName").put("value", factoryName);
        for (ArmParameter p : parameters) {
            ObjectNode v = ps.putObject(p.name());
            if (p.defaultValue() != null) v.set("value", PublishDefaults.unescape(p.defaultValue()));
            else v.put("value", "");
        }
        if (linked) {
            ps.putObject("containerUri").put("value", "");
            ps.putObject("containerSasToken").put("value", "");
        }
        return f;
    }

    /** The deployment of linked template {@code index} in the master template, chained on the one before. */
    static ObjectNode deployment(String factoryName, int index, Collection<ArmParameter> parameters) {
        ObjectNode d = NODES.objectNode();
        d.put("name", factoryName + "_ArmTemplate_" + index);
        d.put("type", "Microsoft.Resources/deployments");
        d.put("apiVersion", "2018-02-01");
        ObjectNode props = d.putObject("properties");
        props.put("mode", "incremental");
        ObjectNode link = props.putObject("templateLink");
        link.put("uri", "[concat(parameters('containerUri'), '/ArmTemplate_" + index + ".json', parameters('containerSasToken'))]");
        link.put("contentVersion", CONTENT_VERSION);
        ObjectNode ps = props.putObject("parameters");
        ps.putObject("factoryName").put("value", "[parameters('factoryName')]");
        for (ArmParameter p : parameters) ps.putObject(p.name()).put("value", p.reference());
        ArrayNode deps = d.putArray("dependsOn");
        if (index > 0) deps.add("[resourceId('Microsoft.Resources/deployments', '" + factoryName + "_ArmTemplate_" + (index - 1) + "')]");
        return d;
    }
}
