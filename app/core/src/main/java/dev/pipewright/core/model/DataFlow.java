package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.List;

/** A view of a data flow (MappingDataFlow, Flowlet, WranglingDataFlow). */
public final class DataFlow extends ResourceView {
    public DataFlow(Resource resource) {
        super(resource, ResourceKind.DATA_FLOW);
    }

    public static List<DataFlow> all(Factory factory) {
        return factory.resources(ResourceKind.DATA_FLOW).stream().map(DataFlow::new).toList();
    }

    /** Names of the sources (transformation names, not datasets). */
    public List<String> sourceNames() {
        return names("sources");
    }

    public List<String> sinkNames() {
        return names("sinks");
    }

    /** Datasets read or written by the sources and sinks ({@code dataset.referenceName}), in file order. */
    public List<String> datasetNames() {
        return references("dataset");
    }

    /** Linked services used directly by inline sources and sinks ({@code linkedService.referenceName}). */
    public List<String> linkedServiceNames() {
        return references("linkedService");
    }

    private List<String> references(String field) {
        List<String> list = new ArrayList<>();
        for (String end : List.of("sources", "sinks")) {
            Json.array(typeProperties(), end).forEach(s -> Json.object(s, field).flatMap(Json::referenceName).ifPresent(list::add));
        }
        return list;
    }

    /** The data flow script: {@code scriptLines} joined, or the older single {@code script} string. */
    public String script() {
        List<JsonNode> lines = Json.array(typeProperties(), "scriptLines");
        if (!lines.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode l : lines) sb.append(l.asText()).append('\n');
            return sb.toString();
        }
        return Json.text(typeProperties(), "script").orElse("");
    }

    private List<String> names(String field) {
        List<String> list = new ArrayList<>();
        Json.array(typeProperties(), field).forEach(s -> Json.text(s, "name").ifPresent(list::add));
        return list;
    }
}
