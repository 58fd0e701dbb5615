package dev.pipewright.plugins.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A linked service as a connector sees it, every expression resolved.
 *
 * @param name           the linked service's name
 * @param type           its {@code properties.type}, e.g. {@code PostgreSql}
 * @param properties     its resolved {@code typeProperties}
 * @param localEndpoint  the environment profile's local stand-in binding for it ({@link Props#EMPTY} when none):
 *                       when present the connector talks to it instead of the address in {@code properties}
 * @param baseDir        the folder relative paths in {@code localEndpoint} are resolved against (the profile's folder)
 */
public record LinkedServiceSpec(String name, String type, Props properties, Props localEndpoint, Path baseDir) {
    public boolean standIn() {
        return !localEndpoint.isEmpty();
    }

    /** A setting from the stand-in binding when it has it, else from the linked service. */
    public Optional<String> setting(String key) {
        return localEndpoint.string(key).or(() -> properties.string(key));
    }

    /** A secret from the stand-in binding when it has it, else from the linked service (see {@link Props#secret}). */
    public Optional<String> secret(String key) throws ConnectorException {
        Optional<String> bound = localEndpoint.secret(key);
        return bound.isPresent() ? bound : properties.secret(key);
    }

    /** A path from the stand-in binding, relative to {@link #baseDir()}. */
    public Optional<Path> localPath(String key) {
        return localEndpoint.string(key).map(p -> baseDir.resolve(p).normalize());
    }
}
