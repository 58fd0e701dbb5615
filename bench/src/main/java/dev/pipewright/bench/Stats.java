package dev.pipewright.bench;

import java.util.Arrays;
import java.util.Locale;

/** Medians and the one-line report format every benchmark prints. */
public final class Stats {
    private Stats() {
    }

    public static double medianMs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    /** {@code what: 312 ms (target ≤ 500 ms; detail) PASS}; a negative target prints no verdict. */
    public static void line(String what, double ms, double targetMs, String detail) {
        figure(what, ms, "ms", targetMs, detail);
    }

    public static void figure(String what, double value, String unit, double target, String detail) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: %.1f %s", what, value, unit));
        s.append(" (");
        if (target >= 0) s.append(String.format(Locale.ROOT, "target ≤ %.0f %s; ", target, unit));
        s.append(detail).append(")");
        if (target >= 0) s.append(value <= target ? "  PASS" : "  MISS");
        System.out.println(s);
    }
}
