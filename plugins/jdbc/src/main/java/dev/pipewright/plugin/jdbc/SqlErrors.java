package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;

import java.sql.SQLException;
import java.util.Locale;

/** A driver's SQLException as a failure class, by SQL state (PostgreSQL) or message (SQLite). */
final class SqlErrors {
    private SqlErrors() {
    }

    static ConnectorException of(SQLException e, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        if (state.equals("28P01") || state.equals("28000")) {
            return new ConnectorException(Failure.AUTH, "Authentication to " + what + " failed: " + msg,
                    "Check the user name and password (the profile binding's user and password or passwordEnv)", e);
        }
        if (state.equals("3D000")) {
            return new ConnectorException(Failure.NOT_FOUND, "Database of " + what + " does not exist: " + msg, "Check the database name", e);
        }
        if (state.equals("42P01") || state.equals("3F000") || lower.contains("no such table")) {
            return new ConnectorException(Failure.NOT_FOUND, "Table not found in " + what + ": " + msg,
                    "Check the dataset's schema and table (browse lists them)", e);
        }
        if (state.equals("42501") || lower.contains("permission denied") || lower.contains("attempt to write a readonly")) {
            return new ConnectorException(Failure.PERMISSION, "Permission denied in " + what + ": " + msg, "Grant the user SELECT on it", e);
        }
        if (lower.contains("not a database") || lower.contains("sqlite_notadb")) {
            return new ConnectorException(Failure.FORMAT, what + " is not a SQLite database", "Check the binding's sqlite path", e);
        }
        if (lower.contains("timed out") || lower.contains("timeout")) {
            return new ConnectorException(Failure.TIMEOUT, what + " did not answer in time", "Check that the server is up and reachable, or raise the timeout", e);
        }
        if (state.startsWith("42")) {
            return new ConnectorException(Failure.CONFIG, "The query failed in " + what + ": " + msg, "Check the query", e);
        }
        if (e.getCause() != null) {
            ConnectorException c = ConnectorException.classify(e.getCause(), what);
            if (c.failure() != Failure.OTHER) return c;
        }
        if (state.equals("57014")) return new ConnectorException(Failure.CANCELLED, "Query cancelled in " + what, "", e);
        return new ConnectorException(Failure.OTHER, what + ": " + msg, "", e);
    }
}
