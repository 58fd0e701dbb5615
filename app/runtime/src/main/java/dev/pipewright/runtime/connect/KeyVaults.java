package dev.pipewright.runtime.connect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Azure Key Vault linked services. ADF's Test connection checks that the vault answers and that the factory's
 * identity may list its secrets; from this machine no vault answers. A profile binding
 * {@code "localEndpoint": {"secretStore": "local"}} makes the local secret store the vault: its secrets are the
 * values stored under {@code linkedService/<vault>} and property {@code secrets.<secretName>}, test connection
 * counts them (keys are readable without the passphrase) and the {@code AzureKeyVaultSecret} references of other
 * linked services resolve from them once the store is unlocked.
 */
final class KeyVaults {
    static final String TYPE = "AzureKeyVault";
    static final String PREFIX = "secrets.";
    private static final Pattern VAULT_URL = Pattern.compile(
            "(?i)https://([a-z0-9-]{3,24})\\.vault\\.(azure\\.net|azure\\.cn|usgovcloudapi\\.net|microsoftazure\\.de)/?");

    private KeyVaults() {
    }

    /** Whether the profile binds the vault to the local secret store. */
    static boolean bound(EnvironmentProfile profile, String vault) {
        JsonNode b = profile.linkedService(vault).localEndpoint();
        return b != null && b.has("secretStore");
    }

    /**
     * What test connection reports for a vault, or the problem why it cannot be tested. A store that does not exist
     * yet is an empty vault: reachable, no secrets (ADF's test of an empty vault succeeds too).
     */
    static String test(LinkedServiceSpec vault, Path storeFile, String scope) throws ProblemException {
        String url = checkedUrl(vault);
        checkBinding(vault);
        int n = secretNames(vault.name(), storeFile, scope).size();
        String stored = n + (n == 1 ? " secret" : " secrets") + " stored";
        if (!Files.isRegularFile(storeFile)) stored += " (the store is created by the first pipewright secret put or the Manage hub)";
        return "the local secret store " + storeFile + " stands in for vault " + url + ": " + stored;
    }

    /** The vault's secrets (names only) in the local secret store. */
    static List<Connector.Entry> browse(LinkedServiceSpec vault, Path storeFile, String scope) throws ProblemException {
        checkedUrl(vault);
        checkBinding(vault);
        List<Connector.Entry> out = new ArrayList<>();
        for (String name : secretNames(vault.name(), storeFile, scope)) out.add(new Connector.Entry(name, "secret", name, -1));
        return out;
    }

    /** The names of the vault's secrets in the store; none when the store does not exist yet. */
    private static List<String> secretNames(String vault, Path storeFile, String scope) {
        return SecretStore.storedProperties(storeFile, scope, "linkedService/" + vault).stream()
                .filter(p -> p.startsWith(PREFIX)).map(p -> p.substring(PREFIX.length())).toList();
    }

    private static String checkedUrl(LinkedServiceSpec vault) throws ProblemException {
        String url = vault.properties().string("baseUrl").orElse("");
        if (!VAULT_URL.matcher(url).matches()) {
            throw new ProblemException(problem(ProblemCode.CONNECT_CONFIG, vault.name(), "Key Vault " + vault.name() + " has baseUrl \"" + url
                    + "\", which is not a Key Vault URL", "Write it as https://<vault-name>.vault.azure.net/"));
        }
        return url;
    }

    private static void checkBinding(LinkedServiceSpec vault) throws ProblemException {
        Optional<String> store = vault.localEndpoint().string("secretStore");
        if (store.isEmpty()) {
            throw new ProblemException(problem(ProblemCode.CONNECT_SECRET, vault.name(), "Key Vault " + vault.name() + " ("
                    + vault.properties().string("baseUrl", "") + ") cannot be reached from this machine: ADF's test connection lists the vault's "
                    + "secrets with the factory's identity, in Azure", "Bind it to the local secret store in the profile: \"localEndpoint\": "
                    + "{\"secretStore\": \"local\"}, and store its secrets there (pipewright secret put)"));
        }
        if (!store.get().equals("local")) {
            throw new ProblemException(problem(ProblemCode.CONNECT_CONFIG, vault.name(), "localEndpoint.secretStore of " + vault.name() + " is \""
                    + store.get() + "\"", "Write \"secretStore\": \"local\" (the local secret store, see --secrets)"));
        }
    }

    /**
     * Replaces each {@code AzureKeyVaultSecret} reference in {@code properties} whose vault is bound to the local
     * secret store by its value, when the store is unlocked and holds it; else notes why it is not available
     * (the connector reports that only if it needs the secret: a SQLite stand-in needs no password).
     */
    @SuppressWarnings("unchecked")
    static void resolve(Map<String, Object> properties, EnvironmentProfile profile, SecretStore unlocked, String scope, Secrets secrets) {
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> ref) || !"AzureKeyVaultSecret".equals(ref.get("type"))) continue;
            Map<String, Object> m = (Map<String, Object>) ref;
            Object store = m.get("store") instanceof Map<?, ?> s ? s.get("referenceName") : null;
            String vault = store == null ? null : store.toString();
            String name = String.valueOf(m.get("secretName"));
            if (vault == null || !bound(profile, vault)) continue;
            if (unlocked == null) {
                m.put("unavailable", "the local secret store standing in for " + vault + " is locked");
                m.put("hint", "Unlock it: --passphrase-env VAR, or run in a terminal to be asked for the passphrase");
                continue;
            }
            Optional<String> value = unlocked.get(new SecretKey(scope, "linkedService/" + vault, PREFIX + name));
            if (value.isPresent()) {
                e.setValue(Map.of("type", "SecureString", "value", value.get()));
                secrets.remember(value.get());
            } else {
                m.put("unavailable", "the local secret store standing in for " + vault + " has no secret " + name);
                m.put("hint", "Store it: pipewright secret put <root> " + vault + " " + name + " --value-env VAR");
            }
        }
    }

    private static Problem problem(ProblemCode code, String vault, String message, String hint) {
        return Problem.of(code, "linkedService/" + vault, null, 0, 0, message, hint);
    }
}
