package dev.pipewright.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.testing.SampleFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static dev.pipewright.git.GitFixture.read;
import static dev.pipewright.git.GitFixture.write;
import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast status agrees with git's: stat-only changes, ignored files, staged work, line-ending filters. */
class WorkingTreeScanTest {
    private static final String PIPELINE = "adf/" + SampleFactory.PIPELINE;
    @TempDir
    Path temp;
    private WorkingCopy wc;

    @BeforeEach
    void setUp() {
        GitFixture fx = new GitFixture(temp);
        wc = fx.cloneAs("alice", fx.seededBare("factory.git").toUri().toString(), Credentials.NONE);
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        wc.close();
    }

    private List<String> changed() {
        return wc.status(TaskMonitor.NONE).resources().stream().map(r -> r.change().change() + " " + r.path()).toList();
    }

    @Test
    void touchedButSameContentIsNoChange() throws Exception {
        Path file = wc.workTree().resolve(PIPELINE);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(List.of(), changed());
        write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
        assertEquals(List.of("MODIFIED " + PIPELINE), changed());
        write(wc, PIPELINE, SampleFactory.pipeline("7.00:00:00", ""));
        assertEquals(List.of(), changed(), "back to HEAD's content");
    }

    @Test
    void aCleanCheckoutIsCheckedByStatDataAloneAndATouchedFileIsRead() throws Exception {
        WorkingTreeScan scan = new WorkingTreeScan(wc.repository());
        assertEquals(List.of(), scan.scan("adf/", TaskMonitor.NONE)); // may read files checked out in the index's clock tick
        assertEquals(List.of(), scan.scan("adf/", TaskMonitor.NONE));
        assertEquals(0, scan.hashedLastScan(), "no file read once size and time match the index");
        Files.setLastModifiedTime(wc.workTree().resolve(PIPELINE), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertEquals(List.of(), scan.scan("adf/", TaskMonitor.NONE));
        assertEquals(1, scan.hashedLastScan(), "the touched file is read and found unchanged");
        assertEquals(List.of(), scan.scan("adf/", TaskMonitor.NONE));
        assertEquals(0, scan.hashedLastScan(), "its new time is in the index now, as git status does");
        assertEquals("", git(wc.workTree(), "status", "--porcelain"));
    }

    @Test
    void ignoredFilesAreLeftOut() {
        write(wc, ".gitignore", "adf/dataset/scratch*\n");
        write(wc, "adf/dataset/scratch1.json", SampleFactory.dataset("scratch1"));
        write(wc, "adf/dataset/DS_Kept.json", SampleFactory.dataset("DS_Kept"));
        assertEquals(List.of("ADDED adf/dataset/DS_Kept.json"), changed());
        assertEquals("?? .gitignore\n?? adf/dataset/DS_Kept.json\n", git(wc.workTree(), "status", "--porcelain"));
    }

    @Test
    void stagedInATerminalCountsAndStaysOutOfASelectiveCommit() {
        write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
        write(wc, "adf/dataset/DS_Staged.json", SampleFactory.dataset("DS_Staged"));
        git(wc.workTree(), "add", "adf/dataset/DS_Staged.json");
        assertEquals(List.of("MODIFIED " + PIPELINE, "ADDED adf/dataset/DS_Staged.json"), changed(), "by kind, then name");
        wc.commit("Only the pipeline", List.of(PIPELINE), null).orElseThrow();
        assertEquals("M\t" + PIPELINE + "\n", git(wc.workTree(), "show", "--name-status", "--format=", "HEAD"));
        assertEquals("A  adf/dataset/DS_Staged.json\n", git(wc.workTree(), "status", "--porcelain"), "still staged");
    }

    @Test
    void lineEndingFilterIsApplied() {
        git(wc.workTree(), "config", "core.autocrlf", "true");
        write(wc, PIPELINE, read(wc, PIPELINE).replace("\n", "\r\n"));
        assertEquals(List.of(), changed(), "CRLF in the working tree is LF in git: no change");
        write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", "").replace("\n", "\r\n"));
        List<String> now = changed();
        assertEquals(List.of("MODIFIED " + PIPELINE), now);
        assertTrue(wc.status(TaskMonitor.NONE).of(ChangeKind.MODIFIED).get(0).change().details().toString().contains("0.02:00:00"));
    }
}
