package dev.pipewright.studio.workspace;

import java.nio.file.Path;
import java.util.List;

/** The recently opened factories (File › Open recent). */
public interface RecentFactories {
    /** Records that {@code root} was opened now. */
    void opened(Path root);

    /** Most recent first. */
    List<Path> recent();

    /** When each recent factory was last opened (the Welcome page shows it); empty where not known. */
    default java.util.Map<Path, java.time.Instant> openedTimes() {
        return java.util.Map.of();
    }

    /** Remembers nothing (tests, or when the workspace store cannot be opened). */
    static RecentFactories none() {
        return new RecentFactories() {
            @Override
            public void opened(Path root) {
            }

            @Override
            public List<Path> recent() {
                return List.of();
            }
        };
    }
}
