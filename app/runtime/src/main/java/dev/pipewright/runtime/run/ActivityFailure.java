package dev.pipewright.runtime.run;

/** Ends an activity attempt as Failed (or Cancelled) with ADF's error shape. */
public final class ActivityFailure extends Exception {
    private final transient RunError error;
    private final RunStatus status;

    public ActivityFailure(RunError error) {
        this(error, RunStatus.FAILED);
    }

    public ActivityFailure(RunError error, RunStatus status) {
        super(error.message(), null, false, false);
        this.error = error;
        this.status = status;
    }

    public RunError error() {
        return error;
    }

    public RunStatus status() {
        return status;
    }
}
