package dev.pipewright.studio.canvas;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.placement.Placement;

import java.util.stream.Collectors;

/**
 * A placement badge: where an activity would run in a short form that fits the box ("AutoResolve · West US"), the full
 * runtime and why (the tooltip), and whether placement found an error.
 */
public record Badge(String text, String detail, boolean problem) {
    public static Badge of(Placement p) {
        String reasons = String.join("\n", p.reasons());
        String problems = p.problems().stream().map(Problem::message).collect(Collectors.joining("\n"));
        String full = p.runtime().display() + "\n";
        return new Badge(p.runtime().shortDisplay(), full + (problems.isEmpty() ? reasons : problems + "\n" + reasons),
                p.problems().stream().anyMatch(Problem::isError));
    }
}
