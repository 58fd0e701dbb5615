package dev.pipewright.git;

import dev.pipewright.git.auth.Credentials;
import dev.pipewright.runtime.secrets.SqliteFile;

import java.nio.file.Path;

/**
 * How operations reach remotes: the credentials (the secret store, or given), the folder JGit's SSH transport may use
 * and Pipewright's own known_hosts file (both in the workspace, never {@code ~/.ssh}), and the network timeout.
 *
 * @param credentials    where credentials for a remote URL come from
 * @param sshDirectory   a folder of Pipewright's own for the SSH transport
 * @param knownHosts     Pipewright's known_hosts file
 * @param timeoutSeconds how long a connection may stay silent
 */
public record RemoteAccess(Credentials credentials, Path sshDirectory, Path knownHosts, int timeoutSeconds) {
    public static final String KNOWN_HOSTS_PROPERTY = "pipewright.knownHosts";
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** {@code ~/.pipewright/ssh/} and {@code ~/.pipewright/known_hosts} (or {@code -Dpipewright.knownHosts}). */
    public static RemoteAccess standard(Credentials credentials) {
        Path knownHosts = SqliteFile.location(KNOWN_HOSTS_PROPERTY, "known_hosts");
        return new RemoteAccess(credentials, knownHosts.resolveSibling("ssh"), knownHosts, DEFAULT_TIMEOUT_SECONDS);
    }

    /** Everything in {@code folder} (tests, a portable workspace). */
    public static RemoteAccess in(Path folder, Credentials credentials) {
        return new RemoteAccess(credentials, folder.resolve("ssh"), folder.resolve("known_hosts"), DEFAULT_TIMEOUT_SECONDS);
    }

    public RemoteAccess withCredentials(Credentials other) {
        return new RemoteAccess(other, sshDirectory, knownHosts, timeoutSeconds);
    }
}
