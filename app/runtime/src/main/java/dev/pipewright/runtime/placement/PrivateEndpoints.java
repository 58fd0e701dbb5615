package dev.pipewright.runtime.placement;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.model.ManagedPrivateEndpoint;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.EnvironmentProfile.Approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the managed private endpoint (from {@code managedVirtualNetwork/<vnet>/managedPrivateEndpoint/}) that
 * leads to a linked service's store. ADF's JSON does not link the two, so: the endpoint the profile names
 * ({@code linkedServices.X.privateEndpoint}) wins; otherwise an endpoint matches when one of its {@code fqdns},
 * or the resource name at the end of its {@code privateLinkResourceId}, is a host the linked service mentions
 * (URL, server, connection string). Approval comes from the endpoint file or the profile; git files
 * normally record neither, so it is often unknown.
 */
final class PrivateEndpoints {
    /** A match: the endpoint, its approval when known, and how it was matched (for reasons). */
    record Match(ManagedPrivateEndpoint endpoint, Optional<Approval> approval, String matchedBy) {
        String name() {
            return endpoint.name();
        }
    }

    private static final Pattern HOST = Pattern.compile("(?i)\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}\\b");

    private final EnvironmentProfile profile;
    private final Map<String, List<ManagedPrivateEndpoint>> byVnet = new HashMap<>();
    private final Map<String, Set<String>> hostsByStore = new HashMap<>();

    PrivateEndpoints(Factory factory, EnvironmentProfile profile) {
        this.profile = profile;
        for (ManagedPrivateEndpoint mpe : ManagedPrivateEndpoint.all(factory)) {
            byVnet.computeIfAbsent(key(mpe.managedVirtualNetwork()), k -> new ArrayList<>()).add(mpe);
        }
    }

    /** The endpoint in managed virtual network {@code vnet} that reaches {@code store}, if any. */
    Optional<Match> find(Stores.Store store, String vnet) {
        List<ManagedPrivateEndpoint> endpoints = byVnet.getOrDefault(key(vnet), List.of());
        Optional<String> named = profile.linkedService(store.name()).privateEndpoint();
        if (named.isPresent()) {
            return endpoints.stream().filter(e -> e.name().equalsIgnoreCase(named.get())).findFirst()
                    .map(e -> match(e, "named in the profile"));
        }
        Set<String> hosts = hostsOf(store);
        for (ManagedPrivateEndpoint e : endpoints) {
            for (String fqdn : e.fqdns()) {
                if (hosts.contains(fqdn.toLowerCase(Locale.ROOT))) return Optional.of(match(e, "host " + fqdn.toLowerCase(Locale.ROOT)));
            }
            String resourceName = resourceName(e);
            if (resourceName.isEmpty()) continue;
            for (String host : hosts) {
                if (host.startsWith(resourceName + ".")) return Optional.of(match(e, "host " + host));
            }
        }
        return Optional.empty();
    }

    private Match match(ManagedPrivateEndpoint e, String how) {
        Optional<Approval> approval = e.connectionStatus().flatMap(Approval::parse).or(() -> profile.endpointApproval(e.name()));
        return new Match(e, approval, how);
    }

    /** Whether the factory has an endpoint of this name in any managed virtual network. */
    boolean exists(String endpointName) {
        return byVnet.values().stream().flatMap(List::stream).anyMatch(e -> e.name().equalsIgnoreCase(endpointName));
    }

    private Set<String> hostsOf(Stores.Store store) {
        return hostsByStore.computeIfAbsent(key(store.name()), k -> {
            Set<String> hosts = new LinkedHashSet<>();
            if (store.exists()) collectHosts(new LinkedService(store.resource()).typeProperties(), hosts);
            return hosts;
        });
    }

    private static void collectHosts(JsonNode node, Set<String> hosts) {
        if (node.isTextual()) {
            Matcher m = HOST.matcher(node.textValue());
            while (m.find()) hosts.add(m.group().toLowerCase(Locale.ROOT));
        } else {
            node.forEach(child -> collectHosts(child, hosts));
        }
    }

    private static String resourceName(ManagedPrivateEndpoint e) {
        String id = e.privateLinkResourceId().orElse("");
        return id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
