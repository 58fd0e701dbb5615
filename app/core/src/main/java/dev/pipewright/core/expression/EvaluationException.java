package dev.pipewright.core.expression;

/** An expression that parses but cannot be evaluated: a missing property, a wrong argument type, an unknown time zone. */
public final class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }
}
