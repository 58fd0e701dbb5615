package dev.pipewright.plugin.files.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.RowStream;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

/**
 * Writes rows as a Json dataset in ADF's default sink pattern, {@code setOfObjects}: one object per line, each
 * column a member; numbers and booleans as JSON numbers and booleans, dates and times as ISO text, binary as base64.
 */
public final class JsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonWriter() {
    }

    public static long write(List<Column> columns, RowStream rows, OutputStream out, CallContext ctx) throws ConnectorException, IOException {
        long n = 0;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeFieldName(columns.get(i).name());
                    value(g, i < row.length ? row[i] : null);
                }
                g.writeEndObject();
                g.writeRaw('\n');
                if (++n % 10_000 == 0) ctx.checkCancelled();
            }
        }
        return n;
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof Double d) g.writeNumber(d);
        else if (v instanceof BigDecimal b) g.writeNumber(b);
        else if (v instanceof Number x) g.writeNumber(x.doubleValue());
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof byte[] b) g.writeString(Base64.getEncoder().encodeToString(b));
        else g.writeString(v.toString());
    }
}
