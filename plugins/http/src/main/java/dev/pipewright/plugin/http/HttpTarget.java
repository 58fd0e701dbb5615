package dev.pipewright.plugin.http;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The base URL, the authentication headers and the client of an HTTP linked service (or its stand-in URL). */
final class HttpTarget {
    private final String base;
    private final Map<String, String> headers;
    private final String authLabel;
    private final HttpClient client;

    private HttpTarget(String base, Map<String, String> headers, String authLabel, HttpClient client) {
        this.base = base;
        this.headers = headers;
        this.authLabel = authLabel;
        this.client = client;
    }

    static HttpTarget of(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        String base = ls.setting("url").orElseThrow(() -> new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " has no url",
                "Set typeProperties.url"));
        try {
            URI uri = URI.create(base);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) throw new IllegalArgumentException("not http");
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Failure.CONFIG, "url \"" + base + "\" is not an http or https URL", "Write a URL such as https://api.example.com/");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String auth = ls.setting("authenticationType").orElse("Anonymous");
        switch (auth) {
            case "Anonymous" -> { }
            case "Basic" -> {
                String user = ls.setting("userName").orElseThrow(() -> new ConnectorException(Failure.CONFIG,
                        "Basic authentication needs a userName", "Set userName in the linked service"));
                String password = ls.secret("password").orElseThrow(() -> new ConnectorException(Failure.SECRET,
                        "Basic authentication of " + ls.name() + " has no password here", "Store it in the local secret store (pipewright secret put, then unlock it with --passphrase-env), or give it in the profile binding: \"passwordEnv\": \"VAR\""));
                headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            default -> throw new ConnectorException(Failure.CONFIG, "Authentication type " + auth + " is not supported for local calls",
                    "Use Anonymous, Basic, or header authentication (authHeaders)");
        }
        Props authHeaders = ls.localEndpoint().has("authHeaders") ? ls.localEndpoint().child("authHeaders") : ls.properties().child("authHeaders");
        for (String name : authHeaders.asMap().keySet()) headers.put(name, authHeaders.secret(name).orElse(""));
        String label = auth.equals("Anonymous") && !authHeaders.isEmpty() ? "header authentication" : auth.toLowerCase() + " authentication";
        boolean validate = ls.properties().bool("enableServerCertificateValidation", true);
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(ctx.timeout()).followRedirects(HttpClient.Redirect.NORMAL);
        if (!validate) b.sslContext(trustAll());
        return new HttpTarget(base.endsWith("/") ? base : base + "/", headers, label, b.build());
    }

    String base() {
        return base;
    }

    String authLabel() {
        return authLabel;
    }

    String resolve(String relative) {
        return relative == null || relative.isEmpty() ? base : URI.create(base).resolve(relative.replace(" ", "%20")).toString();
    }

    HttpResponse<InputStream> get(String relative, Props extraHeaders, CallContext ctx) throws ConnectorException {
        String url = resolve(relative);
        HttpRequest.Builder rb;
        try {
            rb = HttpRequest.newBuilder(URI.create(url)).timeout(ctx.timeout()).GET();
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Failure.CONFIG, "\"" + relative + "\" does not make a valid URL", "Check the relative URL");
        }
        headers.forEach(rb::header);
        for (String h : extraHeaders.asMap().keySet()) rb.header(h, extraHeaders.secret(h).orElse(""));
        ctx.progress("GET " + url);
        try {
            return client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(Failure.CANCELLED, "Cancelled: GET " + url, "", e);
        } catch (IOException e) {
            throw ConnectorException.classify(e, host(url));
        }
    }

    private static String host(String url) {
        URI u = URI.create(url);
        return u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    }

    static ConnectorException statusFailure(int status, String url) {
        return switch (status) {
            case 401 -> new ConnectorException(Failure.AUTH, url + " answered 401 Unauthorized",
                    "Check the user name and password or the authentication headers");
            case 403 -> new ConnectorException(Failure.PERMISSION, url + " answered 403 Forbidden", "The credential is not allowed to read this");
            case 404, 410 -> new ConnectorException(Failure.NOT_FOUND, url + " answered " + status + " Not Found", "Check the relative URL");
            default -> new ConnectorException(Failure.OTHER, url + " answered HTTP " + status, "");
        };
    }

    private static SSLContext trustAll() throws ConnectorException {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String type) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String type) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return ssl;
        } catch (java.security.GeneralSecurityException e) {
            throw new ConnectorException(Failure.TLS, "TLS is not available: " + e.getMessage(), "", e);
        }
    }
}
