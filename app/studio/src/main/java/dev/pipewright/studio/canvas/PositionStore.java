package dev.pipewright.studio.canvas;

import java.nio.file.Path;

/** Keeps canvas positions between sessions, per factory root and pipeline. */
public interface PositionStore {
    /** The saved positions of a pipeline; empty when none (the canvas then lays activities out itself). */
    Positions load(Path factoryRoot, String pipeline);

    /** Remembers a pipeline's positions (may write in the background). */
    void save(Path factoryRoot, String pipeline, Positions positions);

    /** Keeps positions in memory only (tests, or when the workspace store cannot be opened). */
    static PositionStore inMemory() {
        java.util.Map<String, Positions> map = new java.util.HashMap<>();
        return new PositionStore() {
            @Override
            public Positions load(Path factoryRoot, String pipeline) {
                return map.computeIfAbsent(factoryRoot + "|" + pipeline, k -> new Positions());
            }

            @Override
            public void save(Path factoryRoot, String pipeline, Positions positions) {
                map.put(factoryRoot + "|" + pipeline, positions);
            }
        };
    }
}
