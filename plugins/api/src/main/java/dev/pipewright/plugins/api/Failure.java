package dev.pipewright.plugins.api;

/** What kind of failure a connector hit; the host turns each into its own problem code and hint. */
public enum Failure {
    /** The host name does not resolve. */
    DNS,
    /** Nothing listens at the address (connection refused). */
    REFUSED,
    /** The store did not answer within the timeout. */
    TIMEOUT,
    /** TLS handshake or certificate failure. */
    TLS,
    /** Wrong user, password, key or token. */
    AUTH,
    /** The container, folder, table or file does not exist. */
    NOT_FOUND,
    /** Authenticated, but not allowed to do this. */
    PERMISSION,
    /** The data does not have the dataset's format (bad CSV, JSON, encoding, compression). */
    FORMAT,
    /** A linked-service or dataset setting is missing or cannot be used here. */
    CONFIG,
    /** A secret (password, key) is not available on this machine. */
    SECRET,
    /** The call was cancelled. */
    CANCELLED,
    /** Anything else the store reported. */
    OTHER
}
