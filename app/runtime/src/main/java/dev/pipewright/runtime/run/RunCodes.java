package dev.pipewright.runtime.run;

import dev.pipewright.core.problem.ProblemCode;

/** The {@code errorCode}s local runs give errors that only Pipewright reports (ADF's own codes are used where ADF has one). */
final class RunCodes {
    static final String CANNOT_START = ProblemCode.RUN_CANNOT_START.code();
    static final String NOT_RUNNABLE = ProblemCode.RUN_NOT_RUNNABLE_LOCALLY.code();
    static final String TIMED_OUT = ProblemCode.RUN_TIMED_OUT.code();
    static final String CANCELLED = ProblemCode.RUN_CANCELLED.code();
    static final String NESTING = ProblemCode.RUN_PIPELINE_NESTING.code();
    static final String DATA_FAILED = ProblemCode.RUN_DATA_FAILED.code();
    static final String INTERNAL = ProblemCode.RUN_INTERNAL.code();
    static final String INNER_FAILED = ProblemCode.RUN_INNER_ACTIVITY_FAILED.code();
    /** ADF's code for an expression that fails at run time. */
    static final String INVALID_TEMPLATE = "InvalidTemplate";

    private RunCodes() {
    }
}
