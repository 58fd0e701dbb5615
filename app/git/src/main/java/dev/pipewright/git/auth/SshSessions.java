package dev.pipewright.git.auth;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * JGit's SSH transport (Apache MINA SSHD) set up for one operation: the private key from the credentials (not
 * {@code ~/.ssh}), host keys checked against Pipewright's own known_hosts ({@link KnownHosts}), no
 * {@code ~/.ssh/config} read, so what the studio does does not depend on the user's shell set-up.
 */
public final class SshSessions {
    private SshSessions() {
    }

    /**
     * @param sshDirectory a folder of Pipewright's own (in the workspace) JGit may use as its ssh directory
     * @param key          the private key, or null to offer none (the server then refuses: PW924)
     */
    public static SshdSessionFactory factory(Path sshDirectory, KnownHosts knownHosts, GitCredentials.Ssh key) {
        List<KeyPair> keys = key == null ? List.of() : keyPairs(key);
        File dir = sshDirectory.toFile();
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(dir)
                .setSshDirectory(dir)
                .setConfigStoreFactory((home, configFile, localUser) -> null)
                .setDefaultKnownHostsFiles(d -> List.of())
                .setDefaultIdentities(d -> List.of())
                .setDefaultKeysProvider(d -> keys)
                .setServerKeyDatabase((home, ssh) -> knownHosts)
                .setPreferredAuthentications("publickey")
                .build(null);
    }

    /** The key pairs in a private key's text; a wrong or missing passphrase is an {@link IllegalArgumentException}. */
    public static List<KeyPair> keyPairs(GitCredentials.Ssh key) {
        FilePasswordProvider passphrase = key.passphrase() == null ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(key.passphrase());
        try {
            List<KeyPair> pairs = new ArrayList<>();
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("private key"),
                    new ByteArrayInputStream(key.privateKey().getBytes(StandardCharsets.UTF_8)), passphrase);
            if (loaded != null) loaded.forEach(pairs::add);
            if (pairs.isEmpty()) throw new IllegalArgumentException("The text is not an SSH private key");
            return pairs;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("The text")) throw iae;
            throw new IllegalArgumentException("The SSH private key cannot be read"
                    + (key.passphrase() == null ? " (it may need a passphrase)" : " with this passphrase") + ": " + e.getMessage(), e);
        }
    }
}
