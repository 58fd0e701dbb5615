package dev.pipewright.plugin.files.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.RowStream;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a Json file, streamed: an array of documents (one row each), one document per line, or a single
 * document (one row). Columns are the top-level keys of the first documents (up to 100 looked ahead);
 * nested objects and arrays are shown as JSON text.
 */
public final class JsonRowStream implements RowStream {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LOOKAHEAD = 100;

    private final JsonParser parser;
    private final String file;
    private final long limit;
    private final AutoCloseable owner;
    private final boolean array;
    private final Deque<JsonNode> ahead = new ArrayDeque<>();
    private final List<Column> columns;
    private JsonToken token;
    private long rows;

    private JsonRowStream(JsonParser parser, String file, long limit, AutoCloseable owner) throws ConnectorException {
        this.parser = parser;
        this.file = file;
        this.limit = limit;
        this.owner = owner;
        this.token = advance();
        this.array = token == JsonToken.START_ARRAY;
        if (array) token = advance();
        long look = limit < 0 ? LOOKAHEAD : Math.min(limit, LOOKAHEAD);
        for (int i = 0; i < look; i++) {
            JsonNode n = document();
            if (n == null) break;
            ahead.add(n);
        }
        this.columns = columnsOf(ahead);
    }

    /** Rows of the JSON text read from {@code in}. */
    public static JsonRowStream open(Reader in, String file, long limit, AutoCloseable owner) throws ConnectorException {
        try {
            return new JsonRowStream(MAPPER.getFactory().createParser(in), file, limit, () -> Formats.closeAll(in, owner));
        } catch (IOException e) {
            Formats.closeAll(in, owner);
            throw ConnectorException.classify(e, file);
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Object[] next() throws ConnectorException {
        if (limit >= 0 && rows >= limit) return null;
        JsonNode n = ahead.isEmpty() ? document() : ahead.poll();
        if (n == null) return null;
        rows++;
        Object[] row = new Object[columns.size()];
        if (!n.isObject()) {
            row[0] = value(n);
            return row;
        }
        for (int i = 0; i < row.length; i++) row[i] = value(n.get(columns.get(i).name()));
        return row;
    }

    private JsonNode document() throws ConnectorException {
        if (token == null || (array && token == JsonToken.END_ARRAY)) return null;
        try {
            JsonNode n = MAPPER.readTree(parser);
            token = advance();
            return n;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw ConnectorException.classify(e, file);
        }
    }

    private JsonToken advance() throws ConnectorException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw e instanceof java.nio.charset.CharacterCodingException
                    ? new ConnectorException(Failure.FORMAT, file + " has bytes that are not valid in the dataset's encoding",
                    "Set the dataset's encodingName to the file's encoding", e)
                    : ConnectorException.classify(e, file);
        }
    }

    private ConnectorException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ConnectorException(Failure.FORMAT, file + " is not valid JSON" + where + ": " + e.getOriginalMessage(),
                "Check that the file is JSON (a document, an array of documents or one document per line)", e);
    }

    private static List<Column> columnsOf(Iterable<JsonNode> docs) {
        Map<String, ColumnType> cols = new LinkedHashMap<>();
        boolean scalar = false;
        for (JsonNode d : docs) {
            if (!d.isObject()) {
                scalar = true;
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                ColumnType t = typeOf(f.getValue());
                ColumnType known = cols.get(f.getKey());
                if (known == null || known == ColumnType.STRING && t != ColumnType.STRING && f.getValue().isNull()) {
                    cols.put(f.getKey(), t);
                } else if (known != t && !f.getValue().isNull()) {
                    cols.put(f.getKey(), known == ColumnType.INTEGER && t == ColumnType.DECIMAL ? t : ColumnType.STRING);
                }
            }
        }
        List<Column> list = new ArrayList<>();
        if (scalar && cols.isEmpty()) list.add(new Column("value", ColumnType.STRING));
        cols.forEach((k, t) -> list.add(new Column(k, t)));
        return list;
    }

    private static ColumnType typeOf(JsonNode v) {
        if (v.isIntegralNumber()) return ColumnType.INTEGER;
        if (v.isNumber()) return ColumnType.DECIMAL;
        if (v.isBoolean()) return ColumnType.BOOLEAN;
        if (v.isContainerNode()) return ColumnType.OBJECT;
        return ColumnType.STRING;
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        if (v.isIntegralNumber()) return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
        if (v.isNumber()) return v.decimalValue();
        if (v.isBoolean()) return v.booleanValue();
        if (v.isTextual()) return v.textValue();
        return v.toString();
    }

    @Override
    public void close() {
        Formats.closeAll(parser, owner);
    }
}
