package dev.pipewright.git;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the {@link GitSettings} of each working copy are kept, by the working tree's absolute path: the studio's
 * workspace store (SQLite) implements it; the command line, which takes the root folder from the path it is given,
 * keeps them in memory.
 */
public interface GitSettingsStore {
    Optional<GitSettings> gitSettings(Path workTree);

    void saveGitSettings(Path workTree, GitSettings settings);

    /** Settings kept for the life of the process only. */
    static GitSettingsStore inMemory() {
        Map<Path, GitSettings> map = new ConcurrentHashMap<>();
        return new GitSettingsStore() {
            @Override
            public Optional<GitSettings> gitSettings(Path workTree) {
                return Optional.ofNullable(map.get(workTree.toAbsolutePath().normalize()));
            }

            @Override
            public void saveGitSettings(Path workTree, GitSettings settings) {
                map.put(workTree.toAbsolutePath().normalize(), settings);
            }
        };
    }
}
