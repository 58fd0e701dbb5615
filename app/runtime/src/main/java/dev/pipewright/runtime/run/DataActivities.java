package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ScriptResult;
import dev.pipewright.plugins.api.WriteRequest;
import dev.pipewright.runtime.connect.Call;
import dev.pipewright.runtime.connect.DataAccess;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Lookup, Script and Copy, for real, through the connectors ({@link DataAccess}): dataset and linked-service
 * parameters evaluated per call, ADF's Lookup caps (5,000 rows, 4 MB), a copy written all or nothing by the sink
 * connector, and ADF's output fields (rowsRead, rowsCopied, dataRead, copyDuration, throughput,
 * effectiveIntegrationRuntime, usedDataIntegrationUnits, billingReference …).
 */
final class DataActivities {
    static final int LOOKUP_MAX_ROWS = 5_000;
    static final long LOOKUP_MAX_BYTES = 4L * 1024 * 1024;
    /** Skipped rows whose reasons a copy's output lists (the count is in rowsSkipped). */
    static final int SKIPPED_LOGGED = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DataActivities() {
    }

    static void register(Map<String, ActivityHandler> handlers) {
        handlers.put("Lookup", DataActivities::lookup);
        handlers.put("Script", DataActivities::script);
        handlers.put("Copy", DataActivities::copy);
        handlers.put("GetMetadata", Metadata::getMetadata);
        handlers.put("Validation", Metadata::validation);
        handlers.put("Delete", Metadata::delete);
        handlers.put("SqlServerStoredProcedure", StoredProcedures::call);
    }

    private static JsonNode lookup(Attempt at) throws ActivityFailure {
        DataAccess data = prepare(at);
        JsonNode ref = at.property("dataset");
        JsonNode source = at.property("source");
        boolean firstRowOnly = at.activity.typeProperties().path("firstRowOnly").asBoolean(true);
        at.input = at.properties();
        DataAccess.Rows rows = call(at, (d, call) -> d.read(endpoint(ref, query(source)), firstRowOnly ? 1 : LOOKUP_MAX_ROWS, call), data);
        ObjectNode out = NODES.objectNode();
        if (firstRowOnly) {
            if (!rows.rows().isEmpty()) out.set("firstRow", row(rows.columns(), rows.rows().get(0)));
        } else {
            ArrayNode value = NODES.arrayNode();
            rows.rows().forEach(r -> value.add(row(rows.columns(), r)));
            if (value.toString().length() > LOOKUP_MAX_BYTES) {
                throw at.failure(RunCodes.DATA_FAILED, "The output of Lookup " + at.activity.name() + " is larger than ADF's 4 MB limit for a Lookup");
            }
            out.put("count", value.size());
            out.set("value", value);
        }
        out.put("effectiveIntegrationRuntime", rows.via());
        return out;
    }

    private static JsonNode script(Attempt at) throws ActivityFailure {
        DataAccess data = prepare(at);
        String ls = at.activity.linkedServiceName().orElseThrow(() -> new IllegalArgumentException("Script " + at.activity.name() + " names no linked service"));
        JsonNode lsParams = dev.pipewright.core.expression.Evaluator.resolve(at.activity.json().path("linkedServiceName").path("parameters"), at.scope);
        JsonNode scripts = at.property("scripts");
        at.input = at.properties();
        ArrayNode sets = NODES.arrayNode();
        long affected = 0;
        for (JsonNode s : scripts == null ? NODES.arrayNode() : scripts) {
            String text = s.path("text").asText("");
            ScriptResult r = call(at, (d, call) -> d.script(ls, lsParams.isObject() ? lsParams : null, text, call), data);
            if (r.rowsAffected() > 0) affected += r.rowsAffected();
            for (ScriptResult.ResultSet rs : r.resultSets()) {
                ArrayNode rowsOut = NODES.arrayNode();
                rs.rows().forEach(row -> rowsOut.add(row(rs.columns(), row)));
                sets.addObject().put("rowCount", rs.rows().size()).set("rows", rowsOut);
            }
        }
        ObjectNode out = NODES.objectNode();
        out.put("resultSetCount", sets.size());
        out.put("recordsAffected", affected);
        out.set("resultSets", sets);
        out.putObject("outputParameters");
        out.put("outputLogs", "");
        out.put("outputLogsLocation", "");
        out.put("outputTruncated", false);
        out.put("effectiveIntegrationRuntime", effective(at));
        return out;
    }

