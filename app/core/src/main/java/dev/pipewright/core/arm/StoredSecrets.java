package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets the service keeps: a linked service saved with credentials in ADF Studio holds only
 * {@code encryptedCredential} in git. Publish drops it and puts the secret field back as a secure parameter
 * ({@code {"type": "SecureString", "value": "[parameters('<LS>_<field>')]"}}) at the field's place in the
 * connector's schema. SecureString values anywhere else (ADF masks them in git) become secure parameters too.
 */
final class StoredSecrets {
    static final String ENCRYPTED = "encryptedCredential";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The secret field a connector type's stored credential stands for, and the field it follows. */
    record Field(String name, String after) {
    }

    private StoredSecrets() {
    }

    /**
     * The field the stored credential of a linked service of {@code type} stands for; empty when the credential is
     * carried by a property the parameter rules already make secure (a connection string, a SAS URI) or not known.
     */
    static Optional<Field> fieldFor(String type, ObjectNode tp) {
        if (tp.has("connectionString") || tp.has("sasUri")) return Optional.empty();
        Field f = switch (type) {
            case "AzureBlobFS" -> tp.has("servicePrincipalId") ? new Field("servicePrincipalKey", "servicePrincipalId") : new Field("accountKey", "url");
            case "AzureDatabricks" -> new Field("accessToken", "domain");
            case "AzureDatabricksDeltaLake" -> new Field("accessToken", tp.has("clusterId") ? "clusterId" : "domain");
            case "CommonDataServiceForApps", "DynamicsCrm", "Dynamics" -> tp.has("servicePrincipalId")
                    ? new Field("servicePrincipalCredential", "servicePrincipalId") : new Field("password", "username");
            case "HDInsight" -> new Field("password", "userName");
            case "AzureFunction" -> new Field("functionKey", "functionAppUrl");
            case "AmazonS3" -> new Field("secretAccessKey", "accessKeyId");
            case "AzureSearch" -> new Field("key", "url");
            default -> generic(tp);
        };
        return Optional.ofNullable(f);
    }

    private static Field generic(ObjectNode tp) {
        if (tp.has("servicePrincipalId")) return new Field("servicePrincipalKey", "servicePrincipalId");
        for (String user : List.of("userName", "username", "user")) if (tp.has(user)) return new Field("password", user);
        return null;
    }

    /** True when the linked service's type properties hold a stored credential. */
    static boolean hasStored(JsonNode typeProperties) {
        return typeProperties instanceof ObjectNode o && o.has(ENCRYPTED);
    }

    /** Removes {@code encryptedCredential} from the type properties and, when known, inserts the secret field; returns it. */
    static Optional<Field> restore(String type, ObjectNode tp, String parameterName) {
        tp.remove(ENCRYPTED);
        Optional<Field> field = fieldFor(type, tp);
        if (field.isEmpty() || tp.has(field.get().name())) return Optional.empty();
        ObjectNode secret = NODES.objectNode();
        secret.put("type", "SecureString");
        secret.put("value", ArmParameter.referenceTo(parameterName));
        PublishDefaults.insertAfter(tp, field.get().after(), field.get().name(), secret);
        return field;
    }

    /**
     * SecureString values not yet parameterized, with the key that holds each: {@code [key, holder]} pairs in the
     * order they appear.
     */
    static List<Map.Entry<String, ObjectNode>> secureStrings(JsonNode node) {
        List<Map.Entry<String, ObjectNode>> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<Map.Entry<String, ObjectNode>> found) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v instanceof ObjectNode s && "SecureString".equals(s.path("type").asText(null)) && s.has("value")
                        && !s.get("value").asText("").startsWith("[parameters(")) {
                    found.add(Map.entry(e.getKey(), s));
                } else {
                    collect(v, found);
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) collect(child, found);
        }
    }
}
