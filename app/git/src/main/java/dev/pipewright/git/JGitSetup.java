package dev.pipewright.git;

import org.eclipse.jgit.util.FS;

/**
 * JGit's process-wide settings, applied once before the first repository is opened. On first use JGit measures the
 * timestamp resolution of each file system (seconds on a slow disk) and keeps it in its user config: run in the
 * background, so that opening a working copy never waits for it (JGit uses safe defaults meanwhile). Tests set
 * {@code -D}{@value #TIMESTAMPS_PROPERTY}{@code =sync}: the measurement then ends before the call returns, so no probe
 * file is being written in a temporary repository while the test deletes it.
 */
final class JGitSetup {
    static final String TIMESTAMPS_PROPERTY = "pipewright.git.timestamps";
    private static volatile boolean done;

    private JGitSetup() {
    }

    static void ensure() {
        if (done) return;
        synchronized (JGitSetup.class) {
            if (done) return;
            FS.FileStoreAttributes.setBackground(!"sync".equals(System.getProperty(TIMESTAMPS_PROPERTY)));
            done = true;
        }
    }
}
