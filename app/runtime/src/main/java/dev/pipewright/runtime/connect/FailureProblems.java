package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.plugins.api.ConnectorException;

/** The problem code of each failure class, and the problem for a failed call (never holding a secret). */
final class FailureProblems {
    private FailureProblems() {
    }

    static ProblemCode code(ConnectorException e) {
        return switch (e.failure()) {
            case DNS -> ProblemCode.CONNECT_DNS;
            case REFUSED -> ProblemCode.CONNECT_REFUSED;
            case TIMEOUT -> ProblemCode.CONNECT_TIMEOUT;
            case TLS -> ProblemCode.CONNECT_TLS;
            case AUTH -> ProblemCode.CONNECT_AUTH;
            case NOT_FOUND -> ProblemCode.CONNECT_NOT_FOUND;
            case PERMISSION -> ProblemCode.CONNECT_PERMISSION;
            case FORMAT -> ProblemCode.CONNECT_FORMAT;
            case CONFIG -> ProblemCode.CONNECT_CONFIG;
            case SECRET -> ProblemCode.CONNECT_SECRET;
            case CANCELLED -> ProblemCode.CONNECT_CANCELLED;
            case OTHER -> ProblemCode.CONNECT_FAILED;
        };
    }

    static Problem of(ConnectorException e, String resource, Secrets secrets) {
        return secrets.scrub(Problem.of(code(e), resource, null, 0, 0, e.getMessage(), e.hint()));
    }
}
