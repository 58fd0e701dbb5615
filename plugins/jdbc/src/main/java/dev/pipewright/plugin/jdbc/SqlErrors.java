package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;

import java.sql.SQLException;
import java.util.Locale;

/** A driver's SQLException as a failure class, by SQL state (PostgreSQL), error number (SQL Server) or message (SQLite). */
final class SqlErrors {
    private SqlErrors() {
    }

    static ConnectorException of(SQLException e, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        ConnectorException sqlServer = sqlServer(e, what, lower);
        if (sqlServer != null) return sqlServer;
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

    /**
     * Microsoft's driver: server errors by number (18456 login failed, 4060 database, 208 object, 229 permission,
     * 40615 Azure SQL firewall); network failures (SQL state 08S01) by the socket error the driver quotes, as it
     * keeps no cause for them.
     */
    private static ConnectorException sqlServer(SQLException e, String what, String lower) {
        if (!what.startsWith("SQL Server ") && !e.getClass().getName().startsWith("com.microsoft.sqlserver")) return null;
        String msg = e.getMessage() == null ? "" : e.getMessage().replaceFirst("\\s*ClientConnectionId:[-0-9a-f]+", "");
        switch (e.getErrorCode()) {
            case 18456, 18470, 18487, 18488 -> {
                return new ConnectorException(Failure.AUTH, "Login to " + what + " failed: " + msg,
                        "Check the user name and password (the secret store, or the profile binding's passwordEnv)", e);
            }
            case 4060 -> {
                return new ConnectorException(Failure.NOT_FOUND, "Database of " + what + " cannot be opened: " + msg,
                        "Check Initial Catalog (database) and that the user may open it", e);
            }
            case 208 -> {
                return new ConnectorException(Failure.NOT_FOUND, "Table not found in " + what + ": " + msg,
                        "Check the dataset's schema and table (browse lists them)", e);
            }
            case 229, 230, 262, 300 -> {
                return new ConnectorException(Failure.PERMISSION, "Permission denied in " + what + ": " + msg, "Grant the user SELECT on it", e);
            }
            case 40615, 40914 -> {
                return new ConnectorException(Failure.PERMISSION, what + " does not let this machine in: " + msg,
                        "Add this machine's IP address to the server's firewall rules, or test through a self-hosted IR that the server allows", e);
            }
            default -> {
                // network and TLS failures below
            }
        }
        if (lower.contains("connection refused")) {
            return new ConnectorException(Failure.REFUSED, "Connection to " + what + " refused: nothing listens there",
                    "Check the server name and port (1433 by default), and that SQL Server accepts TCP/IP connections", e);
        }
        if (lower.contains("name or service not known") || lower.contains("no such host") || lower.contains("nodename nor servname")
                || lower.contains("temporary failure in name resolution") || lower.contains("unknownhost")) {
            return new ConnectorException(Failure.DNS, "Host name of " + what + " does not resolve",
                    "Check the server name, or bind a local stand-in endpoint in the profile", e);
        }
        if (lower.contains("timed out") || lower.contains("timeout")) {
            return new ConnectorException(Failure.TIMEOUT, what + " did not answer in time",
                    "Check that the server is up and that port 1433 is reachable from this machine, or raise the timeout", e);
        }
        if (lower.contains("secure sockets layer") || lower.contains("ssl") || lower.contains("tls") || lower.contains("certificate")) {
            return new ConnectorException(Failure.TLS, "The encrypted connection to " + what + " failed: " + msg,
                    "Check Encrypt and TrustServerCertificate (a self-signed certificate needs TrustServerCertificate=True)", e);
        }
        return null;
    }
}
