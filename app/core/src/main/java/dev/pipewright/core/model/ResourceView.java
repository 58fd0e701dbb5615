package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Base of the typed views: a resource of one kind and the properties every kind shares. */
public abstract class ResourceView {
    private final Resource resource;

    protected ResourceView(Resource resource, ResourceKind expected) {
        if (resource.kind() != expected) {
            throw new IllegalArgumentException(resource.id() + " is not a " + expected.displayName());
        }
        this.resource = resource;
    }

    public Resource resource() {
        return resource;
    }

    public String name() {
        return resource.name();
    }

    public ObjectNode properties() {
        return resource.properties();
    }

    /** {@code properties.type}, e.g. {@code AzureBlobStorage}. */
    public String type() {
        return resource.type();
    }

    public Optional<String> description() {
        return Json.text(properties(), "description");
    }

    /** The ADF folder ({@code properties.folder.name}, slash-separated), if any. */
    public Optional<String> folder() {
        return Json.object(properties(), "folder").flatMap(f -> Json.text(f, "name"));
    }

    public List<String> annotations() {
        List<String> list = new ArrayList<>();
        for (JsonNode a : Json.array(properties(), "annotations")) list.add(a.asText());
        return list;
    }

    /** {@code properties.typeProperties}, or an empty detached object when absent. */
    public ObjectNode typeProperties() {
        return Json.objectOrEmpty(properties(), "typeProperties");
    }

    @Override
    public String toString() {
        return resource.id().toString();
    }
}
