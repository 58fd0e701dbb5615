package dev.pipewright.runtime.placement;

import dev.pipewright.core.problem.ProblemCode;

import java.util.List;

/** The profile's {@code keepDataIn}: where data may be processed and stored. */
final class Residency {
    private final List<String> geographies;

    Residency(List<String> geographies) {
        this.geographies = geographies;
    }

    /** Whether the profile sets keepDataIn (callers skip building messages when it does not). */
    boolean active() {
        return !geographies.isEmpty();
    }

    /** A problem when {@code region} (null: unknown, nothing to check) is outside the allowed geographies. */
    void check(Draft d, String what, Region region) {
        if (region == null) return;
        if (geographies.stream().anyMatch(g -> g.equalsIgnoreCase(region.geography()))) return;
        String allowed = String.join(", ", geographies);
        d.problem(ProblemCode.DATA_RESIDENCY, what + " " + region.displayName() + " (geography " + region.geography()
                        + "), outside keepDataIn " + allowed,
                "Keep it in a region of " + allowed + ": give the IR a fixed region there or move the store, or change keepDataIn in the profile");
    }
}
