package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.GitCredentials;
import dev.pipewright.git.auth.KnownHosts;
import dev.pipewright.git.auth.SshSessions;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * The transport set-up of one network operation (clone, fetch, push) to one remote URL: HTTPS credentials as a
 * credentials provider, SSH through a session factory of its own with the key and Pipewright's known_hosts, the
 * timeout. Closing it closes the SSH client. Failures are read back through {@link #knownHosts()}.
 */
final class Connection implements AutoCloseable {
    private final String url;
    private final RemoteAccess access;
    private final KnownHosts knownHosts;
    private final GitCredentials credentials;
    private SshdSessionFactory ssh;

    Connection(String url, RemoteAccess access) {
        this.url = url;
        this.access = access;
        this.knownHosts = new KnownHosts(access.knownHosts());
        this.credentials = access.credentials().forUrl(url).orElse(null);
    }

    String url() {
        return url;
    }

    KnownHosts knownHosts() {
        return knownHosts;
    }

    /** True when credentials were offered (a refusal then means they are wrong, not missing). */
    boolean hasCredentials() {
        return credentials != null;
    }

    /** Configures a JGit command to go through this connection. */
    <C extends TransportCommand<C, ?>> C apply(C command) {
        command.setTimeout(access.timeoutSeconds());
        command.setTransportConfigCallback(this::configure);
        if (credentials instanceof GitCredentials.Https https) {
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(https.user(), https.secret()));
        }
        return command;
    }

    private void configure(Transport transport) {
        if (transport instanceof SshTransport sshTransport) sshTransport.setSshSessionFactory(ssh());
    }

    private synchronized SshdSessionFactory ssh() {
        if (ssh == null) {
            GitCredentials.Ssh key = credentials instanceof GitCredentials.Ssh s ? s : null;
            try {
                ssh = SshSessions.factory(access.sshDirectory(), knownHosts, key);
            } catch (IllegalArgumentException e) {
                throw GitProblemException.of(ProblemCode.GIT_AUTH_FAILED, e.getMessage(),
                        "Enter the private key again, with its passphrase if it has one", e);
            }
        }
        return ssh;
    }

    @Override
    public synchronized void close() {
        if (ssh != null) ssh.close();
    }
}
