package dev.pipewright.core.merge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line merge git-style, and the Myers diff under it. */
class TextMergeTest {
    private static final String BASE = "one\ntwo\nthree\nfour\nfive\n";

    @Test
    void changesToLinesApartMerge() {
        MergeResult result = TextMerge.merge(BASE, "ONE\ntwo\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nFIVE\n");
        assertTrue(result.clean());
        assertEquals("ONE\ntwo\nthree\nfour\nFIVE\n", result.mergedText());
        assertTrue(result.fellBackToText());
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        MergeResult result = TextMerge.merge(BASE, "one\n2\nthree\nfour\nfive\n", "one\n2\nthree\nfour\nfive\nsix\n");
        assertTrue(result.clean());
        assertEquals("one\n2\nthree\nfour\nfive\nsix\n", result.mergedText());
    }

    @Test
    void changesToTheSameOrTouchingLinesConflictWithDiff3Markers() {
        MergeResult result = TextMerge.merge(BASE, "one\ntwo\n3a\nfour\nfive\n", "one\ntwo\n3b\nFOUR\nfive\n");
        assertFalse(result.clean());
        assertEquals("one\ntwo\n<<<<<<< ours\n3a\nfour\n||||||| base\nthree\nfour\n=======\n3b\nFOUR\n>>>>>>> theirs\nfive\n",
                result.textWithMarkers());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("line 3", conflict.path());
        assertEquals(3, conflict.line());
        assertEquals("3a\nfour\n", conflict.ours().textValue());
        assertEquals("three\nfour\n", conflict.base().textValue());
        assertEquals("one\ntwo\n3a\nfour\nfive\n", result.mergedText(), "ours while unresolved");
        assertEquals("one\ntwo\n3b\nFOUR\nfive\n", result.resolve(Map.of("line 3", Resolution.THEIRS)).mergedText());
        assertEquals("one\ntwo\nboth\nfive\n", result.resolve(Map.of("line 3", Resolution.value(
                com.fasterxml.jackson.databind.node.TextNode.valueOf("both")))).mergedText(), "a line break is added");
        assertTrue(result.resolve(Map.of("line 3", Resolution.remove())).clean());
    }

    @Test
    void crlfTextGetsCrlfMarkersAndAFileWithoutAFinalLineBreakStaysParseable() {
        MergeResult crlf = TextMerge.merge("a\r\nb\r\n", "a\r\nB1\r\n", "a\r\nB2\r\n");
        assertEquals("a\r\n<<<<<<< ours\r\nB1\r\n||||||| base\r\nb\r\n=======\r\nB2\r\n>>>>>>> theirs\r\n", crlf.textWithMarkers());
        MergeResult noBreak = TextMerge.merge("a\nb", "a\nB1", "a\nB2");
        assertEquals("a\n<<<<<<< ours\nB1\n||||||| base\nb\n=======\nB2\n>>>>>>> theirs\n", noBreak.textWithMarkers());
    }

    @Test
    void withoutABaseEqualFilesMergeAndDifferentOnesConflict() {
        assertTrue(TextMerge.merge(null, "x\n", "x\n").clean());
        MergeResult both = TextMerge.merge(null, "x\n", "y\n");
        assertEquals("<<<<<<< ours\nx\n||||||| base\n=======\ny\n>>>>>>> theirs\n", both.textWithMarkers());
    }

    @Test
    void myersMatchesAsManyLinesAsALongestCommonSubsequence() {
        Random random = new Random(12);
        for (int round = 0; round < 2000; round++) {
            int[] a = randomLines(random);
            int[] b = random.nextInt(4) == 0 ? randomLines(random) : edit(a, random);
            int[] matched = LineDiff.match(a, b);
            int count = 0;
            int last = -1;
            for (int i = 0; i < a.length; i++) {
                if (matched[i] < 0) continue;
                assertTrue(matched[i] > last, "matches keep their order");
                assertEquals(a[i], b[matched[i]], "only equal lines match");
                last = matched[i];
                count++;
            }
            assertEquals(lcs(a, b), count, "round " + round);
        }
    }

    @Test
    void lineChangesCountAddedAndRemovedLines() {
        assertEquals(new LineChanges(2, 1), LineChanges.between(List.of("a", "b", "c"), List.of("a", "x", "c", "d")));
    }

    private static int[] randomLines(Random random) {
        int[] lines = new int[random.nextInt(30)];
        for (int i = 0; i < lines.length; i++) lines[i] = random.nextInt(5);
        return lines;
    }

    private static int[] edit(int[] a, Random random) {
        List<Integer> lines = new ArrayList<>();
        for (int line : a) {
            int r = random.nextInt(10);
            if (r == 0) continue;
            if (r == 1) lines.add(random.nextInt(5));
            lines.add(r == 2 ? random.nextInt(5) : line);
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lcs(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }
}
