package dev.pipewright.runtime.connect;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a linked service's secret lives in the local secret store: a Key Vault's secret {@code name} under
 * property {@code secrets.<name>} (what its stand-in serves to {@code AzureKeyVaultSecret} references), any other
 * linked service's under {@code typeProperties.<name>} (e.g. {@code password}).
 */
public final class StoredSecrets {
    private StoredSecrets() {
    }

    /** The key for {@code name} of {@code linkedService}; IllegalArgumentException when the linked service does not exist. */
    public static SecretKey key(Factory factory, String linkedService, String name) {
        Resource r = factory.get(ResourceKind.LINKED_SERVICE, linkedService)
                .orElseThrow(() -> new IllegalArgumentException("linked service " + linkedService + " does not exist"));
        boolean vault = KeyVaults.TYPE.equals(r.properties().path("type").asText());
        return new SecretKey(ManagedRuntimes.scopeOf(factory.root()), "linkedService/" + r.name(), (vault ? KeyVaults.PREFIX : "typeProperties.") + name);
    }

    /** The names stored for a linked service (read without the passphrase). */
    public static List<String> names(Factory factory, Path store, String linkedService) {
        SecretKey probe = key(factory, linkedService, "");
        return SecretStore.storedProperties(store, probe.scope(), probe.resource()).stream()
                .filter(p -> p.startsWith(probe.property())).map(p -> p.substring(probe.property().length())).toList();
    }
}
