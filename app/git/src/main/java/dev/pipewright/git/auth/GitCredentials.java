package dev.pipewright.git.auth;

/** What a remote asks for: a user name and a password or token over HTTPS, or a private key over SSH. */
public sealed interface GitCredentials {
    /**
     * @param user   the user name (Azure DevOps and GitHub accept any non-empty name with a personal access token)
     * @param secret the password or personal access token
     */
    record Https(String user, String secret) implements GitCredentials {
        @Override
        public String toString() {
            return "Https[user=" + user + "]"; // never the secret
        }
    }

    /**
     * @param privateKey the private key file's text (OpenSSH {@code -----BEGIN OPENSSH PRIVATE KEY-----} or PEM)
     * @param passphrase the key's passphrase, or null when it has none
     */
    record Ssh(String privateKey, String passphrase) implements GitCredentials {
        @Override
        public String toString() {
            return "Ssh[key]";
        }
    }
}
