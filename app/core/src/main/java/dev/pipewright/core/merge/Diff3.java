package dev.pipewright.core.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The diff3 three-way merge of line sequences (by id): the base is matched with each side ({@link LineDiff}); lines
 * matched in all three are stable, and every run between stable lines is an unstable region that one side changed
 * (take that side), both changed the same way (take either), or both changed differently (a conflict). As in GNU
 * diff3 and git, changes that touch with no unchanged line between them are one region.
 */
final class Diff3 {
    /** How an unstable or stable run of lines merges. */
    enum Kind { UNCHANGED, OURS, THEIRS, BOTH_SAME, CONFLICT }

    /** A run of lines: {@code [baseStart, baseEnd)} of the base, and the matching ranges of ours and theirs. */
    record Region(Kind kind, int baseStart, int baseEnd, int oursStart, int oursEnd, int theirsStart, int theirsEnd) {
    }

    private Diff3() {
    }

    static List<Region> merge(int[] base, int[] ours, int[] theirs) {
        int[] toOurs = LineDiff.match(base, ours);
        int[] toTheirs = LineDiff.match(base, theirs);
        List<Region> regions = new ArrayList<>();
        int o = 0;
        int a = 0;
        int b = 0;
        while (o < base.length || a < ours.length || b < theirs.length) {
            int i = 0;
            while (o + i < base.length && toOurs[o + i] == a + i && toTheirs[o + i] == b + i) i++;
            if (i > 0) {
                regions.add(new Region(Kind.UNCHANGED, o, o + i, a, a + i, b, b + i));
                o += i;
                a += i;
                b += i;
                continue;
            }
            int next = o;
            while (next < base.length && (toOurs[next] < 0 || toTheirs[next] < 0)) next++;
            int oEnd = next;
            int aEnd = next < base.length ? toOurs[next] : ours.length;
            int bEnd = next < base.length ? toTheirs[next] : theirs.length;
            regions.add(new Region(classify(base, o, oEnd, ours, a, aEnd, theirs, b, bEnd), o, oEnd, a, aEnd, b, bEnd));
            o = oEnd;
            a = aEnd;
            b = bEnd;
        }
        return regions;
    }

    private static Kind classify(int[] base, int o, int oEnd, int[] ours, int a, int aEnd, int[] theirs, int b, int bEnd) {
        boolean oursChanged = !Arrays.equals(base, o, oEnd, ours, a, aEnd);
        boolean theirsChanged = !Arrays.equals(base, o, oEnd, theirs, b, bEnd);
        if (!oursChanged) return Kind.THEIRS;
        if (!theirsChanged) return Kind.OURS;
        return Arrays.equals(ours, a, aEnd, theirs, b, bEnd) ? Kind.BOTH_SAME : Kind.CONFLICT;
    }
}
