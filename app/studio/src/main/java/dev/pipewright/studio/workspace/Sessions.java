package dev.pipewright.studio.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the studio left each factory: its open tabs (the active one) and the window's place and size. */
public interface Sessions {
    /**
     * @param tabs   the open editors' resources as {@code <folder>/<name>} ({@code pipeline/PL_Load}), in tab order
     * @param active the active tab's, null when none
     * @param window the window's bounds, null when not known
     */
    record Session(List<String> tabs, String active, Bounds window) {
        public Session {
            tabs = List.copyOf(tabs);
        }
    }

    /** A window's place and size on screen; {@code maximized} wins over the size. */
    record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    void remember(Path factoryRoot, Session session);

    Optional<Session> sessionOf(Path factoryRoot);

    /** Remembers nothing (tests, or when the workspace store cannot be opened). */
    static Sessions none() {
        return new Sessions() {
            @Override
            public void remember(Path factoryRoot, Session session) {
            }

            @Override
            public Optional<Session> sessionOf(Path factoryRoot) {
                return Optional.empty();
            }
        };
    }
}
