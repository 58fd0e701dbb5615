package dev.pipewright.runtime.run;

/**
 * An activity's {@code error} in ADF's shape. {@code failureType} is {@code UserError} for what the pipeline or its
 * inputs caused, {@code SystemError} for what went wrong in the runtime.
 */
public record RunError(String errorCode, String message, String failureType, String target) {
    public static RunError user(String code, String message, String target) {
        return new RunError(code, message, "UserError", target);
    }

    public static RunError system(String code, String message, String target) {
        return new RunError(code, message, "SystemError", target);
    }

    public RunError at(String newTarget) {
        return new RunError(errorCode, message, failureType, newTarget);
    }
}
