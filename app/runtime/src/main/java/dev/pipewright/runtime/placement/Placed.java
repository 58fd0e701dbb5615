package dev.pipewright.runtime.placement;

import dev.pipewright.core.problem.Problem;

import java.util.List;

/** Something placed on a runtime: an activity, or an authoring operation on a linked service. */
public interface Placed {
    RuntimeChoice runtime();

    /** Why, in the order the rules were applied; the last reasons decided the region. */
    List<String> reasons();

    /** What ADF would reject or what breaks the profile's rules; empty when all is well. */
    List<Problem> problems();

    default String integrationRuntime() {
        return runtime().integrationRuntime();
    }

    default PlacementKind kind() {
        return runtime().kind();
    }

    default String region() {
        return runtime().region();
    }

    default String display() {
        return runtime().display();
    }

    default boolean hasErrors() {
        return problems().stream().anyMatch(Problem::isError);
    }
}
