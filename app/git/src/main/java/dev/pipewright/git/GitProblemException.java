package dev.pipewright.git;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.HostKey;

import java.util.List;
import java.util.Optional;

/**
 * A source-control operation that could not be done, as one {@link Problem} (PW92x–PW93x) saying what to do. When it
 * is thrown nothing was changed: no file, no ref, no index entry. Some carry what the UI needs to offer the next step:
 * the files in the way ({@link #paths()}), the SSH host key to trust ({@link #hostKey()}).
 */
public class GitProblemException extends RuntimeException {
    private final transient Problem problem;
    private final List<String> paths;
    private final HostKey hostKey;

    public GitProblemException(Problem problem, List<String> paths, HostKey hostKey, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
        this.paths = List.copyOf(paths);
        this.hostKey = hostKey;
    }

    public static GitProblemException of(ProblemCode code, String message, String hint) {
        return new GitProblemException(Problem.of(code, null, null, 0, 0, message, hint), List.of(), null, null);
    }

    public static GitProblemException of(ProblemCode code, String message, String hint, Throwable cause) {
        return new GitProblemException(Problem.of(code, null, null, 0, 0, message, hint), List.of(), null, cause);
    }

    /** A problem about files: the message lists the first few, {@link #paths()} all of them. */
    public static GitProblemException ofPaths(ProblemCode code, String message, String hint, List<String> paths) {
        String shown = String.join(", ", paths.subList(0, Math.min(paths.size(), 10))) + (paths.size() > 10 ? " and " + (paths.size() - 10) + " more" : "");
        return new GitProblemException(Problem.of(code, null, null, 0, 0, message + ": " + shown, hint), paths, null, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The stable code, e.g. {@code PW930} (compare with {@link ProblemCode#code()}). */
    public String code() {
        return problem.code();
    }

    public boolean is(ProblemCode code) {
        return problem.code().equals(code.code());
    }

    /** Paths (relative to the repository) the problem is about: files in the way, conflicted files. */
    public List<String> paths() {
        return paths;
    }

    /** For PW928 (unknown SSH host key): the key to show and, if the user agrees, to trust. */
    public Optional<HostKey> hostKey() {
        return Optional.ofNullable(hostKey);
    }
}
