package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.runtime.connect.DataAccess;

import java.util.Locale;
import java.util.Set;

/**
 * Stored procedure activities, called through the JDBC connector's script runner with the parameters written as
 * literals: {@code CALL schema.proc(name => value, …)} on PostgreSQL, {@code EXEC [schema].[proc] @name = value, …}
 * on SQL Server and Azure SQL. A SQLite stand-in has no stored procedures, which the activity says.
 */
final class StoredProcedures {
    private static final Set<String> POSTGRES = Set.of("PostgreSql", "AzurePostgreSql");

    private StoredProcedures() {
    }

    static JsonNode call(Attempt at) throws ActivityFailure {
        DataAccess data = DataActivities.prepare(at);
        String ls = at.activity.linkedServiceName().orElseThrow(() -> new IllegalArgumentException(at.activity.name() + " names no linked service"));
        JsonNode name = at.property("storedProcedureName");
        JsonNode params = at.property("storedProcedureParameters");
        at.input = at.properties();
        if (name == null || name.asText().isBlank()) throw new IllegalArgumentException(at.activity.name() + " names no stored procedure");
        var binding = at.run.runner().profile().linkedService(ls).localEndpoint();
        if (binding != null && binding.has("sqlite")) {
            throw at.failure(RunCodes.NOT_RUNNABLE, "Stored procedure " + name.asText() + " cannot be called: the local stand-in of " + ls
                    + " is a SQLite file, which has no stored procedures (bind a PostgreSQL or SQL Server stand-in, or give the outcome in a fixture)");
        }
        String type = at.run.runner().linkedServiceType(ls);
        boolean pg = POSTGRES.contains(type);
        String[] parts = name.asText().replace("[", "").replace("]", "").replace("\"", "").split("\\.");
        StringBuilder sql = new StringBuilder(pg ? "CALL " + String.join(".", parts) + "(" : "EXEC " + bracketed(parts));
        int i = 0;
        if (params != null) {
            for (var it = params.fields(); it.hasNext(); i++) {
                var p = it.next();
                JsonNode v = p.getValue().has("value") ? p.getValue().get("value") : p.getValue();
                String literal = literal(v, p.getValue().path("type").asText(""));
                sql.append(i == 0 ? (pg ? "" : " ") : ", ").append(pg ? p.getKey() + " => " : "@" + p.getKey() + " = ").append(literal);
            }
        }
        if (pg) sql.append(")");
        JsonNode lsParams = Evaluator.resolve(at.activity.json().path("linkedServiceName").path("parameters"), at.scope);
        DataActivities.call(at, (d, c) -> d.script(ls, lsParams.isObject() ? lsParams : null, sql.toString(), c), data);
        return JsonNodeFactory.instance.objectNode().put("effectiveIntegrationRuntime", DataActivities.effective(at));
    }

    private static String bracketed(String[] parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) b.append(b.isEmpty() ? "" : ".").append('[').append(p.replace("]", "]]")).append(']');
        return b.toString();
    }

    /** A SQL literal: numbers and booleans as they are, null as NULL, anything else a quoted string. */
    private static String literal(JsonNode v, String type) {
        if (v == null || v.isNull()) return "NULL";
        String t = type.toLowerCase(Locale.ROOT);
        if (v.isNumber() || (v.isTextual() && t.matches("int16|int32|int64|decimal|double|single|byte") && v.asText().matches("-?\\d+(\\.\\d+)?"))) return v.asText();
        if (v.isBoolean()) return v.asBoolean() ? "TRUE" : "FALSE";
        return "'" + v.asText().replace("'", "''") + "'";
    }
}
