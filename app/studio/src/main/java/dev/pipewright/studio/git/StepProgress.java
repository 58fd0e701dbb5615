package dev.pipewright.studio.git;

import dev.pipewright.git.TaskMonitor;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** JGit's progress steps turned into one line and a fraction for a background task. */
final class StepProgress {
    private StepProgress() {
    }

    /** JGit's steps as one progress line: the step's title and how far it is. */
    static TaskMonitor monitor(Supplier<Boolean> cancelled, BiConsumer<String, Double> report) {
        return new TaskMonitor() {
            private String title = "";
            private int total;
            private int done;

            @Override
            public void step(String t, int totalWork) {
                title = t;
                total = totalWork;
                done = 0;
                report.accept(t, totalWork > 0 ? 0.0 : -1.0);
            }

            @Override
            public void worked(int completed) {
                done += completed;
                if (total > 0) report.accept(title + " (" + done + "/" + total + ")", Math.min(1.0, (double) done / total));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }
}
