package dev.pipewright.core.model;

import java.util.List;

/**
 * One {@code dependsOn} entry: the upstream activity and the conditions (Succeeded, Failed, Completed,
 * Skipped). {@code pointer} is the JSON pointer of the entry in the pipeline file.
 */
public record Dependency(String activity, List<String> conditions, String pointer) {
    public static final List<String> CONDITIONS = List.of("Succeeded", "Failed", "Completed", "Skipped");
}
