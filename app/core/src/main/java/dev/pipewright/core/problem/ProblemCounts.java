package dev.pipewright.core.problem;

import java.util.List;

/** Counts of problems by severity, in words ("1 error, 2 warnings"), the same in the CLI and the studio. */
public final class ProblemCounts {
    private ProblemCounts() {
    }

    public static long count(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** "2 errors, 1 warning": both counts, each with its plural right. */
    public static String summary(List<Problem> problems) {
        return plural(count(problems, Severity.ERROR), "error") + ", " + plural(count(problems, Severity.WARNING), "warning");
    }

    /** "3 problems", "1 problem", "No problems". */
    public static String problems(int n) {
        return n == 0 ? "No problems" : plural(n, "problem");
    }

    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
