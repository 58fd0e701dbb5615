package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural check of a deployment template: the deploymentTemplate shape ({@code $schema}, {@code contentVersion},
 * {@code parameters}, {@code resources} each with {@code name}, {@code type}, {@code apiVersion}), every
 * {@code parameters('x')} and {@code variables('x')} used is declared, and every {@code dependsOn} names a resource of
 * the template or of a template deployed before it.
 */
public final class ArmTemplateCheck {
    private static final Pattern PARAMETER = Pattern.compile("parameters\\('((?:[^']|'')*)'\\)");
    private static final Pattern VARIABLE = Pattern.compile("variables\\('((?:[^']|'')*)'\\)");
    private static final Pattern CHILD_NAME = Pattern.compile("\\[concat\\(parameters\\('(?:factoryName|workspaceName)'\\), '/(.*)'\\)]");
    private static final Pattern DEPENDENCY = Pattern.compile("\\[concat\\(variables\\('(?:factoryId|workspaceId)'\\), '/(.*)'\\)]");
    private static final String WORKSPACE = "Microsoft.Synapse/workspaces";
    private static final Pattern DEPLOYMENT = Pattern.compile("\\[resourceId\\('Microsoft\\.Resources/deployments', '(.*)'\\)]");

    private ArmTemplateCheck() {
    }

    /**
     * The findings for one template; {@code deployed} holds the resource keys of templates deployed before it and
     * receives this one's (keys: {@code <segment>/<name>} below the factory, {@code factory}, {@code deployment/<name>}).
     */
    public static List<String> check(String file, JsonNode template, Set<String> deployed) {
        List<String> findings = new ArrayList<>();
        for (String key : List.of("$schema", "contentVersion")) {
            if (!template.path(key).isTextual()) findings.add(file + ": no \"" + key + "\"");
        }
        if (!template.path("parameters").isObject()) findings.add(file + ": \"parameters\" is not an object");
        if (!template.path("resources").isArray()) {
            findings.add(file + ": \"resources\" is not an array");
            return findings;
        }
        Set<String> declared = new HashSet<>();
        template.path("parameters").fieldNames().forEachRemaining(declared::add);
        Set<String> variables = new HashSet<>();
        template.path("variables").fieldNames().forEachRemaining(variables::add);
        Set<String> own = new HashSet<>();
        for (JsonNode r : template.get("resources")) {
            for (String key : List.of("name", "type", "apiVersion")) {
                if (!r.path(key).isTextual()) findings.add(file + ": a resource has no \"" + key + "\": " + abbreviate(r));
            }
            String k = key(r).toLowerCase(java.util.Locale.ROOT); // ARM resource names ignore case
            if (!own.add(k)) findings.add(file + ": resource " + k + " appears twice");
        }
        Set<String> visible = new HashSet<>(deployed);
        visible.addAll(own);
        references(template, file, declared, variables, findings);
        for (JsonNode r : template.get("resources")) {
            for (JsonNode d : r.path("dependsOn")) {
                String target = dependencyKey(d.asText());
                if (target == null) findings.add(file + ": dependsOn entry '" + d.asText() + "' is not a resource id expression");
                else if (!visible.contains(target.toLowerCase(java.util.Locale.ROOT))) findings.add(file + ": " + key(r) + " depends on " + target + ", which no template deploys before it");
            }
        }
        deployed.addAll(own);
        return findings;
    }

    /**
     * Checks every template of an export: the single template on its own, the linked templates in deployment order
     * (each may depend on the ones before), and the master.
     */
    public static List<String> checkExport(java.util.Map<String, byte[]> files) {
        List<String> findings = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
            String single = files.containsKey("ARMTemplateForFactory.json") ? "ARMTemplateForFactory.json" : WorkspaceTemplates.TEMPLATE;
            findings.addAll(check(single, json.readTree(files.get(single)), new HashSet<>()));
            Set<String> deployed = new HashSet<>();
            for (int i = 0; files.containsKey("linkedTemplates/ArmTemplate_" + i + ".json"); i++) {
                String file = "linkedTemplates/ArmTemplate_" + i + ".json";
                findings.addAll(check(file, json.readTree(files.get(file)), deployed));
            }
            String master = "linkedTemplates/ArmTemplate_master.json";
            if (files.containsKey(master)) findings.addAll(check(master, json.readTree(files.get(master)), new HashSet<>()));
        } catch (java.io.IOException | NullPointerException e) {
            findings.add("a template is missing or does not parse: " + e.getMessage());
        }
        return findings;
    }

    private static void references(JsonNode node, String file, Set<String> declared, Set<String> variables, List<String> findings) {
        if (node.isTextual() && node.textValue().startsWith("[") && !node.textValue().startsWith("[[")) {
            Matcher p = PARAMETER.matcher(node.textValue());
            while (p.find()) {
                String name = p.group(1).replace("''", "'");
                if (!declared.contains(name)) findings.add(file + ": parameter '" + name + "' is used but not declared");
            }
            Matcher v = VARIABLE.matcher(node.textValue());
            while (v.find()) if (!variables.contains(v.group(1))) findings.add(file + ": variable '" + v.group(1) + "' is used but not declared");
        } else if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> references(child, file, declared, variables, findings));
        }
    }

    /** The key of a resource: {@code <segment>/<name>} for a factory's child, {@code factory}, {@code deployment/<name>}. */
    static String key(JsonNode resource) {
        String type = resource.path("type").asText("");
        String name = resource.path("name").asText("");
        if (type.equals("Microsoft.Resources/deployments")) return "deployment/" + name;
        if (type.equalsIgnoreCase(ArmTypes.FACTORY)) return "factory";
        Matcher m = CHILD_NAME.matcher(name);
        String parent = type.startsWith(WORKSPACE + "/") ? WORKSPACE : ArmTypes.FACTORY;
        if (!m.matches() || !type.startsWith(parent + "/")) return type + "/" + name;
        String segment = type.substring(parent.length() + 1);
        String child = m.group(1).replace("''", "'");
        if (segment.equals("managedVirtualNetworks/managedPrivateEndpoints")) {
            int slash = child.indexOf('/');
            return "managedVirtualNetworks/" + child.substring(0, Math.max(0, slash)) + "/managedPrivateEndpoints/" + child.substring(slash + 1);
        }
        return segment + "/" + child;
    }

    private static String dependencyKey(String expression) {
        if (expression.equals(ArmTypes.FACTORY_ID)) return "factory";
        Matcher m = DEPENDENCY.matcher(expression);
        if (m.matches()) return m.group(1).replace("''", "'");
        Matcher d = DEPLOYMENT.matcher(expression);
        return d.matches() ? "deployment/" + d.group(1) : null;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
