package dev.pipewright.core.merge;

import java.util.List;

/** How many lines a change added and removed (a shortest edit: lines moved count as removed and added). */
public record LineChanges(int added, int removed) {
    /** Which lines of each side a shortest edit removes ({@code removed}, of before) and adds ({@code added}, of after). */
    public record Marked(java.util.BitSet removed, java.util.BitSet added) {
    }

    /** The lines a side-by-side diff marks. */
    public static Marked marked(List<String> before, List<String> after) {
        Lines ids = new Lines();
        int[] matched = LineDiff.match(ids.ids(before), ids.ids(after));
        java.util.BitSet removed = new java.util.BitSet();
        java.util.BitSet added = new java.util.BitSet();
        added.set(0, after.size());
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] < 0) removed.set(i);
            else added.clear(matched[i]);
        }
        return new Marked(removed, added);
    }

    public static LineChanges between(List<String> before, List<String> after) {
        Lines ids = new Lines();
        int[] matched = LineDiff.match(ids.ids(before), ids.ids(after));
        int kept = 0;
        for (int m : matched) if (m >= 0) kept++;
        return new LineChanges(after.size() - kept, before.size() - kept);
    }
}
