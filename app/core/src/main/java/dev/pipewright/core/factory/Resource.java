package dev.pipewright.core.factory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A named ADF resource (pipeline, dataset, ...): its kind, its file and its JSON tree. Typed views in
 * {@code dev.pipewright.core.model} read and write through the tree, so unknown properties and key order
 * survive by construction.
 */
public final class Resource extends FactoryFile {
    private final ResourceKind kind;
    /** For managed private endpoints: the managed virtual network they belong to; else null. */
    private final String parentName;
    /** The file this resource was read from before a rename, until the renamed resource is saved; else null. */
    private String movedFrom;

    Resource(ResourceKind kind, String parentName, ObjectNode content, String path) {
        super(content, path, Format.PRETTY);
        this.kind = kind;
        this.parentName = parentName;
    }

    /** A new resource that has never been saved; it is written to {@code <folder>/<name>.json}. */
    public static Resource create(ResourceKind kind, ObjectNode content) {
        return new Resource(kind, kind == ResourceKind.MANAGED_PRIVATE_ENDPOINT ? "default" : null, content, null);
    }

    public ResourceKind kind() {
        return kind;
    }

    public ResourceId id() {
        return new ResourceId(kind, parentName == null ? name() : parentName + "/" + name());
    }

    public String name() {
        JsonNode name = json().get("name");
        return name == null ? "" : name.asText();
    }

    public String parentName() {
        return parentName;
    }

    String movedFrom() {
        return movedFrom;
    }

    void movedFrom(String path) {
        this.movedFrom = path;
    }

    public ObjectNode json() {
        return (ObjectNode) content();
    }

    /**
     * {@code properties}; when the file has none (factory files may not), an empty detached object, so
     * that reading never changes the resource.
     */
    public ObjectNode properties() {
        JsonNode p = json().get("properties");
        return p instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    }

    /** {@code properties.type}, e.g. {@code AzureBlobStorage}, {@code ScheduleTrigger}; empty if none. */
    public String type() {
        JsonNode p = json().get("properties");
        JsonNode t = p == null ? null : p.get("type");
        return t == null || !t.isTextual() ? "" : t.textValue();
    }

    /** Where ADF's git integration puts this resource. */
    public String canonicalPath() {
        String file = name() + ".json";
        return switch (kind) {
            case MANAGED_PRIVATE_ENDPOINT -> "managedVirtualNetwork/" + parentName + "/managedPrivateEndpoint/" + file;
            default -> kind.folder() + "/" + file;
        };
    }

    @Override
    public String toString() {
        return id().toString();
    }
}
