package dev.pipewright.git;

/**
 * Progress and cancellation of a source-control operation run off the UI thread (the studio adapts a JavaFX
 * {@code Task} to it: {@code updateMessage}, {@code updateProgress}, {@code isCancelled}). Called from the thread doing
 * the work; implementations must not block.
 */
public interface TaskMonitor {
    /** Reports nothing and never cancels. */
    TaskMonitor NONE = new TaskMonitor() {
    };

    /**
     * A step starts, e.g. "Receiving objects".
     *
     * @param totalWork units the step will take, 0 when not known
     */
    default void step(String title, int totalWork) {
    }

    /** {@code completed} more units of the current step are done. */
    default void worked(int completed) {
    }

    /** True once the user asked to stop; the operation then ends with PW938 and changes nothing. */
    default boolean isCancelled() {
        return false;
    }
}
