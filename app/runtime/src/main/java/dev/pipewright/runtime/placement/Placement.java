package dev.pipewright.runtime.placement;

import dev.pipewright.core.problem.Problem;

import java.util.List;

/**
 * Where one activity runs.
 *
 * @param pipeline     the pipeline's name
 * @param activity     the activity's name
 * @param path         pipeline, containers and activity joined by '/', e.g. {@code P/ForEach1/CopySales}
 * @param activityType the activity's {@code type}, e.g. {@code Copy}
 * @param runtime      the IR, kind and region
 * @param reasons      why
 * @param problems     what is wrong, positioned at the activity in its pipeline file
 */
public record Placement(String pipeline, String activity, String path, String activityType, RuntimeChoice runtime,
                        List<String> reasons, List<Problem> problems) implements Placed {
    public Placement {
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
    }
}
