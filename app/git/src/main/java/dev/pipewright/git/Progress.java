package dev.pipewright.git;

import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress callbacks into a {@link TaskMonitor}. */
final class Progress implements ProgressMonitor {
    private final TaskMonitor monitor;

    Progress(TaskMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void start(int totalTasks) {
    }

    @Override
    public void beginTask(String title, int totalWork) {
        monitor.step(title, totalWork == UNKNOWN ? 0 : totalWork);
    }

    @Override
    public void update(int completed) {
        monitor.worked(completed);
    }

    @Override
    public void endTask() {
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCancelled();
    }

    @Override
    public void showDuration(boolean enabled) {
    }

    /** Throws PW938 when the user cancelled; called between the steps of an operation. */
    static void check(TaskMonitor monitor) {
        if (monitor.isCancelled()) throw Failures.cancelled();
    }
}
