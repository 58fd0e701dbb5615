package dev.pipewright.studio.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;

/**
 * An edit of one resource's JSON as an undoable command: execute puts {@code after} in place (adding the resource
 * when it is new), undo puts {@code before} back (removing it when it was new); each saves the factory.
 */
public final class ResourceCommand implements HubCommand {
    private final Factory factory;
    private final FactorySaver saver;
    private final ResourceKind kind;
    private final String name;
    private final ObjectNode before;
    private final ObjectNode after;
    private final String label;

    /** @param before the content before the edit, or null when the resource is new */
    public ResourceCommand(Factory factory, FactorySaver saver, ResourceKind kind, String name, ObjectNode before, ObjectNode after,
                           String label) {
        this.factory = factory;
        this.saver = saver;
        this.kind = kind;
        this.name = name;
        this.before = before == null ? null : before.deepCopy();
        this.after = after.deepCopy();
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute() {
        put(after);
        saver.save(factory, label, id());
    }

    @Override
    public void undo() {
        if (before == null) factory.remove(ResourceId.of(kind, name));
        else put(before);
        saver.save(factory, "Undo: " + label, id());
    }

    /** The resource this command writes; the factory resource by the name it has (ADF allows only one). */
    private ResourceId id() {
        if (kind == ResourceKind.FACTORY) return factory.resources(kind).stream().findFirst().map(Resource::id).orElse(ResourceId.of(kind, name));
        return ResourceId.of(kind, name);
    }

    private void put(ObjectNode content) {
        var existing = kind == ResourceKind.FACTORY ? factory.resources(kind).stream().findFirst() : factory.get(kind, name);
        if (existing.isPresent()) existing.get().replaceContent(content.deepCopy());
        else factory.add(Resource.create(kind, content.deepCopy()));
    }
}
