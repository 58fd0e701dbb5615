package dev.pipewright.runtime.connect;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A factory root written to a temporary folder, file by file, with a profile beside it. */
final class TempFactory {
    final Path dir;

    TempFactory(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code <folder>/<name>.json} with {@code {"name": name, "properties": properties}}. */
    TempFactory resource(String folder, String name, String properties) throws IOException {
        Path f = dir.resolve("factory-root").resolve(folder).resolve(name + ".json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{\"name\": \"" + name + "\", \"properties\": " + properties + "}", StandardCharsets.UTF_8);
        return this;
    }

    /** Writes any file of the root, e.g. {@code factory/f.json}. */
    TempFactory file(String path, String text) throws IOException {
        Path f = dir.resolve("factory-root").resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return this;
    }

    Connections connections(String profileJson, Map<String, String> environment) throws IOException {
        Files.createDirectories(dir.resolve("factory-root"));
        EnvironmentProfile profile = EnvironmentProfile.defaults();
        if (profileJson != null) {
            ProfileReader.Result read = ProfileReader.parse(profileJson, "profile.json", RegionCatalog.standard());
            assertTrue(read.ok(), () -> "profile: " + read.problems());
            profile = read.profile();
        }
        return new Connections(Factory.load(dir.resolve("factory-root")), profile, dir, ConnectorHost.discover(), environment::get);
    }
}
