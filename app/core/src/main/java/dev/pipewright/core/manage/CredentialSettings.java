package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Manage › Credentials: a user-assigned managed identity or a service principal, written as ADF writes them.
 * A service principal key is either an Azure Key Vault reference or a secret typed here (to the secret store; the
 * file keeps ADF's masked value).
 *
 * @param type                 {@code ManagedIdentity} or {@code ServicePrincipal}
 * @param resourceId           managed identity: the user-assigned identity's resource ID
 * @param tenant               service principal: tenant ID
 * @param servicePrincipalId   service principal: application (client) ID
 * @param keyVaultLinkedService service principal key in Key Vault: the Key Vault linked service (else null)
 * @param secretName           ... and the secret's name
 * @param key                  service principal key typed here (null: keep the stored one, or use Key Vault)
 */
public record CredentialSettings(String name, String description, String type, String resourceId, String tenant,
                                 String servicePrincipalId, String keyVaultLinkedService, String secretName, String key) {
    public static final String MANAGED_IDENTITY = "ManagedIdentity";
    public static final String SERVICE_PRINCIPAL = "ServicePrincipal";
    /** Where a typed service principal key is kept in the secret store. */
    public static final String KEY_PROPERTY = "typeProperties.servicePrincipalKey";
    private static final Pattern IDENTITY = Pattern.compile(
            "/subscriptions/[^/]+/resourcegroups/[^/]+/providers/Microsoft\\.ManagedIdentity/userAssignedIdentities/[^/]+",
            Pattern.CASE_INSENSITIVE);

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** ADF's JSON for the credential (the key masked). */
    public ObjectNode json() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        ObjectNode p = json.putObject("properties");
        if (!blank(description)) p.put("description", description);
        p.put("type", type);
        ObjectNode tp = p.putObject("typeProperties");
        if (MANAGED_IDENTITY.equals(type)) {
            tp.put("resourceId", resourceId == null ? "" : resourceId.trim());
            return json;
        }
        tp.put("tenant", tenant == null ? "" : tenant.trim());
        tp.put("servicePrincipalId", servicePrincipalId == null ? "" : servicePrincipalId.trim());
        ObjectNode k = tp.putObject("servicePrincipalKey");
        if (!blank(keyVaultLinkedService)) {
            k.put("type", "AzureKeyVaultSecret");
            ObjectNode store = k.putObject("store");
            store.put("referenceName", keyVaultLinkedService);
            store.put("type", "LinkedServiceReference");
            k.put("secretName", secretName == null ? "" : secretName);
        } else {
            k.put("type", "SecureString");
            k.put("value", IrSecrets.MASK);
        }
        tp.put("azureCloudType", "AzurePublic");
        return json;
    }

    /** The fields ADF requires; {@code keyStored}: whether the secret store already holds the key. */
    public List<Problem> check(boolean keyStored) {
        List<Problem> problems = new ArrayList<>();
        if (MANAGED_IDENTITY.equals(type)) {
            if (blank(resourceId) || !IDENTITY.matcher(resourceId.trim()).matches()) {
                problems.add(problem("resourceId: give the user-assigned managed identity's resource ID"));
            }
        } else if (SERVICE_PRINCIPAL.equals(type)) {
            if (blank(tenant)) problems.add(problem("tenant: give the tenant ID"));
            if (blank(servicePrincipalId)) problems.add(problem("servicePrincipalId: give the application (client) ID"));
            if (!blank(keyVaultLinkedService) && blank(secretName)) problems.add(problem("servicePrincipalKey: give the Key Vault secret name"));
            if (blank(keyVaultLinkedService) && blank(key) && !keyStored) {
                problems.add(problem("servicePrincipalKey: type the key, or reference an Azure Key Vault secret"));
            }
        } else {
            problems.add(problem("type: ManagedIdentity or ServicePrincipal, not " + type));
        }
        return problems;
    }

    private Problem problem(String message) {
        return Problem.of(ProblemCode.CREDENTIAL_VALUE_INVALID, "credential/" + name, null, 0, 0, message, "");
    }
}
