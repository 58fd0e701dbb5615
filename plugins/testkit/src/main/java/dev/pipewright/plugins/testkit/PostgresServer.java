package dev.pipewright.plugins.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from the machine's PostgreSQL binaries (Debian's postgresql package): initdb in
 * a temporary folder, password authentication, a free port on 127.0.0.1. Fails with a clear message when the
 * binaries are missing (.ci/run installs them).
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "test";
    public static final String PASSWORD = "pg-Secret-4711";

    public final int port;
    private final Path dir;
    private final Path bin;

    private PostgresServer(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    public static PostgresServer start() throws Exception {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("pw-pg");
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        if (isRoot()) run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir, false);
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "--auth=scram-sha-256",
                "--pwfile=" + dir.resolve("pw"), "-E", "UTF8", "--locale=C.UTF-8"), dir, true);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "30",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), dir, true);
        return new PostgresServer(dir, bin, port);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Runs SQL statements as the superuser in a database. */
    public void sql(String database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), USER, PASSWORD); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), dir, true);
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static Path binaries() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String given = System.getProperty("pipewright.pgbin");
        if (given != null && !given.isBlank() && !given.startsWith("${")) candidates.add(Path.of(given));
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> s = Files.list(debian)) {
                s.sorted(Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) candidates.add(Path.of(p));
        for (Path c : candidates) {
            if (Files.isExecutable(c.resolve("initdb")) && Files.isExecutable(c.resolve("pg_ctl"))) return c;
        }
        throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on the PATH: "
                + "install them (apt-get install postgresql; .ci/run does) or set PIPEWRIGHT_PGBIN to their folder");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, Path dir, boolean asPostgres) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres && isRoot()) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
