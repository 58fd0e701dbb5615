package dev.pipewright.core.merge;

import java.util.List;

/** How many lines a change added and removed (a shortest edit: lines moved count as removed and added). */
public record LineChanges(int added, int removed) {
    public static LineChanges between(List<String> before, List<String> after) {
        Lines ids = new Lines();
        int[] matched = LineDiff.match(ids.ids(before), ids.ids(after));
        int kept = 0;
        for (int m : matched) if (m >= 0) kept++;
        return new LineChanges(after.size() - kept, before.size() - kept);
    }
}
