package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Which database a SQL linked service reaches and how: a SQLite file or a JDBC URL named by the profile's
 * stand-in binding, or the server in the linked service itself — PostgreSQL, or SQL Server and Azure SQL through
 * Microsoft's driver ({@link SqlServerAddress}).
 *
 * @param url     the JDBC URL (never holds the password)
 * @param label   what it is, for messages, e.g. {@code "SQLite file demo-data/sales.sqlite"}
 * @param sqlite  whether it is SQLite (no schemas)
 */
record JdbcTarget(String url, Properties props, String label, boolean sqlite) {
    static final Set<String> POSTGRES_TYPES = Set.of("PostgreSql", "AzurePostgreSql");

    static JdbcTarget of(LinkedServiceSpec ls, Duration timeout) throws ConnectorException {
        Props b = ls.localEndpoint();
        if (b.has("sqlite")) return SqliteStandIn.target(ls);
        Properties p = new Properties();
        int seconds = (int) Math.max(1, timeout.toSeconds());
        p.setProperty("connectTimeout", String.valueOf(seconds));
        p.setProperty("socketTimeout", String.valueOf(seconds));
        p.setProperty("loginTimeout", String.valueOf(seconds));
        if (b.has("jdbcUrl")) {
            String url = b.string("jdbcUrl", "");
            credentials(p, b.string("user").orElse(null), ls.secret("password").orElse(null));
            return new JdbcTarget(url, p, url, url.startsWith("jdbc:sqlite:"));
        }
        if (SqlServerAddress.TYPES.contains(ls.type())) return SqlServerAddress.of(ls, timeout);
        if (!POSTGRES_TYPES.contains(ls.type())) {
            throw new ConnectorException(Failure.CONFIG, ls.type() + " linked service " + ls.name() + " has no local stand-in",
                    "Bind a stand-in in the profile: \"localEndpoint\": {\"sqlite\": \"demo-data/sales.sqlite\"}");
        }
        Map<String, String> cs = connectionString(ls.properties().string("connectionString", ""));
        String host = b.string("host").or(() -> ls.properties().string("server")).orElse(cs.get("host"));
        if (host == null) host = cs.get("server");
        String port = b.string("port").or(() -> ls.properties().string("port")).orElse(cs.getOrDefault("port", "5432"));
        String db = b.string("database").or(() -> ls.properties().string("database")).orElse(cs.getOrDefault("database", cs.get("db")));
        String user = b.string("user").or(() -> ls.properties().string("username")).orElse(cs.getOrDefault("uid", cs.get("user id")));
        if (host == null || db == null) {
            throw new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " names no host or database",
                    "Set host and database in the connection string, or bind a stand-in in the profile");
        }
        String password = ls.secret("password").orElse(cs.getOrDefault("password", cs.get("pwd")));
        credentials(p, user, password);
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + db;
        return new JdbcTarget(url, p, "PostgreSQL " + host + ":" + port + "/" + db, false);
    }

    private static void credentials(Properties p, String user, String password) {
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
    }

    /** {@code key=value;key=value} of an ADF connection string, keys lower case. */
    static Map<String, String> connectionString(String cs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : cs.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) map.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        return map;
    }

    /** Whether the target speaks T-SQL ({@code TOP (n)} instead of {@code LIMIT n}). */
    boolean sqlServer() {
        return url.startsWith("jdbc:sqlserver:");
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, props);
    }
}
