package dev.pipewright.git.auth;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pipewright's own known_hosts file (OpenSSH's format: {@code host type base64}, {@code [host]:port} off port 22),
 * kept in the workspace, not {@code ~/.ssh}: a host key found there is accepted, a host listed with another key is
 * refused (PW929), an unknown host is refused too (PW928) and the key it showed is kept so that the UI can ask and
 * {@link #trust} it. One instance serves one operation ({@link #rejected()} is that operation's refusal).
 */
public final class KnownHosts implements ServerKeyDatabase {
    /** A refused host key, and whether the host was known with another key. */
    public record Rejection(HostKey key, boolean changed) {
    }

    private final Path file;
    private final AtomicReference<Rejection> rejected = new AtomicReference<>();

    public KnownHosts(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The host key refused during this operation, if one was. */
    public Optional<Rejection> rejected() {
        return Optional.ofNullable(rejected.get());
    }

    /** Remembers {@code key} as the host's key (the user compared the fingerprint and agreed). */
    public synchronized void trust(HostKey key) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, key.pattern() + " " + key.publicKey() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The keys remembered for the host and port, in OpenSSH's one-line form. */
    public synchronized List<String> keysOf(String host, int port) {
        String pattern = new HostKey(host.toLowerCase(Locale.ROOT), port, "", "", "").pattern();
        List<String> keys = new ArrayList<>();
        if (!Files.isRegularFile(file)) return keys;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length < 3 || parts[0].startsWith("#")) continue;
                for (String p : parts[0].split(",")) {
                    if (p.toLowerCase(Locale.ROOT).equals(pattern)) keys.add(parts[1] + " " + parts[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return keys;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return List.of(); // the client asks for no key type in particular
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey, Configuration config,
                          CredentialsProvider provider) {
        String host = host(connectAddress);
        int port = remoteAddress == null ? 22 : remoteAddress.getPort();
        String shown = PublicKeyEntry.toString(serverKey);
        List<String> known = keysOf(host, port);
        if (known.contains(shown)) return true;
        HostKey key = new HostKey(host, port, KeyUtils.getKeyType(serverKey), KeyUtils.getFingerPrint(serverKey), shown);
        rejected.set(new Rejection(key, !known.isEmpty()));
        return false;
    }

    /** The host of JGit's connect address ({@code host} or {@code [host]:port}). */
    static String host(String connectAddress) {
        String a = connectAddress;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            if (close > 0) a = a.substring(1, close);
        }
        return a.toLowerCase(Locale.ROOT);
    }
}
