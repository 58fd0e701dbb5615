package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.auth.GitCredentials;
import dev.pipewright.git.auth.HostKey;
import dev.pipewright.git.auth.KnownHosts;
import dev.pipewright.git.testing.GitSshServer;
import dev.pipewright.git.testing.SampleFactory;
import dev.pipewright.git.testing.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import static dev.pipewright.git.GitFixture.assertGitAgrees;
import static dev.pipewright.git.GitFixture.problem;
import static dev.pipewright.git.GitFixture.write;
import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clone, commit, push and pull over SSH (Apache MINA SSHD) with a key made by the test; host keys: unknown, trusted, changed. */
class SshRemoteTest {
    private static final String PIPELINE = "adf/" + SampleFactory.PIPELINE;
    @TempDir
    Path temp;
    private GitFixture fx;
    private Path bare;
    private KeyPair userKey;
    private GitSshServer server;
    private Credentials key;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GitFixture(temp);
        bare = fx.seededBare("factory.git");
        userKey = TestKeys.newKeyPair();
        key = Credentials.of(new GitCredentials.Ssh(TestKeys.privateKeyText(userKey, "key-Pass-1"), "key-Pass-1"));
        server = GitSshServer.start(temp, userKey.getPublic());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    /** Asks, as the studio does on PW928, and trusts the key shown. */
    private void trustHostKey(String url) {
        GitProblemException unknown = problem(ProblemCode.GIT_HOST_KEY_UNKNOWN,
                () -> WorkingCopy.clone(url, null, temp.resolve("probe"), fx.store, fx.access(key), TaskMonitor.NONE));
        HostKey shown = unknown.hostKey().orElseThrow();
        assertEquals(server.hostKeyFingerprint(), shown.fingerprint());
        assertTrue(unknown.getMessage().contains(server.hostKeyFingerprint()), unknown.getMessage());
        assertFalse(Files.exists(temp.resolve("probe")));
        new KnownHosts(fx.access(key).knownHosts()).trust(shown);
    }

    @Test
    void unknownHostKeyIsAskedThenRememberedAndTheCycleWorks() {
        String url = server.url("factory.git");
        trustHostKey(url);
        assertEquals(java.util.List.of(server.hostKeyLine()), new KnownHosts(fx.access(key).knownHosts()).keysOf("127.0.0.1", server.port()));
        try (WorkingCopy alice = fx.cloneAs("alice", url, key); WorkingCopy bob = fx.cloneAs("bob", url, key)) {
            fx.assertTwoPeopleCycle(bare, alice, bob);
        }
    }

    @Test
    void changedHostKeyIsRefused() throws Exception {
        String url = server.url("factory.git");
        trustHostKey(url);
        int port = server.port();
        server.close();
        try (GitSshServer impostor = GitSshServer.startOnPort(temp, userKey.getPublic(), TestKeys.newKeyPair(), port)) {
            GitProblemException changed = problem(ProblemCode.GIT_HOST_KEY_CHANGED,
                    () -> WorkingCopy.clone(url, null, temp.resolve("c"), fx.store, fx.access(key), TaskMonitor.NONE));
            assertTrue(changed.getMessage().contains(impostor.hostKeyFingerprint()), changed.getMessage());
            assertTrue(changed.hostKey().isEmpty(), "a changed key is not offered for trust");
            assertFalse(Files.exists(temp.resolve("c")));
        }
        server = GitSshServer.start(temp, userKey.getPublic());
    }

    @Test
    void keyTheServerDoesNotKnowAndWrongPassphraseAreAuthenticationFailures() {
        String url = server.url("factory.git");
        trustHostKey(url);
        KeyPair stranger = TestKeys.newKeyPair();
        problem(ProblemCode.GIT_AUTH_FAILED, () -> WorkingCopy.clone(url, null, temp.resolve("s"), fx.store,
                fx.access(Credentials.of(new GitCredentials.Ssh(TestKeys.privateKeyText(stranger, null), null))), TaskMonitor.NONE));
        GitProblemException passphrase = problem(ProblemCode.GIT_AUTH_FAILED, () -> WorkingCopy.clone(url, null, temp.resolve("p"), fx.store,
                fx.access(Credentials.of(new GitCredentials.Ssh(TestKeys.privateKeyText(userKey, "key-Pass-1"), "wrong"))), TaskMonitor.NONE));
        assertTrue(passphrase.getMessage().contains("passphrase"), passphrase.getMessage());
        problem(ProblemCode.GIT_AUTH_FAILED, () -> WorkingCopy.clone(url, null, temp.resolve("n"), fx.store, fx.access(Credentials.NONE), TaskMonitor.NONE));
        assertFalse(Files.exists(temp.resolve("s")) || Files.exists(temp.resolve("p")) || Files.exists(temp.resolve("n")));
    }

    @Test
    void unencryptedKeyWorksToo() {
        String url = server.url("factory.git");
        trustHostKey(url);
        Credentials plain = Credentials.of(new GitCredentials.Ssh(TestKeys.privateKeyText(userKey, null), null));
        try (WorkingCopy wc = fx.cloneAs("carol", url, plain)) {
            assertEquals("main", wc.head().branch());
            assertEquals(0, wc.fetch(TaskMonitor.NONE), "nothing new right after the clone");
            dev.pipewright.git.testing.TestRepositories.commit(bare, "main", "Someone else", java.util.Map.of("adf/dataset/DS_X.json", SampleFactory.dataset("DS_X")));
            assertEquals(1, wc.fetch(TaskMonitor.NONE), "origin/main moved");
        }
    }
}
