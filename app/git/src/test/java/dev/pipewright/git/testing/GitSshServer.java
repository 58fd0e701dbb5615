package dev.pipewright.git.testing;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

/**
 * A git SSH server on loopback: Apache MINA SSHD with a host key and one authorized user key made by the test, running
 * git's own {@code git upload-pack} / {@code git receive-pack} for the exec requests a git client sends. Serves the
 * bare repositories under a folder: {@code ssh://git@127.0.0.1:PORT/<name>.git}.
 */
public final class GitSshServer implements AutoCloseable {
    private final SshServer server;
    private final KeyPair hostKey;

    private GitSshServer(Path root, PublicKey authorized, KeyPair hostKey, int port) throws IOException {
        this.hostKey = hostKey;
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((username, key, session) -> KeyUtils.compareKeys(key, authorized));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory(new GitCommands(root));
        server.start();
    }

    /** Starts a server for the bare repositories under {@code root}, letting in the holder of {@code authorized}'s key. */
    public static GitSshServer start(Path root, PublicKey authorized) throws IOException {
        return new GitSshServer(root, authorized, TestKeys.newKeyPair(), 0);
    }

    /** A server on a given port presenting {@code hostKey} (a test of a changed host key starts one where another was). */
    public static GitSshServer startOnPort(Path root, PublicKey authorized, KeyPair hostKey, int port) throws IOException {
        return new GitSshServer(root, authorized, hostKey, port);
    }

    public int port() {
        return server.getPort();
    }

    public String url(String name) {
        return "ssh://git@127.0.0.1:" + port() + "/" + name;
    }

    /** The host key's SHA256 fingerprint, as a client shows it. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** The host key in OpenSSH's one-line form. */
    public String hostKeyLine() {
        return PublicKeyEntry.toString(hostKey.getPublic());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** {@code git-upload-pack '/name.git'} and {@code git-receive-pack '/name.git'}, run by the real git. */
    private record GitCommands(Path root) implements CommandFactory {
        @Override
        public Command createCommand(ChannelSession channel, String command) {
            List<String> words = CommandFactory.split(command);
            if (words.size() != 2 || !List.of("git-upload-pack", "git-receive-pack").contains(words.get(0))) {
                throw new IllegalArgumentException("not a git command: " + command);
            }
            String repo = words.get(1).replace("'", "");
            while (repo.startsWith("/")) repo = repo.substring(1);
            Path dir = root.resolve(repo).normalize();
            if (!dir.startsWith(root)) throw new IllegalArgumentException("outside the served folder: " + command);
            return new GitProcess(words.get(0).substring("git-".length()), dir);
        }
    }

    private static final class GitProcess implements Command {
        private final String verb;
        private final Path dir;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Process process;

        GitProcess(String verb, Path dir) {
            this.verb = verb;
            this.dir = dir;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            ProcessBuilder pb = new ProcessBuilder("git", verb, dir.toString());
            GitCli.environment(pb.environment(), dir);
            String protocol = env.getEnv().get("GIT_PROTOCOL");
            if (protocol != null) pb.environment().put("GIT_PROTOCOL", protocol);
            process = pb.start();
            StreamPump.start("git-ssh-in", in, process.getOutputStream(), true);
            Thread stdout = StreamPump.start("git-ssh-out", process.getInputStream(), out, false);
            Thread stderr = StreamPump.start("git-ssh-err", process.getErrorStream(), err, false);
            Thread waiter = new Thread(() -> {
                try {
                    int code = process.waitFor();
                    stdout.join();
                    stderr.join();
                    exit.onExit(code);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "git-ssh-exit");
            waiter.setDaemon(true);
            waiter.start();
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (process != null) process.destroy();
        }
    }
}
