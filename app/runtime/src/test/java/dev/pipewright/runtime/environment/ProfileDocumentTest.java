package dev.pipewright.runtime.environment;

import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles edited as the Manage hub edits them, checked by the same reader as resolve --env. */
class ProfileDocumentTest {
    @TempDir
    Path dir;

    private static Path repo() {
        return Path.of(System.getProperty("pipewright.repo", "../.."));
    }

    @Test
    void theDemoProfileFolderIsFoundAndItsProfileEditedKeepingWhatTheEditorDoesNotShow() throws Exception {
        assertEquals(repo().resolve("demo-env").toAbsolutePath().normalize(), ProfileFolder.of(repo().resolve("demo-factory")));
        assertEquals(dir.resolve("sales-env"), ProfileFolder.of(dir.resolve("sales")));
        List<Path> profiles = ProfileFolder.profiles(ProfileFolder.of(repo().resolve("demo-factory")));
        List<String> names = profiles.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.contains("local.json") && names.stream().allMatch(n -> n.endsWith(".json")), names.toString());
        assertEquals(names.stream().sorted().toList(), names);

        Path copy = dir.resolve("local.json");
        Files.copy(repo().resolve("demo-env/local.json"), copy);
        ProfileDocument doc = ProfileDocument.read(copy);
        assertEquals("East US", doc.factoryRegion());
        ProfileDocument.LinkedServiceEntry blob = doc.linkedServiceEntries().get(0);
        assertEquals(new ProfileDocument.LinkedServiceEntry("LS_Blob_Landing", "West US", "public", "{\"folder\":\"../demo-data/blob-landing\"}"), blob);
        doc.setLinkedService(new ProfileDocument.LinkedServiceEntry("LS_Blob_Landing", "North Europe", "public", blob.localEndpoint()));
        doc.setFactory("contoso-retail-df", "West Europe", "Synapse");
        ProfileReader.Result checked = doc.check();
        assertTrue(checked.ok(), checked.problems().toString());
        assertEquals(EnvironmentProfile.Mode.SYNAPSE, checked.profile().mode());
        assertEquals("North Europe", checked.profile().linkedService("LS_Blob_Landing").region().orElseThrow());
        assertTrue(doc.save());
        String text = Files.readString(copy);
        assertTrue(text.contains("\"selfHostedNetworks\"") && text.contains("\"privateEndpoint\" : \"MPE_ContosoCuratedLake\""), text);
        assertFalse(ProfileDocument.read(copy).save(), "an unchanged profile is not rewritten");
    }

    @Test
    void aNewProfileIsCheckedBeforeUse() {
        ProfileDocument doc = ProfileDocument.create(dir.resolve("test.json"), "contoso-retail-df-test", "Atlantis");
        ProfileReader.Result checked = doc.check();
        assertFalse(checked.ok());
        assertEquals("PW620", checked.problems().get(0).code());
        doc.setFactory("contoso-retail-df-test", "West Europe", "DataFactory");
        doc.setLinkedService(new ProfileDocument.LinkedServiceEntry("LS_Blob_Landing", "", "private:corp", ""));
        assertTrue(doc.check().ok(), doc.check().problems().toString());
        assertThrows(IllegalArgumentException.class,
                () -> doc.setLinkedService(new ProfileDocument.LinkedServiceEntry("LS_X", "", "public", "[1]")));
    }
}
