package dev.pipewright.runtime.run;

/** Hears a run (and each child run) start and end, e.g. the run store and the studio's live status. */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    /** The run has started: status InProgress, no activity runs yet. */
    default void started(PipelineRun run) {
    }

    default void finished(PipelineRun run) {
    }
}
