package dev.pipewright.runtime.placement;

import dev.pipewright.core.problem.Problem;

import java.util.List;

/**
 * Where an authoring operation (test connection, browse, preview data) on a linked service runs.
 *
 * @param linkedService the linked service's name
 * @param runtime       the IR, kind and region
 * @param reasons       why
 * @param problems      what is wrong, positioned in the linked service's file
 */
public record AuthoringPlacement(String linkedService, RuntimeChoice runtime, List<String> reasons, List<Problem> problems)
        implements Placed {
    public AuthoringPlacement {
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
    }
}
