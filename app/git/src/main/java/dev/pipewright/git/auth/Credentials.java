package dev.pipewright.git.auth;

import java.util.Optional;

/** Where an operation finds the credentials for a remote URL: the secret store ({@link CredentialStore}), or given. */
public interface Credentials {
    Credentials NONE = url -> Optional.empty();

    /** The credentials kept for the remote at {@code url} (HTTPS or SSH, by the URL's form). */
    Optional<GitCredentials> forUrl(String url);

    /** The same credentials for every URL (a clone dialog's fields before they are saved). */
    static Credentials of(GitCredentials credentials) {
        return url -> Optional.ofNullable(credentials);
    }

    /** These credentials first, then the ones kept. */
    default Credentials or(Credentials fallback) {
        return url -> forUrl(url).or(() -> fallback.forUrl(url));
    }
}
