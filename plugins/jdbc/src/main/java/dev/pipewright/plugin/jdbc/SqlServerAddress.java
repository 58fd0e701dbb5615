package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where an {@code AzureSqlDatabase}, {@code SqlServer}, {@code AzureSqlDW} or {@code AzureSqlMI} linked service
 * points, for Microsoft's JDBC driver. ADF has two forms: the legacy {@code connectionString} in ADO.NET syntax
 * ({@code Data Source=tcp:host,1433;Initial Catalog=db;User ID=u;Encrypt=True;TrustServerCertificate=False;…},
 * password in it or in {@code password}) and the recommended version's properties ({@code server},
 * {@code database}, {@code encrypt}: mandatory/optional/strict, {@code trustServerCertificate},
 * {@code hostNameInCertificate}, {@code authenticationType}: SQL, {@code userName}, {@code password}). Only SQL
 * authentication can be used from this machine; the others need Azure identities or a domain.
 */
final class SqlServerAddress {
    static final Set<String> TYPES = Set.of("AzureSqlDatabase", "SqlServer", "AzureSqlDW", "AzureSqlMI");

    private SqlServerAddress() {
    }

    static JdbcTarget of(LinkedServiceSpec ls, Duration timeout) throws ConnectorException {
        Props p = ls.properties();
        Map<String, String> cs = p.string("connectionString").isPresent() ? parse(p.string("connectionString", ""), ls.name()) : Map.of();
        String dataSource = ls.setting("server").orElse(first(cs, "data source", "server", "address", "addr", "network address"));
        if (dataSource == null || dataSource.isBlank()) {
            throw new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " names no server",
                    "Set Data Source (or Server) in the connection string, or \"server\" in the linked service");
        }
        String database = ls.setting("database").orElse(first(cs, "initial catalog", "database"));
        String auth = authentication(ls, cs);
        if (!auth.equals("SQL")) {
            throw new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " uses " + auth
                    + " authentication, which cannot be used from this machine",
                    "Use SQL authentication (user name and password), or bind a stand-in in the profile: \"localEndpoint\": {\"sqlite\": \"…\"}");
        }
        String user = ls.setting("userName").or(() -> ls.localEndpoint().string("user")).orElse(first(cs, "user id", "uid", "user"));
        String password = ls.secret("password").orElse(first(cs, "password", "pwd"));
        if (user == null) {
            throw new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " has no user name",
                    "Set User ID in the connection string or userName in the linked service");
        }
        if (password == null) {
            throw new ConnectorException(Failure.SECRET, "The password of " + ls.name() + " is not available here",
                    "Store it in the local secret store (Manage hub), or give it in the profile binding: \"passwordEnv\": \"VAR\"");
        }
        Server server = server(dataSource, ls.name());
        int seconds = (int) Math.max(1, timeout.toSeconds());
        StringBuilder url = new StringBuilder("jdbc:sqlserver://").append(server.host());
        if (server.port() > 0) url.append(':').append(server.port());
        if (server.instance() != null) url.append(";instanceName=").append(braced(server.instance()));
        if (database != null && !database.isBlank()) url.append(";databaseName=").append(braced(database));
        url.append(";encrypt=").append(encrypt(ls, cs));
        url.append(";trustServerCertificate=").append(flag(ls.setting("trustServerCertificate").orElse(first(cs, "trustservercertificate")), false));
        String hostInCert = ls.setting("hostNameInCertificate").orElse(first(cs, "hostnameincertificate"));
        if (hostInCert != null && !hostInCert.isBlank()) url.append(";hostNameInCertificate=").append(braced(hostInCert));
        url.append(";loginTimeout=").append(seconds).append(";socketTimeout=").append(seconds * 1000L).append(";applicationName=Pipewright");
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        String label = "SQL Server " + server.host() + (server.instance() != null ? "\\" + server.instance() : "")
                + (server.port() > 0 ? ":" + server.port() : "") + (database == null ? "" : "/" + database);
        return new JdbcTarget(url.toString(), props, label, false);
    }

    private static String authentication(LinkedServiceSpec ls, Map<String, String> cs) {
        Optional<String> type = ls.setting("authenticationType");
        if (type.isPresent()) {
            String t = type.get();
            return t.equalsIgnoreCase("SQL") || t.equalsIgnoreCase("Basic") ? "SQL" : t;
        }
        String integrated = first(cs, "integrated security", "trusted_connection");
        if (integrated != null && (flag(integrated, false) || integrated.equalsIgnoreCase("sspi"))) return "Windows (Integrated Security)";
        String authentication = first(cs, "authentication");
        if (authentication != null && !authentication.equalsIgnoreCase("SqlPassword") && !authentication.equalsIgnoreCase("Sql Password")) {
            return authentication;
        }
        return "SQL";
    }

    /** The driver's encrypt value: true, false or strict (ADF's mandatory, optional, strict; or the legacy boolean). */
    private static String encrypt(LinkedServiceSpec ls, Map<String, String> cs) throws ConnectorException {
        String v = ls.setting("encrypt").orElse(first(cs, "encrypt"));
        if (v == null) return ls.properties().has("server") ? "true" : "false"; // the recommended version encrypts by default
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "mandatory", "true", "yes" -> "true";
            case "optional", "false", "no" -> "false";
            case "strict" -> "strict";
            default -> throw new ConnectorException(Failure.CONFIG, "Encrypt is \"" + v + "\" in " + ls.name(),
                    "Use mandatory, optional or strict (or True/False in a connection string)");
        };
    }

    private static boolean flag(String v, boolean fallback) {
        if (v == null) return fallback;
        String s = v.trim().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("yes");
    }

    record Server(String host, int port, String instance) {
    }

    /** {@code tcp:host,port}, {@code host\instance}, {@code (local)} … as host, port (0: the default) and instance. */
    static Server server(String dataSource, String owner) throws ConnectorException {
        String s = dataSource.trim();
        if (s.regionMatches(true, 0, "tcp:", 0, 4)) s = s.substring(4);
        int port = 0;
        int comma = s.indexOf(',');
        if (comma >= 0) {
            String p = s.substring(comma + 1).trim();
            s = s.substring(0, comma).trim();
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port <= 0 || port > 65535) {
                throw new ConnectorException(Failure.CONFIG, "The server of " + owner + " has port \"" + p + "\", not a number from 1 to 65535",
                        "Write the server as host,port (e.g. tcp:myserver.database.windows.net,1433)");
            }
        }
        String instance = null;
        int slash = s.indexOf('\\');
        if (slash >= 0) {
            instance = s.substring(slash + 1);
            s = s.substring(0, slash);
        }
        if (s.equals(".") || s.equalsIgnoreCase("(local)") || s.equalsIgnoreCase("localhost")) s = "localhost";
        if (s.isEmpty() || s.contains(" ") || s.contains("/") || s.contains(";")) {
            throw new ConnectorException(Failure.CONFIG, "The server of " + owner + " is \"" + s + "\", not a host name",
                    "Write the server as a host name, host,port or host\\instance");
        }
        return new Server(s, port, instance == null || instance.isEmpty() ? null : instance);
    }

    /**
     * An ADO.NET connection string as lower-case keys and values: {@code key=value} pairs split on {@code ;},
     * values may be quoted with {@code "} or {@code '} (doubled inside). A part without {@code =} or an open quote
     * is {@link Failure#CONFIG}, naming the part by its position only (it may hold the password).
     */
    static Map<String, String> parse(String cs, String owner) throws ConnectorException {
        Map<String, String> map = new LinkedHashMap<>();
        int i = 0;
        int part = 0;
        int n = cs.length();
        while (i < n) {
            while (i < n && (cs.charAt(i) == ';' || Character.isWhitespace(cs.charAt(i)))) i++;
            if (i >= n) break;
            part++;
            int eq = cs.indexOf('=', i);
            int semi = cs.indexOf(';', i);
            if (eq < 0 || (semi >= 0 && semi < eq)) throw malformed(owner, part, "has no '='");
            String key = cs.substring(i, eq).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (key.isEmpty()) throw malformed(owner, part, "has no key before '='");
            i = eq + 1;
            while (i < n && cs.charAt(i) == ' ') i++;
            StringBuilder value = new StringBuilder();
            if (i < n && (cs.charAt(i) == '"' || cs.charAt(i) == '\'')) {
                char q = cs.charAt(i++);
                boolean closed = false;
                while (i < n) {
                    char c = cs.charAt(i++);
                    if (c == q) {
                        if (i < n && cs.charAt(i) == q) {
                            value.append(q);
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) throw malformed(owner, part, "opens a quote that is never closed");
                while (i < n && cs.charAt(i) == ' ') i++;
                if (i < n && cs.charAt(i) != ';') throw malformed(owner, part, "has text after its closing quote");
            } else {
                int end = cs.indexOf(';', i);
                if (end < 0) end = n;
                value.append(cs, i, end);
                i = end;
            }
            map.put(key, value.toString().trim());
        }
        return map;
    }

    private static ConnectorException malformed(String owner, int part, String why) {
        return new ConnectorException(Failure.CONFIG, "The connection string of " + owner + " is malformed: part " + part + " " + why,
                "Write it as key=value pairs separated by ';', e.g. Data Source=tcp:myserver.database.windows.net,1433;Initial Catalog=sales;User ID=etl");
    }

    private static String first(Map<String, String> cs, String... keys) {
        for (String k : keys) {
            String v = cs.get(k);
            if (v != null && !v.isEmpty()) return v;
        }
        return null;
    }

    /** A URL property value in braces when it has characters the driver's URL syntax reserves. */
    private static String braced(String v) {
        return v.matches("[A-Za-z0-9_.\\-]+") ? v : "{" + v.replace("}", "}}") + "}";
    }
}
