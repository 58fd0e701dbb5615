package dev.pipewright.studio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactoryLocationTest {
    @TempDir
    Path temp;

    @Test
    void firstArgumentWinsOverTheDemoProperty() {
        assertEquals(Optional.of(Path.of("/data/adf")), FactoryLocation.resolve(List.of("/data/adf", "x"), temp.toString()));
    }

    @Test
    void namedJavaFxParametersAreNotPaths() {
        assertEquals(Optional.of(Path.of("adf")), FactoryLocation.resolve(List.of("--verbose=true", "adf"), null));
    }

    @Test
    void aMissingArgumentPathIsStillReturnedSoTheUserSeesWhyItFailed() {
        assertEquals(Optional.of(temp.resolve("nope")), FactoryLocation.resolve(List.of(temp.resolve("nope").toString()), null));
    }

    @Test
    void demoFactoryIsUsedOnlyWhenItExists() {
        assertEquals(Optional.of(temp), FactoryLocation.resolve(List.of(), temp.toString()));
        assertEquals(Optional.empty(), FactoryLocation.resolve(List.of(), temp.resolve("missing").toString()));
        assertEquals(Optional.empty(), FactoryLocation.resolve(List.of(), null));
        assertEquals(Optional.empty(), FactoryLocation.resolve(List.of(), " "));
    }
}