    private static JsonNode copy(Attempt at) throws ActivityFailure {
        DataAccess data = prepare(at);
        JsonNode inputs = dev.pipewright.core.expression.Evaluator.resolve(at.activity.json().path("inputs"), at.scope);
        JsonNode outputs = dev.pipewright.core.expression.Evaluator.resolve(at.activity.json().path("outputs"), at.scope);
        if (inputs.size() != 1 || outputs.size() != 1) throw new IllegalArgumentException("Copy " + at.activity.name() + " needs one input and one output dataset");
        JsonNode source = at.property("source");
        JsonNode sink = at.property("sink");
        sink = sink == null ? NODES.objectNode() : sink;
        String pattern = text(sink.path("formatSettings"), "filePattern");
        if (pattern != null && !pattern.equalsIgnoreCase("setOfObjects")) {
            throw at.failure(RunCodes.NOT_RUNNABLE, "Copy " + at.activity.name() + " writes Json as " + pattern + ", which the local runtime does not do yet"
                    + " (it writes setOfObjects, one object per line)");
        }
        String behavior = text(sink, "writeBehavior");
        if ((behavior != null && !behavior.equalsIgnoreCase("insert")) || text(sink, "sqlWriterStoredProcedureName") != null) {
            throw at.failure(RunCodes.NOT_RUNNABLE, "Copy " + at.activity.name() + " writes with " + (behavior != null ? "writeBehavior " + behavior
                    : "a stored procedure") + ", which the local runtime does not do yet (it inserts only); inserting instead would give other rows than ADF");
        }
        ObjectNode input = NODES.objectNode();
        input.set("source", source);
        input.set("sink", sink);
        at.input = input;
        List<DataAccess.Mapping> mappings = new ArrayList<>();
        JsonNode translator = at.property("translator");
        if (translator != null) {
            for (JsonNode m : translator.path("mappings")) {
                String from = m.path("source").path("name").asText(m.path("source").path("path").asText(""));
                String to = m.path("sink").path("name").asText(m.path("sink").path("path").asText(from));
                if (!from.isEmpty()) mappings.add(new DataAccess.Mapping(from, to));
            }
        }
        int dius = Math.max(0, at.activity.typeProperties().path("dataIntegrationUnits").asInt(0));
        at.dataIntegrationUnits = dius >= 2 ? dius : 4;
        boolean tolerant = at.activity.typeProperties().path("enableSkipIncompatibleRow").asBoolean(false);
        List<String> skippedRows = java.util.Collections.synchronizedList(new ArrayList<>());
        WriteRequest settings = new WriteRequest(List.of(), text(sink, "preCopyScript"), "autoCreate".equalsIgnoreCase(text(sink, "tableOption")),
                sink.path("writeBatchSize").asInt(0), tolerant ? skippedRows::add : null);
        long start = System.nanoTime();
        DataAccess.Copied c = call(at, (d, call) -> d.copy(endpoint(inputs.get(0), query(source)), endpoint(outputs.get(0), null), mappings, settings, call), data);
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        ObjectNode out = NODES.objectNode();
        out.put("dataRead", c.bytesRead());
        out.put("dataWritten", c.bytesRead());
        out.put("rowsRead", c.rowsRead());
        out.put("rowsCopied", c.rowsCopied());
        out.put("rowsSkipped", c.rowsRead() - c.rowsCopied());
        out.put("copyDuration", Math.max(1, Math.round(seconds)));
        out.put("throughput", Math.round(c.bytesRead() / 1024.0 / seconds * 1000) / 1000.0);
        ArrayNode errors = out.putArray("errors");
        skippedRows.stream().limit(SKIPPED_LOGGED).forEach(m -> errors.addObject().put("Code", "IncompatibleRow").put("Message", m));
        out.put("effectiveIntegrationRuntime", effective(at));
        out.put("usedDataIntegrationUnits", at.dataIntegrationUnits);
        out.put("usedParallelCopies", 1);
        ObjectNode billing = out.putObject("billingReference");
        billing.put("activityType", "DataMovement");
        double hours = CostModel.billedHours((long) (seconds * 1000));
        boolean selfHosted = at.run.placement(at.activity.name()) != null
                && at.run.placement(at.activity.name()).kind() == dev.pipewright.runtime.placement.PlacementKind.SELF_HOSTED;
        ObjectNode meter = billing.putArray("billableDuration").addObject();
        meter.put("meterType", selfHosted ? "SelfhostedIR" : "AzureIR");
        meter.put("duration", Math.round((selfHosted ? hours : hours * at.dataIntegrationUnits) * 10000) / 10000.0);
        meter.put("unit", selfHosted ? "Hours" : "DIUHours");
        billing.set("totalBillableDuration", billing.get("billableDuration").deepCopy());
        return out;
    }

