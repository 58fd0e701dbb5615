package dev.pipewright.core.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.problem.Problem;

import java.util.List;

/**
 * The result of reading one JSON file: the tree (null when the text could not be read as JSON at all)
 * and the problems found on the way. A tree with error problems (duplicate keys) is kept so tools can
 * show it, but the factory does not load it as a resource.
 */
public record ParsedJson(JsonNode root, List<Problem> problems) {
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
