package dev.pipewright.git.auth;

import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;
import org.eclipse.jgit.transport.URIish;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Git credentials in the local encrypted secret store (the one the Manage hub uses, whose passphrase the OS keyring
 * can keep), never in {@code .git/config}: scope {@value #SCOPE}, the resource is the remote's site
 * ({@code https://dev.azure.com}, {@code ssh://git@github.com:22}), so every repository of a server shares them as
 * with git's credential helpers.
 */
public final class CredentialStore implements Credentials {
    public static final String SCOPE = "git";
    private static final String USER = "user";
    private static final String SECRET = "secret";
    private static final String PRIVATE_KEY = "privateKey";
    private static final String PASSPHRASE = "passphrase";

    private final SecretStore store;

    public CredentialStore(SecretStore store) {
        this.store = store;
    }

    /** The site a remote URL's credentials are kept under: scheme, user for SSH, host and port. */
    public static String site(String url) {
        URIish uri = parse(url);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (isSsh(uri)) {
            String user = uri.getUser() == null ? "" : uri.getUser() + "@";
            return "ssh://" + user + host + ":" + (uri.getPort() > 0 ? uri.getPort() : 22);
        }
        String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    /** True for {@code ssh://…} and scp-like {@code git@host:path} URLs. */
    public static boolean isSsh(String url) {
        return isSsh(parse(url));
    }

    private static boolean isSsh(URIish uri) {
        String scheme = uri.getScheme();
        return scheme == null ? uri.getHost() != null : scheme.equalsIgnoreCase("ssh") || scheme.equalsIgnoreCase("git+ssh");
    }

    static URIish parse(String url) {
        try {
            return new URIish(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a git remote URL: " + url, e);
        }
    }

    @Override
    public Optional<GitCredentials> forUrl(String url) {
        String site = site(url);
        if (isSsh(url)) {
            return store.get(key(site, PRIVATE_KEY)).map(k -> new GitCredentials.Ssh(k, store.get(key(site, PASSPHRASE)).orElse(null)));
        }
        Optional<String> secret = store.get(key(site, SECRET));
        return secret.map(s -> new GitCredentials.Https(store.get(key(site, USER)).orElse(""), s));
    }

    /** Keeps (replacing) the credentials for the remote at {@code url}. */
    public void save(String url, GitCredentials credentials) {
        String site = site(url);
        forget(url);
        if (credentials instanceof GitCredentials.Https h) {
            store.put(key(site, USER), h.user());
            store.put(key(site, SECRET), h.secret());
        } else if (credentials instanceof GitCredentials.Ssh s) {
            store.put(key(site, PRIVATE_KEY), s.privateKey());
            if (s.passphrase() != null && !s.passphrase().isEmpty()) store.put(key(site, PASSPHRASE), s.passphrase());
        }
    }

    /** Removes what is kept for the remote's site (wrong credentials). */
    public void forget(String url) {
        store.removeResource(SCOPE, site(url));
    }

    private static SecretKey key(String site, String property) {
        return new SecretKey(SCOPE, site, property);
    }
}
