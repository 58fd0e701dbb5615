package dev.pipewright.core.model;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A view of a managed private endpoint ({@code managedVirtualNetwork/<vnet>/managedPrivateEndpoint/}). */
public final class ManagedPrivateEndpoint extends ResourceView {
    public ManagedPrivateEndpoint(Resource resource) {
        super(resource, ResourceKind.MANAGED_PRIVATE_ENDPOINT);
    }

    public static List<ManagedPrivateEndpoint> all(Factory factory) {
        return factory.resources(ResourceKind.MANAGED_PRIVATE_ENDPOINT).stream().map(ManagedPrivateEndpoint::new).toList();
    }

    /** The managed virtual network it belongs to (normally {@code default}). */
    public String managedVirtualNetwork() {
        return resource().parentName();
    }

    public Optional<String> privateLinkResourceId() {
        return Json.text(properties(), "privateLinkResourceId");
    }

    /** The sub-resource, e.g. {@code blob}, {@code dfs}, {@code sqlServer}. */
    public Optional<String> groupId() {
        return Json.text(properties(), "groupId");
    }

    /** {@code fqdns}: the host names the endpoint serves, when the file records them. */
    public List<String> fqdns() {
        List<String> list = new ArrayList<>();
        Json.array(properties(), "fqdns").forEach(f -> {
            if (f.isTextual()) list.add(f.textValue());
        });
        return list;
    }

    /** {@code connectionState.status} (Pending, Approved, Rejected), when recorded. */
    public Optional<String> connectionStatus() {
        return Json.object(properties(), "connectionState").flatMap(c -> Json.text(c, "status"));
    }
}
