package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A view of the factory file ({@code factory/<name>.json}): location, identity, global parameters. */
public final class FactoryInfo extends ResourceView {
    /** A global parameter: name, ADF type ({@code string}, {@code int}, ...) and value. */
    public record GlobalParameter(String name, String type, JsonNode value) {
    }

    public FactoryInfo(Resource resource) {
        super(resource, ResourceKind.FACTORY);
    }

    /** The factory file, if the root has one. */
    public static Optional<FactoryInfo> of(Factory factory) {
        return factory.resources(ResourceKind.FACTORY).stream().findFirst().map(FactoryInfo::new);
    }

    /** The Azure region ({@code location}), when the file records it. */
    public Optional<String> location() {
        return Json.text(resource().json(), "location");
    }

    public List<GlobalParameter> globalParameters() {
        List<GlobalParameter> list = new ArrayList<>();
        Pipeline.members(properties(), "globalParameters").forEach((name, def) ->
                list.add(new GlobalParameter(name, Json.text(def, "type").orElse(""), def.get("value"))));
        return list;
    }
}
