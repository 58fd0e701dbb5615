package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Collection;
import java.util.List;

/**
 * Synapse's publish output ({@code workspace_publish}): {@code TemplateForWorkspace.json} and
 * {@code TemplateParametersForWorkspace.json}, deployed by the Synapse workspace deployment task rather than as
 * linked ARM templates. The same resources as a factory's template, as workspace children: parameter
 * {@code workspaceName}, variable {@code workspaceId}, types {@code Microsoft.Synapse/workspaces/...},
 * {@code apiVersion} 2019-06-01-preview.
 */
final class WorkspaceTemplates {
    static final String TEMPLATE = "TemplateForWorkspace.json";
    static final String PARAMETERS = "TemplateParametersForWorkspace.json";
    static final String API_VERSION = "2019-06-01-preview";
    private static final String PREFIX = "Microsoft.Synapse/workspaces";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WorkspaceTemplates() {
    }

    static ObjectNode template(String workspace, Collection<ArmParameter> parameters, List<ArmResource> resources) {
        ObjectNode t = NODES.objectNode();
        t.put("$schema", ArmDocuments.TEMPLATE_SCHEMA);
        t.put("contentVersion", ArmDocuments.CONTENT_VERSION);
        ObjectNode ps = t.putObject("parameters");
        ObjectNode name = ps.putObject("workspaceName");
        name.put("type", "string");
        name.put("metadata", "Workspace name");
        name.put("defaultValue", workspace);
        for (ArmParameter p : parameters) ps.set(p.name(), ArmDocuments.declaration(p));
        t.putObject("variables").put("workspaceId", "[concat('" + PREFIX + "/', parameters('workspaceName'))]");
        ArrayNode rs = t.putArray("resources");
        for (ArmResource r : resources) rs.add(asWorkspaceChild(r.json()));
        return t;
    }

    static ObjectNode parametersFile(String workspace, Collection<ArmParameter> parameters) {
        ObjectNode f = ArmDocuments.parametersFile(workspace, parameters, false);
        ObjectNode ps = (ObjectNode) f.get("parameters");
        ObjectNode renamed = NODES.objectNode();
        ps.fields().forEachRemaining(e -> renamed.set(e.getKey().equals("factoryName") ? "workspaceName" : e.getKey(), e.getValue()));
        f.set("parameters", renamed);
        return f;
    }

    private static ObjectNode asWorkspaceChild(ObjectNode factoryChild) {
        ObjectNode r = factoryChild.deepCopy();
        r.put("name", r.get("name").asText().replace("parameters('factoryName')", "parameters('workspaceName')"));
        r.put("type", r.get("type").asText().replace(ArmTypes.FACTORY, PREFIX));
        r.put("apiVersion", API_VERSION);
        JsonNode deps = r.get("dependsOn");
        if (deps instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) a.set(i, TextNode.valueOf(a.get(i).asText().replace("variables('factoryId')", "variables('workspaceId')")));
        }
        return r;
    }
}
