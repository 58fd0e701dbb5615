package dev.pipewright.studio.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deletes a resource as an undoable command: execute removes it from the model and its file on save, and takes
 * its secrets out of the secret store (when unlocked) and anything else {@code attached} to it (a self-hosted IR's
 * nodes); undo puts the resource, its secrets and the rest back and saves the file again. Check first with
 * {@code core.manage.Deletion}: this command does not refuse.
 */
public final class DeleteCommand implements HubCommand {
    /** State outside the factory files that goes with the resource. */
    public interface Attached {
        void detach();

        void reattach();
    }

    private final Factory factory;
    private final FactorySaver saver;
    private final ResourceId id;
    private final SecretStore secrets;
    private final String scope;
    private final Attached attached;
    private final ObjectNode content;
    private final Map<SecretKey, String> taken = new LinkedHashMap<>();

    /** @param secrets the unlocked store, or null (secrets then stay where they are) */
    public DeleteCommand(Factory factory, FactorySaver saver, ResourceId id, SecretStore secrets, String scope, Attached attached) {
        this.factory = factory;
        this.saver = saver;
        this.id = id;
        this.secrets = secrets;
        this.scope = scope;
        this.attached = attached;
        this.content = factory.get(id).orElseThrow(() -> new IllegalArgumentException(id + " does not exist")).json().deepCopy();
    }

    @Override
    public String label() {
        return "Delete " + id.kind().displayName() + " " + id.name();
    }

    @Override
    public void execute() {
        factory.remove(id);
        if (secrets != null) {
            taken.clear();
            for (SecretKey k : secrets.keys(scope, id.toString())) secrets.get(k).ifPresent(v -> taken.put(k, v));
            secrets.removeResource(scope, id.toString());
        }
        if (attached != null) attached.detach();
        saver.save(factory, label(), id);
    }

    @Override
    public void undo() {
        factory.add(Resource.create(id.kind(), content.deepCopy()));
        taken.forEach(secrets::put);
        if (attached != null) attached.reattach();
        saver.save(factory, "Undo: " + label(), id);
    }
}
