package dev.pipewright.studio.hub.profile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which environment profile file was last made active for each factory, so opening the factory again uses it. */
public interface ActiveProfiles {
    /** The profile file last used with {@code factoryRoot}; empty when none was, or "no profile" was chosen. */
    Optional<Path> profileFor(Path factoryRoot);

    /** Remembers {@code profileFile} for {@code factoryRoot} (null: no profile). May write in the background. */
    void remember(Path factoryRoot, Path profileFile);

    /** Keeps them in memory only (tests, or when the workspace store cannot be opened). */
    static ActiveProfiles inMemory() {
        Map<Path, Path> map = new HashMap<>();
        return new ActiveProfiles() {
            @Override
            public Optional<Path> profileFor(Path factoryRoot) {
                return Optional.ofNullable(map.get(factoryRoot.toAbsolutePath().normalize()));
            }

            @Override
            public void remember(Path factoryRoot, Path profileFile) {
                map.put(factoryRoot.toAbsolutePath().normalize(), profileFile);
            }
        };
    }
}
