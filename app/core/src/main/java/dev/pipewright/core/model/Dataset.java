package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A view of a dataset: its type, linked service, parameters and location. */
public final class Dataset extends ResourceView {
    public Dataset(Resource resource) {
        super(resource, ResourceKind.DATASET);
    }

    public static List<Dataset> all(Factory factory) {
        return factory.resources(ResourceKind.DATASET).stream().map(Dataset::new).toList();
    }

    /** {@code properties.linkedServiceName.referenceName}. */
    public Optional<String> linkedServiceName() {
        return Json.object(properties(), "linkedServiceName").flatMap(Json::referenceName);
    }

    public Map<String, ObjectNode> parameters() {
        return Pipeline.members(properties(), "parameters");
    }

    /** {@code typeProperties.location.type} for file datasets, e.g. {@code AzureBlobStorageLocation}. */
    public Optional<String> locationType() {
        return Json.object(typeProperties(), "location").flatMap(l -> Json.text(l, "type"));
    }
}
