package dev.pipewright.git.auth;

/**
 * An SSH server's host key as the server presented it, to show the user ("ED25519 key SHA256:… for
 * git.example.com") and to remember once trusted ({@link KnownHosts#trust}).
 *
 * @param host        the host name as the remote URL gives it
 * @param port        the SSH port (22 unless the URL says otherwise)
 * @param keyType     e.g. {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}
 * @param fingerprint {@code SHA256:…}, as {@code ssh-keygen -l} prints it
 * @param publicKey   the key in OpenSSH's one-line form ({@code <type> <base64>})
 */
public record HostKey(String host, int port, String keyType, String fingerprint, String publicKey) {
    /** The host as a known_hosts line names it: {@code host} on port 22, else {@code [host]:port}. */
    public String pattern() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
