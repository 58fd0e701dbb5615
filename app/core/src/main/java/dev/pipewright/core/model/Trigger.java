package dev.pipewright.core.model;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.List;

/** A view of a trigger: type, runtime state and the pipelines it starts. */
public final class Trigger extends ResourceView {
    public Trigger(Resource resource) {
        super(resource, ResourceKind.TRIGGER);
    }

    public static List<Trigger> all(Factory factory) {
        return factory.resources(ResourceKind.TRIGGER).stream().map(Trigger::new).toList();
    }

    /** {@code Started} or {@code Stopped}. */
    public String runtimeState() {
        return Json.text(properties(), "runtimeState").orElse("Stopped");
    }

    /**
     * Pipelines started by this trigger: {@code pipelines[].pipelineReference}, or the single
     * {@code pipeline.pipelineReference} of a tumbling-window trigger.
     */
    public List<String> pipelineNames() {
        List<String> names = new ArrayList<>();
        Json.array(properties(), "pipelines").forEach(p ->
                Json.object(p, "pipelineReference").flatMap(Json::referenceName).ifPresent(names::add));
        Json.object(properties(), "pipeline").flatMap(p -> Json.object(p, "pipelineReference"))
                .flatMap(Json::referenceName).ifPresent(names::add);
        return names;
    }
}
