package dev.pipewright.runtime.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A real Secret Service for tests: a private D-Bus session bus ({@code dbus-daemon --session}) and GNOME Keyring's
 * secrets component on it, unlocked with a password given on stdin, with its keyrings in a temporary home. {@code .ci/run}
 * installs {@code gnome-keyring}; {@link #available()} says whether the programs are here.
 */
final class SecretServiceFixture implements AutoCloseable {
    private final Process bus;
    private final Process keyring;
    final String address;

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/dbus-daemon")) && Files.isExecutable(Path.of("/usr/bin/gnome-keyring-daemon"))
                && Files.isExecutable(Path.of("/usr/bin/dbus-send"));
    }

    SecretServiceFixture(Path dir) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path run = Files.createDirectories(dir.resolve("run"));
        run.toFile().setReadable(false, false);
        run.toFile().setReadable(true, true);
        run.toFile().setExecutable(false, false);
        run.toFile().setExecutable(true, true);
        bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1").redirectErrorStream(false).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        address = out.readLine();
        if (address == null || address.isBlank()) throw new IOException("dbus-daemon printed no address");
        ProcessBuilder pb = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        Map<String, String> env = pb.environment();
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", run.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.remove("DISPLAY");
        keyring = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // the login keyring's password on stdin: it is created with it and unlocked
        keyring.getOutputStream().write("pipewright-test".getBytes(StandardCharsets.UTF_8));
        keyring.getOutputStream().close();
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!serviceOnBus()) {
            if (Instant.now().isAfter(until) || !keyring.isAlive()) {
                close();
                throw new IOException("gnome-keyring-daemon did not take org.freedesktop.secrets on the bus");
            }
            Thread.sleep(100);
        }
    }

    private boolean serviceOnBus() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dbus-send", "--bus=" + address, "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets").redirectErrorStream(true).start();
        String reply = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return reply.contains("boolean true");
    }

    @Override
    public void close() {
        keyring.destroy();
        bus.destroy();
    }
}
