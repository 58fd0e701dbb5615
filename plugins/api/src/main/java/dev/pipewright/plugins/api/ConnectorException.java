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
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectorException c) return c;
            if (t instanceof UnknownHostException) {
                return new ConnectorException(Failure.DNS, "Host name of " + what + " does not resolve", "Check the host name, or bind a local stand-in endpoint in the profile", e);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new ConnectorException(Failure.REFUSED, "Connection to " + what + " refused: nothing listens there", "Check the host and port, and that the server is running", e);
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return new ConnectorException(Failure.TIMEOUT, what + " did not answer in time", "Check that the server is up and not behind a firewall, or raise the timeout", e);
            }
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
                return new ConnectorException(Failure.TLS, "TLS handshake with " + what + " failed: " + t.getMessage(), "Check that the server speaks TLS and that its certificate is trusted", e);
            }
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                return new ConnectorException(Failure.NOT_FOUND, what + " does not exist", "Check the folder and file name", e);
            }
            if (t instanceof AccessDeniedException) {
                return new ConnectorException(Failure.PERMISSION, "Permission denied on " + what, "Check the file's permissions", e);
            }
            if (t instanceof InterruptedIOException || t instanceof InterruptedException) {
                return new ConnectorException(Failure.CANCELLED, "Cancelled while talking to " + what, "", e);
            }
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ConnectorException(Failure.OTHER, what + ": " + detail, "", e);
    }
}
