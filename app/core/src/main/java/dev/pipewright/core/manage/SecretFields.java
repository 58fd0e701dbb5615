package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.ir.IrSecrets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SecureString values in a resource's JSON. ADF never writes a secret's value to git; Pipewright keeps the
 * value in the local secret store and the file keeps ADF's masked form ({@code "**********"}). Key Vault
 * references ({@code AzureKeyVaultSecret}) are not secrets and stay as they are.
 */
public final class SecretFields {
    private SecretFields() {
    }

    /**
     * Replaces every SecureString value that is not already masked with the mask, in place, and returns the
     * values by property path under {@code properties} (e.g. {@code typeProperties.password}).
     */
    public static Map<String, String> mask(ObjectNode resourceJson) {
        Map<String, String> found = new LinkedHashMap<>();
        JsonNode properties = resourceJson.get("properties");
        if (properties != null) walk(properties, "", found);
        return found;
    }

    private static void walk(JsonNode node, String path, Map<String, String> found) {
        if (node instanceof ObjectNode o) {
            JsonNode type = o.get("type");
            JsonNode value = o.get("value");
            if (type != null && "SecureString".equals(type.asText()) && value != null && value.isTextual()
                    && !IrSecrets.MASK.equals(value.textValue())) {
                found.put(path, value.textValue());
                o.put("value", IrSecrets.MASK);
                return;
            }
            o.properties().forEach(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), found));
        } else if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", found);
        }
    }
}
