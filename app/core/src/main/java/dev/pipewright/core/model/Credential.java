package dev.pipewright.core.model;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.List;
import java.util.Optional;

/** A view of a credential ({@code ManagedIdentity} or {@code ServicePrincipal}). */
public final class Credential extends ResourceView {
    public Credential(Resource resource) {
        super(resource, ResourceKind.CREDENTIAL);
    }

    public static List<Credential> all(Factory factory) {
        return factory.resources(ResourceKind.CREDENTIAL).stream().map(Credential::new).toList();
    }

    /** The user-assigned managed identity's resource ID, for {@code ManagedIdentity} credentials. */
    public Optional<String> resourceId() {
        return Json.text(typeProperties(), "resourceId");
    }
}
