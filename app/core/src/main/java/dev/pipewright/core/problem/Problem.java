package dev.pipewright.core.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * The one problem type of Pipewright: import errors, validation findings, connection failures and run
 * errors all use it, in the studio, the CLI ({@code --format json}) and tests alike.
 *
 * @param severity how bad it is
 * @param code     stable code, documented in docs/problem-codes.md (e.g. {@code PW101})
 * @param resource the resource it is about, as {@code folder/name} (e.g. {@code pipeline/Load Sales}), or null
 * @param file     the file, relative to the factory root with forward slashes, or null
 * @param line     1-based line in that file, or 0 when not known
 * @param column   1-based column in that file, or 0 when not known
 * @param message  what is wrong
 * @param hint     what to do about it (never null; may be empty)
 */
public record Problem(Severity severity, String code, String resource, String file, int line, int column,
                      String message, String hint) {

    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> p.file == null ? "" : p.file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::code);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem of(ProblemCode code, String resource, String file, int line, int column,
                             String message, String hint) {
        return new Problem(code.severity(), code.code(), resource, file, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity CODE message (hint)}, the way compilers print. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) sb.append(':').append(column);
            }
            sb.append(": ");
        } else if (resource != null) {
            sb.append(resource).append(": ");
        }
        sb.append(severity.label()).append(' ').append(code).append(' ').append(message);
        if (!hint.isEmpty()) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }
}
