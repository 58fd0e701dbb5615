package dev.pipewright.plugins.testkit;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azurite's blob service (npm azurite 3.35.0) on a free port with its data in a temporary folder. Looks for
 * {@code azurite-blob} at the system property {@code pipewright.azurite}, then on the PATH; fails with a clear
 * message when it is in neither (.ci/run installs it into .ci/node_modules).
 */
public final class AzuriteServer implements AutoCloseable {
    /** Azurite's well-known development account. */
    public static final String ACCOUNT = "devstoreaccount1";
    public static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static final Pattern LISTENING = Pattern.compile("listens on http://127\\.0\\.0\\.1:(\\d+)");

    public final int port;
    private final Process process;
    private final Path dir;

    private AzuriteServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    public static AzuriteServer start() throws Exception {
        String exe = executable();
        Path dir = Files.createTempDirectory("pw-azurite");
        Process p = new ProcessBuilder(exe, "--blobHost", "127.0.0.1", "--blobPort", "0", "--location", dir.toString(), "--silent",
                "--disableTelemetry").redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                    else if (!port.isDone()) seen.append(line).append('\n');
                }
                port.completeExceptionally(new IllegalStateException("azurite-blob stopped before listening:\n" + seen));
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
        }, "azurite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new AzuriteServer(p, dir, port.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** The development connection string for this instance. */
    public String connectionString() {
        return connectionString(KEY);
    }

    public String connectionString(String key) {
        return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + key + ";BlobEndpoint=" + blobEndpoint() + ";";
    }

    public String blobEndpoint() {
        return "http://127.0.0.1:" + port + "/" + ACCOUNT;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        TempDirs.delete(dir);
    }

    private static String executable() {
        String given = System.getProperty("pipewright.azurite");
        if (given != null && !given.startsWith("${") && Files.isExecutable(Path.of(given))) return given;
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d, "azurite-blob");
            if (Files.isExecutable(p)) return p.toString();
        }
        throw new IllegalStateException("azurite-blob not found (looked at " + given + " and on the PATH): install it with "
                + "`npm ci --prefix .ci` from the repository root (.ci/run does), or `npm install -g azurite@3.35.0`");
    }
}
