package dev.pipewright.plugin.sftp;

import dev.pipewright.plugin.files.FileStore;
import dev.pipewright.plugin.files.SeekableFile;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** One SFTP session: a folder tree on the server. Closing it closes the session and the client. */
final class SftpStore implements FileStore {
    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;
    private final String label;

    private SftpStore(SshClient client, ClientSession session, SftpClient sftp, String label) {
        this.client = client;
        this.session = session;
        this.sftp = sftp;
        this.label = label;
    }

    static SftpStore open(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        String host = ls.setting("host").orElseThrow(() -> new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " has no host", "Set host"));
        int port = ls.localEndpoint().has("port") ? ls.localEndpoint().integer("port", 22) : ls.properties().integer("port", 22);
        String user = ls.setting("userName").orElseThrow(() -> new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " has no userName", "Set userName"));
        String label = "SFTP " + user + "@" + host + ":" + port;
        Duration timeout = ctx.timeout();
        SshClient client = SshClient.setUpDefaultClient();
        boolean skip = ls.localEndpoint().has("skipHostKeyValidation") ? ls.localEndpoint().bool("skipHostKeyValidation", false)
                : ls.properties().bool("skipHostKeyValidation", false);
        String fingerprint = ls.setting("hostKeyFingerprint").orElse(null);
        if (skip) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        } else if (fingerprint == null) {
            throw new ConnectorException(Failure.CONFIG, label + ": no hostKeyFingerprint and skipHostKeyValidation is false",
                    "Set hostKeyFingerprint (SHA256:…) or skipHostKeyValidation in the linked service");
        } else {
            client.setServerKeyVerifier((s, addr, key) -> fingerprint.equals(KeyUtils.getFingerPrint(key)));
        }
        client.start();
        ctx.onCancel(client::stop);
        ClientSession session = null;
        try {
            session = client.connect(user, host, port).verify(timeout).getSession();
            authenticate(session, ls, label);
            session.auth().verify(timeout);
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpStore(client, session, sftp, label);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            client.stop();
            throw failure(e, label, fingerprint);
        }
    }

    private static void authenticate(ClientSession session, LinkedServiceSpec ls, String label) throws ConnectorException, IOException {
        String auth = ls.setting("authenticationType").orElse("Basic");
        if (auth.equals("Basic")) {
            session.addPasswordIdentity(ls.secret("password").orElseThrow(() -> new ConnectorException(Failure.SECRET,
                    label + ": the password is not available here", "Give it in the profile binding: \"passwordEnv\": \"VAR\"")));
            return;
        }
        if (!auth.equals("SshPublicKey")) {
            throw new ConnectorException(Failure.CONFIG, "Authentication type " + auth + " is not supported", "Use Basic or SshPublicKey");
        }
        String passphrase = ls.secret("passPhrase").orElse(null);
        byte[] key;
        if (ls.localEndpoint().has("privateKeyPath")) {
            key = Files.readAllBytes(ls.localPath("privateKeyPath").orElseThrow());
        } else {
            String content = ls.secret("privateKeyContent").orElseThrow(() -> new ConnectorException(Failure.SECRET,
                    label + ": the private key is not available here", "Give privateKeyContentEnv or privateKeyPath in the profile binding"));
            key = content.contains("-----BEGIN") ? content.getBytes(StandardCharsets.UTF_8) : Base64.getMimeDecoder().decode(content);
        }
        try {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(session, null, new ByteArrayInputStream(key),
                    passphrase == null ? null : FilePasswordProvider.of(passphrase));
            if (pairs == null) throw new ConnectorException(Failure.CONFIG, label + ": the private key cannot be read", "Give an OpenSSH or PEM private key");
            for (KeyPair kp : pairs) session.addPublicKeyIdentity(kp);
        } catch (java.security.GeneralSecurityException e) {
            throw new ConnectorException(Failure.AUTH, label + ": the private key cannot be decrypted", "Check the passphrase", e);
        }
    }

    private static ConnectorException failure(Exception e, String label, String fingerprint) {
        if (e instanceof ConnectorException c) return c;
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No more authentication methods available") || msg.contains("authentication")) {
            return new ConnectorException(Failure.AUTH, label + ": authentication failed", "Check the user name, password or private key", e);
        }
        if (msg.contains("Server key did not validate")) {
            return new ConnectorException(Failure.TLS, label + ": the server's host key does not match hostKeyFingerprint " + fingerprint,
                    "Check the fingerprint (ssh-keyscan -p PORT HOST | ssh-keygen -lf -)", e);
        }
        if (e instanceof SshException && e.getCause() == null && msg.contains("timeout")) {
            return new ConnectorException(Failure.TIMEOUT, label + " did not answer in time", "Check that the server is up and reachable", e);
        }
        return ConnectorException.classify(e, label);
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public List<Entry> list(String folder) throws ConnectorException {
        String dir = "/" + FileStore.trim(folder);
        List<Entry> entries = new ArrayList<>();
        try {
            for (SftpClient.DirEntry d : sftp.readDir(dir)) {
                String name = d.getFilename();
                if (name.equals(".") || name.equals("..")) continue;
                boolean isDir = d.getAttributes().isDirectory();
                entries.add(new Entry(name, isDir ? "folder" : "file", FileStore.join(folder, name), isDir ? -1 : d.getAttributes().getSize()));
            }
        } catch (IOException e) {
            throw sftpFailure(e, "folder " + dir);
        } catch (java.io.UncheckedIOException e) {
            throw sftpFailure(e.getCause(), "folder " + dir);
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    @Override
    public InputStream open(String file) throws ConnectorException {
        try {
            return sftp.read("/" + FileStore.trim(file));
        } catch (IOException e) {
            throw sftpFailure(e, "file /" + FileStore.trim(file));
        }
    }

    /** The file read at offsets over the SFTP session (SSH_FXP_READ with an offset): no copy, no full download. */
    @Override
    public SeekableFile openSeekable(String file) throws ConnectorException {
        String path = "/" + FileStore.trim(file);
        String what = "file " + path;
        try {
            long size = sftp.stat(path).getSize();
            SftpClient.CloseableHandle handle = sftp.open(path, SftpClient.OpenMode.Read);
            return new SeekableFile() {
                private long requests;

                @Override
                public long length() {
                    return size;
                }

                @Override
                public int read(long position, byte[] buffer, int offset, int len) throws IOException {
                    requests++;
                    try {
                        return sftp.read(handle, position, buffer, offset, len);
                    } catch (IOException e) {
                        throw new IOException(e.getMessage(), sftpFailure(e, what));
                    }
                }

                @Override
                public long requests() {
                    return requests;
                }

                @Override
                public void close() {
                    closeQuietly(handle);
                }
            };
        } catch (IOException e) {
            throw sftpFailure(e, what);
        }
    }

    private ConnectorException sftpFailure(IOException e, String what) {
        if (e instanceof SftpException s) {
            int status = s.getStatus();
            if (status == SftpConstants.SSH_FX_NO_SUCH_FILE || status == SftpConstants.SSH_FX_NO_SUCH_PATH) {
                return new ConnectorException(Failure.NOT_FOUND, what + " does not exist on " + label, "Check the folder path and file name", e);
            }
            if (status == SftpConstants.SSH_FX_PERMISSION_DENIED) {
                return new ConnectorException(Failure.PERMISSION, "Permission denied on " + what + " (" + label + ")", "Check the user's rights on the server", e);
            }
        }
        return ConnectorException.classify(e, what + " on " + label);
    }

    @Override
    public void close() {
        closeQuietly(sftp);
        closeQuietly(session);
        client.stop();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
