package dev.pipewright.plugin.files;

import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FileServer linked services on local folders: the folder itself or the profile's stand-in folder. */
class FilesConnectorTest {
    @TempDir
    Path dir;
    private final FilesConnector connector = new FilesConnector();

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("share/in/2026"));
        Files.writeString(dir.resolve("share/in/2026/a.csv"), "id\n1\n2\n");
        Files.writeString(dir.resolve("share/in/2026/b.csv"), "id\n3\n");
        Files.writeString(dir.resolve("share/in/readme.txt"), "x");
    }

    private LinkedServiceSpec share(Props binding) {
        return new LinkedServiceSpec("LS_Files", "FileServer", Props.of("host", "\\\\fs01\\share", "userId", "corp\\etl"), binding, dir);
    }

    private DatasetSpec csv(LinkedServiceSpec ls, String folder, String file) {
        Props location = file == null ? Props.of("type", "FileServerLocation", "folderPath", folder)
                : Props.of("type", "FileServerLocation", "folderPath", folder, "fileName", file);
        return new DatasetSpec("DS", "DelimitedText", Props.of("location", location.asMap(), "firstRowAsHeader", true), ls, null);
    }

    @Test
    void standInFolderServesTestBrowseAndPreview() throws Exception {
        LinkedServiceSpec ls = share(Props.of("folder", "share"));
        assertEquals("folder share: 1 entry at the top", connector.testConnection(ls, CTX));
        assertEquals(List.of(new Entry("2026", "folder", "in/2026", -1), new Entry("readme.txt", "file", "in/readme.txt", 1)), connector.browse(ls, "in", CTX));
        assertEquals(2, drain(connector.read(csv(ls, "in/2026", "a.csv"), 100, CTX)).size());
    }

    @Test
    void wildcardOrNoFileNameTakesTheFirstMatch() throws Exception {
        LinkedServiceSpec ls = share(Props.of("folder", "share"));
        assertEquals("3", drain(connector.read(csv(ls, "in/2026", "b*.csv"), 100, CTX)).get(0)[0]);
        assertEquals("1", drain(connector.read(csv(ls, "in/2026", null), 100, CTX)).get(0)[0]);
        failure(Failure.NOT_FOUND, () -> connector.read(csv(ls, "in/2026", "*.parquet"), 100, CTX));
    }

    @Test
    void binaryDatasetListsTheFiles() throws Exception {
        LinkedServiceSpec ls = share(Props.of("folder", "share"));
        DatasetSpec bin = new DatasetSpec("DS", "Binary", Props.of("location", Props.of("folderPath", "in/2026").asMap()), ls, null);
        List<Object[]> rows = drain(connector.read(bin, 100, CTX));
        assertEquals(2, rows.size());
        assertEquals(7L, rows.get(0)[2], "a.csv is 7 bytes");
    }

    @Test
    void missingFolderFileAndStandInAreNotFound() {
        LinkedServiceSpec ls = share(Props.of("folder", "share"));
        failure(Failure.NOT_FOUND, () -> connector.read(csv(ls, "in/1999", "a.csv"), 10, CTX));
        failure(Failure.NOT_FOUND, () -> connector.read(csv(ls, "in/2026", "zzz.csv"), 10, CTX));
        failure(Failure.NOT_FOUND, () -> connector.testConnection(share(Props.of("folder", "no-such-folder")), CTX));
    }

    @Test
    void pathsNeverLeaveTheFolder() {
        LinkedServiceSpec ls = share(Props.of("folder", "share/in"));
        failure(Failure.CONFIG, () -> connector.read(csv(ls, "../..", "x.csv"), 10, CTX));
    }

    @Test
    void aWindowsShareWithoutStandInSaysHowToBindOne() {
        var e = failure(Failure.CONFIG, () -> connector.testConnection(share(Props.EMPTY), CTX));
        assertTrue(e.hint().contains("localEndpoint"), e.hint());
    }

    @Test
    void aLocalPathInTheLinkedServiceIsUsedDirectly() throws Exception {
        LinkedServiceSpec ls = new LinkedServiceSpec("LS", "FileServer", Props.of("host", dir.resolve("share").toString()), Props.EMPTY, dir);
        assertTrue(connector.testConnection(ls, CTX).endsWith("1 entry at the top"));
    }
}
