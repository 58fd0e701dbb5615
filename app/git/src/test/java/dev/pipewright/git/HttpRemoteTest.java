package dev.pipewright.git;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.auth.GitCredentials;
import dev.pipewright.git.testing.GitHttpServer;
import dev.pipewright.git.testing.SampleFactory;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.pipewright.git.GitFixture.assertGitAgrees;
import static dev.pipewright.git.GitFixture.problem;
import static dev.pipewright.git.GitFixture.write;
import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clone, commit, push and pull through git's smart-HTTP server with basic authentication; what goes wrong over HTTP(S). */
class HttpRemoteTest {
    private static final String PIPELINE = "adf/" + SampleFactory.PIPELINE;
    private static final GitCredentials.Https GOOD = new GitCredentials.Https("etl", "token-Good-1");
    @TempDir
    Path temp;
    private GitFixture fx;
    private Path bare;
    private GitHttpServer server;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GitFixture(temp);
        bare = fx.seededBare("factory.git");
        server = GitHttpServer.start(temp, GOOD.user(), GOOD.secret());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void cloneCommitPushPullThroughSmartHttp() throws Exception {
        String url = server.url("factory.git");
        try (WorkingCopy alice = fx.cloneAs("alice", url, Credentials.of(GOOD)); WorkingCopy bob = fx.cloneAs("bob", url, Credentials.of(GOOD))) {
            String config = Files.readString(alice.workTree().resolve(".git/config"));
            assertFalse(config.contains(GOOD.secret()), "no secret in .git/config");
            fx.assertTwoPeopleCycle(bare, alice, bob);
        }
    }

    @Test
    void aPasswordInTheUrlIsUsedButNeverWrittenToTheConfig() throws Exception {
        String url = "http://etl:token-Good-1@127.0.0.1:" + server.port() + "/factory.git";
        try (WorkingCopy wc = WorkingCopy.clone(url, null, temp.resolve("c"), fx.store, fx.access(Credentials.NONE), TaskMonitor.NONE)) {
            String config = Files.readString(wc.workTree().resolve(".git/config"));
            assertFalse(config.contains("token-Good-1"), config);
            assertTrue(config.contains("url = http://127.0.0.1:" + server.port() + "/factory.git"), config);
        }
    }

    @Test
    void wrongOrMissingCredentialsAreRefusedAndLeaveNoFolder() {
        String url = server.url("factory.git");
        GitProblemException wrong = problem(ProblemCode.GIT_AUTH_FAILED, () -> WorkingCopy.clone(url, null, temp.resolve("w"), fx.store,
                fx.access(Credentials.of(new GitCredentials.Https("etl", "wrong-Pass-1"))), TaskMonitor.NONE));
        assertTrue(wrong.getMessage().contains("refused the credentials"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("wrong-Pass-1"));
        assertFalse(Files.exists(temp.resolve("w")), "a failed clone leaves no folder");
        GitProblemException missing = problem(ProblemCode.GIT_AUTH_FAILED,
                () -> WorkingCopy.clone(url, null, temp.resolve("m"), fx.store, fx.access(Credentials.NONE), TaskMonitor.NONE));
        assertTrue(missing.getMessage().contains("asks for credentials"), missing.getMessage());
        assertTrue(server.refusedRequests() > 0);
    }

    @Test
    void wrongTokenOnPushChangesNothing() {
        try (WorkingCopy wc = fx.cloneAs("alice", server.url("factory.git"), Credentials.of(GOOD))) {
            write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
            wc.commit("Change", null, null);
            String remote = git(bare, "rev-parse", "main").trim();
            try (WorkingCopy again = WorkingCopy.open(wc.workTree(), fx.store, fx.access(Credentials.of(new GitCredentials.Https("etl", "expired"))))) {
                problem(ProblemCode.GIT_AUTH_FAILED, () -> again.push(TaskMonitor.NONE));
            }
            assertEquals(remote, git(bare, "rev-parse", "main").trim());
        }
    }

    @Test
    void refusedConnectionAndUnknownHost() throws Exception {
        String refused = "http://127.0.0.1:" + SilentServer.closedPort() + "/factory.git";
        problem(ProblemCode.GIT_CONNECTION_FAILED, () -> WorkingCopy.clone(refused, null, temp.resolve("r"), fx.store, fx.access(Credentials.NONE), TaskMonitor.NONE));
        problem(ProblemCode.GIT_UNKNOWN_HOST, () -> WorkingCopy.clone("https://no-such-host.invalid/factory.git", null, temp.resolve("u"), fx.store,
                fx.access(Credentials.NONE), TaskMonitor.NONE));
        assertFalse(Files.exists(temp.resolve("r")));
        assertFalse(Files.exists(temp.resolve("u")));
    }

    @Test
    void untrustedCertificateIsATlsFailure() throws Exception {
        SSLContext ssl = dev.pipewright.plugins.testkit.SelfSignedTls.serverContext(temp);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(ssl));
        https.createContext("/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        https.start();
        try {
            String url = "https://localhost:" + https.getAddress().getPort() + "/factory.git";
            problem(ProblemCode.GIT_TLS_FAILED, () -> WorkingCopy.clone(url, null, temp.resolve("t"), fx.store, fx.access(Credentials.of(GOOD)), TaskMonitor.NONE));
        } finally {
            https.stop(0);
        }
    }

    @Test
    void noRepositoryAtTheUrl() {
        problem(ProblemCode.GIT_FAILED, () -> WorkingCopy.clone(server.url("missing.git"), null, temp.resolve("n"), fx.store,
                fx.access(Credentials.of(GOOD)), TaskMonitor.NONE));
    }

    @Test
    void cancelledCloneLeavesNothing() {
        TaskMonitor cancelled = new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        problem(ProblemCode.GIT_CANCELLED, () -> WorkingCopy.clone(server.url("factory.git"), null, temp.resolve("x"), fx.store,
                fx.access(Credentials.of(GOOD)), cancelled));
        assertFalse(Files.exists(temp.resolve("x")));
    }
}
