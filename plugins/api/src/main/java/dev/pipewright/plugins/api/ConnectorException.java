package dev.pipewright.plugins.api;

import java.io.FileNotFoundException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** A connector call failed: the failure class, a message for people (no secrets) and what to do about it. */
public final class ConnectorException extends Exception {
    private final Failure failure;
    private final String hint;

    public ConnectorException(Failure failure, String message, String hint) {
        this(failure, message, hint, null);
    }

    public ConnectorException(Failure failure, String message, String hint, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.hint = hint == null ? "" : hint;
    }

    public Failure failure() {
        return failure;
    }

    public String hint() {
        return hint;
    }

    /**
     * Classifies a network or I/O exception by its cause chain: unknown host, refused, timeout, TLS, missing
     * or forbidden file. {@code what} names the target, e.g. {@code "127.0.0.1:5432"}.
     */
    public static ConnectorException classify(Throwable e, String what) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) chain.add(t);
        for (Throwable t : chain) if (t instanceof ConnectorException c) return c;
        // most specific first: a refused or timed-out connect often wraps the real reason
        if (any(chain, UnknownHostException.class, java.nio.channels.UnresolvedAddressException.class)) {
            return new ConnectorException(Failure.DNS, "Host name of " + what + " does not resolve", "Check the host name, or bind a local stand-in endpoint in the profile", e);
        }
        if (any(chain, SSLException.class, java.security.cert.CertificateException.class)) {
            return new ConnectorException(Failure.TLS, "TLS handshake with " + what + " failed", "Check that the server speaks TLS (https) and that its certificate is trusted", e);
        }
        if (any(chain, SocketTimeoutException.class, TimeoutException.class, java.net.http.HttpTimeoutException.class)) {
            return new ConnectorException(Failure.TIMEOUT, what + " did not answer in time", "Check that the server is up and not behind a firewall, or raise the timeout", e);
        }
        if (any(chain, ConnectException.class, NoRouteToHostException.class)) {
            return new ConnectorException(Failure.REFUSED, "Connection to " + what + " refused: nothing listens there", "Check the host and port, and that the server is running", e);
        }
        if (any(chain, NoSuchFileException.class, FileNotFoundException.class)) {
            return new ConnectorException(Failure.NOT_FOUND, what + " does not exist", "Check the folder and file name", e);
        }
        if (any(chain, AccessDeniedException.class)) {
            return new ConnectorException(Failure.PERMISSION, "Permission denied on " + what, "Check the file's permissions", e);
        }
        if (any(chain, InterruptedIOException.class, InterruptedException.class)) {
            return new ConnectorException(Failure.CANCELLED, "Cancelled while talking to " + what, "", e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ConnectorException(Failure.OTHER, what + ": " + detail, "", e);
    }

    @SafeVarargs
    private static boolean any(java.util.List<Throwable> chain, Class<? extends Throwable>... types) {
        for (Throwable t : chain) for (Class<? extends Throwable> c : types) if (c.isInstance(t)) return true;
        return false;
    }

}
