package dev.pipewright.git;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.KnownHosts;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Locale;

/** JGit's exceptions as Pipewright problems that say what to do. */
final class Failures {
    private Failures() {
    }

    static GitProblemException cancelled() {
        return GitProblemException.of(ProblemCode.GIT_CANCELLED, "Cancelled", "Nothing was changed; start it again when wanted");
    }

    static GitProblemException locked(String what, Throwable cause) {
        return GitProblemException.of(ProblemCode.GIT_LOCKED, "The repository is locked: " + what + " exists",
                "Another git program is running, or one stopped and left the lock behind; if none runs, remove the lock and retry", cause);
    }

    static GitProblemException damaged(String what, Throwable cause) {
        return GitProblemException.of(ProblemCode.GIT_REPOSITORY_DAMAGED, "The git repository cannot be read: " + what + message(cause),
                "Run git fsck in a terminal; clone the repository again if it cannot be repaired", cause);
    }

    static GitProblemException other(String what, Throwable cause) {
        if (cause instanceof GitProblemException p) return p;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LockFailedException lock) return locked(".git/" + lock.getFile().getName() + ".lock", cause);
        }
        return GitProblemException.of(ProblemCode.GIT_FAILED, what + message(cause), "Read git's message; check the remote URL and your permissions", cause);
    }

    /** A failed clone, fetch or push through {@code connection}, with what the transport left to read. */
    static GitProblemException remote(Exception e, Connection connection, TaskMonitor monitor) {
        if (e instanceof GitProblemException p) return p;
        if (monitor.isCancelled() || has(e, CanceledException.class)) return cancelled();
        String url = connection.url();
        var rejected = connection.knownHosts().rejected();
        if (rejected.isPresent()) {
            KnownHosts.Rejection r = rejected.get();
            if (r.changed()) {
                return GitProblemException.of(ProblemCode.GIT_HOST_KEY_CHANGED, "The SSH host key of " + r.key().pattern() + " has changed: it now shows "
                                + r.key().keyType() + " " + r.key().fingerprint() + ", not the key remembered in " + connection.knownHosts().file(),
                        "Ask the server's owner; only if the change is expected, remove the host's line from " + connection.knownHosts().file(), e);
            }
            Problem p = Problem.of(ProblemCode.GIT_HOST_KEY_UNKNOWN, null, null, 0, 0,
                    "The SSH host key of " + r.key().pattern() + " is not known: " + r.key().keyType() + " " + r.key().fingerprint(),
                    "Compare the fingerprint with the one the server's owner publishes; trust it to remember it and retry");
            return new GitProblemException(p, List.of(), r.key(), e);
        }
        if (has(e, NoRemoteRepositoryException.class)) {
            return GitProblemException.of(ProblemCode.GIT_FAILED, "There is no git repository at " + url,
                    "Check the remote URL (and that your account may see the repository)", e);
        }
        if (has(e, UnknownHostException.class) || has(e, UnresolvedAddressException.class)) {
            return GitProblemException.of(ProblemCode.GIT_UNKNOWN_HOST, "The host of " + url + " is not known" + message(e),
                    "Check the host name in the remote URL, and the network", e);
        }
        if (has(e, SSLException.class) || has(e, CertificateException.class) || text(e).contains("ssl problems")) {
            return GitProblemException.of(ProblemCode.GIT_TLS_FAILED, "The TLS connection to " + url + " failed" + message(deepest(e)),
                    "The server's certificate is not trusted by Java (self-signed, private CA or wrong host name): add its CA to the trust store, or use the SSH URL", e);
        }
        String text = text(e);
        if (text.contains("not authorized") || text.contains("authentication") || text.contains("auth fail")
                || text.contains("no more authentication methods") || text.contains("401") || text.contains("credentialsprovider")
                || text.contains("permission denied (publickey")) {
            return GitProblemException.of(ProblemCode.GIT_AUTH_FAILED,
                    (connection.hasCredentials() ? "The server refused the credentials for " : "The server asks for credentials for ") + url,
                    credentialsHint(url), e);
        }
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class) || has(e, SocketTimeoutException.class)
                || text.contains("connection refused") || text.contains("timed out") || text.contains("timeout")) {
            return GitProblemException.of(ProblemCode.GIT_CONNECTION_FAILED, "Cannot connect to " + url + message(deepest(e)),
                    "Check the host and port in the remote URL, the VPN or proxy, and that the server runs", e);
        }
        return other("The git server at " + url + " reported an error", e);
    }

    /** What to enter, by the URL's form. */
    static String credentialsHint(String url) {
        return dev.pipewright.git.auth.CredentialStore.isSsh(url)
                ? "Enter the SSH private key the server knows for you, with its passphrase if it has one"
                : "Enter your user name and a valid personal access token or password; they are kept in the secret store";
    }

    static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String text(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) sb.append(t.getMessage()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static Throwable deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    /** ": <message>" of an exception, or "". */
    static String message(Throwable e) {
        return e == null || e.getMessage() == null ? "" : ": " + e.getMessage();
    }
}
