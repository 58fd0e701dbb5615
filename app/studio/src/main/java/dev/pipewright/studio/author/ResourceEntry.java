package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.DataFlow;
import dev.pipewright.core.model.Dataset;
import dev.pipewright.core.model.Pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the resource tree needs to know about one resource: an immutable snapshot taken when a factory is
 * shown, so filtering never reads the (mutable) JSON tree again.
 *
 * @param category the tree group it belongs to
 * @param name     the resource name
 * @param type     {@code properties.type} (empty for pipelines, which have none)
 * @param folder   its ADF folder path split at "/", empty when it sits at the top of its group
 */
public record ResourceEntry(ResourceCategory category, String name, String type, List<String> folder) {

    public ResourceEntry {
        folder = List.copyOf(folder);
    }

    /** Reads the entry of a resource of {@code category}'s kind; the folder comes from core's typed views. */
    public static ResourceEntry of(ResourceCategory category, Resource resource) {
        Optional<String> folder = switch (category) {
            case PIPELINES -> new Pipeline(resource).folder();
            case DATASETS -> new Dataset(resource).folder();
            case DATA_FLOWS -> new DataFlow(resource).folder();
            case TRIGGERS -> Optional.empty(); // ADF triggers have no folders
        };
        return new ResourceEntry(category, resource.name(), resource.type(), folder.map(ResourceEntry::splitFolder).orElse(List.of()));
    }

    /** "Sales/Daily" → [Sales, Daily]; empty segments (leading, trailing or doubled slashes) are dropped. */
    static List<String> splitFolder(String path) {
        return Arrays.stream(path.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