    @FunctionalInterface
    interface DataCall<T> {
        T run(DataAccess data, Call call) throws DataAccess.DataFailure;
    }

    /** Runs the call within what is left of the activity's timeout; a cancel of the run cancels it. */
    static <T> T call(Attempt at, DataCall<T> work, DataAccess data) throws ActivityFailure {
        Duration left = at.remaining();
        if (left.isNegative() || left.isZero()) throw at.timedOut();
        Call call = new Call(left, null);
        at.run.control().onCancel(call::cancel);
        try {
            return work.run(data, call);
        } catch (DataAccess.DataFailure e) {
            if (at.run.control().isCancelled()) throw at.cancelled();
            if (at.remaining().isNegative() || at.remaining().isZero()) throw at.timedOut(); // the call used up the policy.timeout
            throw at.failure(RunCodes.DATA_FAILED, e.problem().code() + " " + e.problem().message()
                    + (e.problem().hint() == null || e.problem().hint().isEmpty() ? "" : " (" + e.problem().hint() + ")"));
        }
    }

    static DataAccess prepare(Attempt at) throws ActivityFailure {
        List<String> errors = at.run.placementErrors(at.activity.name());
        if (!errors.isEmpty()) throw at.failure(RunCodes.DATA_FAILED, "ADF would not run " + at.activity.name() + " here: " + String.join("; ", errors));
        DataAccess data = at.run.runner().data();
        if (data == null) throw at.failure(RunCodes.NOT_RUNNABLE, at.activity.type() + " " + at.activity.name() + " needs the connectors, which this run was not given");
        return data;
    }

    static DataAccess.Endpoint endpoint(JsonNode reference, String query) {
        return new DataAccess.Endpoint(reference.path("referenceName").asText(), reference.path("parameters"), query);
    }

    /** The query of a source ({@code sqlReaderQuery}, {@code query}), or null for the dataset's table. */
    private static String query(JsonNode source) {
        if (source == null) return null;
        String q = text(source, "sqlReaderQuery");
        return q != null ? q : text(source, "query");
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    static String effective(Attempt at) {
        var where = at.run.placement(at.activity.name());
        return where == null ? null : where.display();
    }

    /** A row as ADF writes it in an output: column → value; dates as ISO text, binary as base64. */
    static ObjectNode row(List<Column> columns, Object[] values) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < columns.size(); i++) {
            Object v = i < values.length ? values[i] : null;
            String name = columns.get(i).name();
            if (v == null) o.putNull(name);
            else if (v instanceof Long l) o.put(name, l);
            else if (v instanceof Integer n) o.put(name, n);
            else if (v instanceof Double d) o.put(name, d);
            else if (v instanceof java.math.BigDecimal b) o.put(name, b);
            else if (v instanceof Number n) o.put(name, n.doubleValue());
            else if (v instanceof Boolean b) o.put(name, b);
            else if (v instanceof byte[] b) o.put(name, Base64.getEncoder().encodeToString(b));
            else o.put(name, v.toString());
        }
        return o;
    }
}
