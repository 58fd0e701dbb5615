package dev.pipewright.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which factory the studio opens at start-up. */
final class FactoryLocation {
    /** System property naming a demo factory to open when no path is given (set by the build and tests). */
    static final String DEMO_PROPERTY = "pipewright.demo";

    private FactoryLocation() {
    }

    /**
     * The first command-line argument that is not a {@code --name=value} option, as given (even when it
     * does not exist, so the user sees why it did not open); otherwise the demo factory if that folder
     * exists; otherwise none.
     */
    static Optional<Path> resolve(List<String> args, String demoProperty) {
        for (String arg : args) {
            if (!arg.startsWith("--") && !arg.isBlank()) return Optional.of(Path.of(arg));
        }
        if (demoProperty != null && !demoProperty.isBlank()) {
            Path demo = Path.of(demoProperty);
            // Runs on the JavaFX thread at start-up: a single stat call, not a read of the factory.
            if (Files.isDirectory(demo)) return Optional.of(demo);
        }
        return Optional.empty();
    }

    /** The value of {@code --name=value} among the arguments, as a path. */
    static Optional<Path> option(List<String> args, String name) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix) && arg.length() > prefix.length()) return Optional.of(Path.of(arg.substring(prefix.length())));
        }
        return Optional.empty();
    }
}
