package dev.pipewright.git.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A git smart-HTTP server on loopback: git's own {@code git http-backend} as a CGI program behind the JDK's HTTP
 * server, with basic authentication (push is allowed to the authenticated user, as http-backend does). Serves the
 * bare repositories under a folder: {@code http://127.0.0.1:PORT/<name>.git}.
 */
public final class GitHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String user;
    private final String password;
    private final AtomicInteger refused = new AtomicInteger();

    private GitHttpServer(Path root, String user, String password) throws IOException {
        this.root = root;
        this.user = user;
        this.password = password;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "git-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Starts a server for the repositories under {@code root}, accepting only {@code user} / {@code password}. */
    public static GitHttpServer start(Path root, String user, String password) throws IOException {
        return new GitHttpServer(root, user, password);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/<name>}. */
    public String url(String name) {
        return "http://127.0.0.1:" + port() + "/" + name;
    }

    /** How many requests were refused for missing or wrong credentials. */
    public int refusedRequests() {
        return refused.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            cgi(exchange);
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) return false;
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        return decoded.equals(user + ":" + password);
    }

    private void cgi(HttpExchange exchange) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("git", "http-backend");
        Map<String, String> env = pb.environment();
        GitCli.environment(env, root);
        env.put("GIT_PROJECT_ROOT", root.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("REQUEST_METHOD", exchange.getRequestMethod());
        env.put("PATH_INFO", exchange.getRequestURI().getRawPath());
        env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
        env.put("REMOTE_USER", user);
        env.put("REMOTE_ADDR", "127.0.0.1");
        putHeader(env, exchange, "Content-Type", "CONTENT_TYPE");
        putHeader(env, exchange, "Content-Encoding", "HTTP_CONTENT_ENCODING");
        putHeader(env, exchange, "Git-Protocol", "GIT_PROTOCOL");
        if (exchange.getRequestHeaders().getFirst("Transfer-Encoding") == null) putHeader(env, exchange, "Content-Length", "CONTENT_LENGTH");
        Process process = pb.start();
        Thread body = StreamPump.start("git-http-in", exchange.getRequestBody(), process.getOutputStream(), true);
        StreamPump.start("git-http-err", process.getErrorStream(), OutputStream.nullOutputStream(), false);
        InputStream out = process.getInputStream();
        int status = 200;
        String line;
        while ((line = readLine(out)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status")) status = Integer.parseInt(value.split(" ")[0]);
            else exchange.getResponseHeaders().add(name, value);
        }
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream response = exchange.getResponseBody()) {
            out.transferTo(response);
        }
        try {
            body.join(10_000);
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void putHeader(Map<String, String> env, HttpExchange exchange, String header, String variable) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) env.put(variable, value);
    }

    /** One CGI header line (LF or CRLF), null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') line.write(b);
        if (b < 0 && line.size() == 0) return null;
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
