package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A view of a linked service: type, the IR it connects via, parameters. */
public final class LinkedService extends ResourceView {
    /** The IR ADF uses when a linked service has no {@code connectVia}. */
    public static final String DEFAULT_RUNTIME = IntegrationRuntime.AUTO_RESOLVE;

    public LinkedService(Resource resource) {
        super(resource, ResourceKind.LINKED_SERVICE);
    }

    public static List<LinkedService> all(Factory factory) {
        return factory.resources(ResourceKind.LINKED_SERVICE).stream().map(LinkedService::new).toList();
    }

    /** {@code properties.connectVia.referenceName}; empty means the default auto-resolve Azure IR. */
    public Optional<String> connectVia() {
        return Json.object(properties(), "connectVia").flatMap(Json::referenceName);
    }

    /** The IR this linked service runs through: {@link #connectVia()} or the default. */
    public String runtimeName() {
        return connectVia().orElse(DEFAULT_RUNTIME);
    }

    public Map<String, ObjectNode> parameters() {
        return Pipeline.members(properties(), "parameters");
    }
}
