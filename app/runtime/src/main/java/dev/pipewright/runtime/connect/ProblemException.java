package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;

/** A connection step that ended in a problem before or instead of talking to the store. */
final class ProblemException extends Exception {
    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
