package dev.pipewright.studio;

/**
 * Entry point for {@code java -cp} and jpackage launches: JavaFX refuses to start a class path
 * application whose main class extends {@code Application}, so this one does not.
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void main(String[] args) {
        StudioApp.main(args);
    }
}
