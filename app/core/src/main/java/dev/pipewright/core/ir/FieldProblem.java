package dev.pipewright.core.ir;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.problem.Severity;

/**
 * A wizard field ADF would refuse (or warn about): the field as a JSON path under {@code properties}
 * (e.g. {@code typeProperties.computeProperties.numberOfNodes}, or {@code name}), a code and a message.
 */
public record FieldProblem(String field, ProblemCode code, String message, String hint) {
    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    /** The same finding as Pipewright's one {@link Problem} type, on the IR resource. */
    public Problem toProblem(String runtimeName) {
        return Problem.of(code, IrSecrets.resource(runtimeName), null, 0, 0, field + ": " + message, hint);
    }

    @Override
    public String toString() {
        return severity().label() + " " + code.code() + " " + field + ": " + message;
    }
}
