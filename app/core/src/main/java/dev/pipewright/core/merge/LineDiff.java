package dev.pipewright.core.merge;

import java.util.Arrays;

/**
 * A longest common subsequence of two sequences of line ids, found with Myers' O((N+M)·D) difference algorithm in
 * its linear-space form (bisect at the middle snake, then recurse on both halves). Lines are compared by id, so
 * callers map equal lines to equal ints first (and can keep lines from matching by giving them ids of their own).
 */
final class LineDiff {
    private LineDiff() {
    }

    /** For each index of {@code a}, the index of the line of {@code b} it is matched with, or -1. */
    static int[] match(int[] a, int[] b) {
        int[] matched = new int[a.length];
        Arrays.fill(matched, -1);
        diff(a, 0, a.length, b, 0, b.length, matched);
        return matched;
    }

    private static void diff(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, int[] matched) {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) matched[aLo++] = bLo++;
        while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) matched[--aHi] = --bHi;
        if (aLo == aHi || bLo == bHi) return;
        long split = bisect(a, aLo, aHi, b, bLo, bHi);
        if (split < 0) return; // nothing in common
        int x = (int) (split >>> 32);
        int y = (int) split;
        diff(a, aLo, aLo + x, b, bLo, bLo + y, matched);
        diff(a, aLo + x, aHi, b, bLo + y, bHi, matched);
    }

    /**
     * Where the shortest edit script crosses its middle: {@code x << 32 | y} relative to the ranges' starts, or -1
     * when the ranges share no line. Walks forward from the start and backward from the end until the paths meet.
     */
    private static long bisect(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int maxD = (n + m + 1) / 2;
        int offset = maxD;
        int length = 2 * maxD + 2;
        int[] forward = new int[length];
        int[] backward = new int[length];
        Arrays.fill(forward, -1);
        Arrays.fill(backward, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        int delta = n - m;
        boolean odd = (delta & 1) != 0; // the forward path checks for an overlap only when delta is odd
        int k1Start = 0;
        int k1End = 0;
        int k2Start = 0;
        int k2End = 0;
        for (int d = 0; d < maxD; d++) {
            for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                int k1Offset = offset + k1;
                int x1 = k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1])
                        ? forward[k1Offset + 1] : forward[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[aLo + x1] == b[bLo + y1]) {
                    x1++;
                    y1++;
                }
                forward[k1Offset] = x1;
                if (x1 > n) {
                    k1End += 2;
                } else if (y1 > m) {
                    k1Start += 2;
                } else if (odd) {
                    int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && backward[k2Offset] != -1 && x1 >= n - backward[k2Offset]) {
                        return split(x1, y1, n, m);
                    }
                }
            }
            for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                int k2Offset = offset + k2;
                int x2 = k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1])
                        ? backward[k2Offset + 1] : backward[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[aLo + n - x2 - 1] == b[bLo + m - y2 - 1]) {
                    x2++;
                    y2++;
                }
                backward[k2Offset] = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!odd) {
                    int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1) {
                        int x1 = forward[k1Offset];
                        int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) return split(x1, y1, n, m);
                    }
                }
            }
        }
        return -1;
    }

    /** A split at either corner would recurse on the same ranges again; such a split means no usable common line. */
    private static long split(int x, int y, int n, int m) {
        if ((x == 0 && y == 0) || (x == n && y == m)) return -1;
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
