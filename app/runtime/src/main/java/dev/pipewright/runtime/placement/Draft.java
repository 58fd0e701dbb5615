package dev.pipewright.runtime.placement;

import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.List;

/** A placement being worked out: the runtime chosen so far, the reasons and the findings. */
final class Draft {
    /** Something wrong, before it is positioned in a file. */
    record Finding(ProblemCode code, String message, String hint) {
    }

    /** The activity's name and type (null for authoring placements), read once. */
    final String activityName;
    final String activityType;
    /** Whether ADF skips the activity ({@code "state": "Inactive"}). */
    final boolean inactive;
    private final List<String> reasons = new ArrayList<>(4);
    private final List<Finding> findings = new ArrayList<>(2);
    private RuntimeChoice runtime;

    Draft(String activityName, String activityType, boolean inactive) {
        this.activityName = activityName;
        this.activityType = activityType;
        this.inactive = inactive;
    }

    void because(String reason) {
        reasons.add(reason);
    }

    /** Records a finding once: two routes to the same store (e.g. two data flow sources) give one problem. */
    void problem(ProblemCode code, String message, String hint) {
        Finding finding = new Finding(code, message, hint);
        if (!findings.contains(finding)) findings.add(finding);
    }

    void runOn(RuntimeChoice choice) {
        runtime = choice;
    }

    RuntimeChoice runtime() {
        return runtime;
    }

    List<String> reasons() {
        return reasons;
    }

    List<Finding> findings() {
        return findings;
    }

    boolean has(ProblemCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
