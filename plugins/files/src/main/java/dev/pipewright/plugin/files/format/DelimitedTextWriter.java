package dev.pipewright.plugin.files.format;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Writes rows as a DelimitedText dataset describes them: its column delimiter, quote and escape characters,
 * header row and null value, in its encoding. A value is quoted when it holds the delimiter, the quote, a line
 * break or leading or trailing spaces; a quote inside is escaped with the escape character, as ADF writes it.
 */
public final class DelimitedTextWriter {
    private DelimitedTextWriter() {
    }

    public static long write(Props dataset, List<Column> columns, RowStream rows, OutputStream out, CallContext ctx) throws ConnectorException, IOException {
        if (!dataset.string("compressionCodec", "").isEmpty() && !dataset.string("compressionCodec", "").equalsIgnoreCase("none")) {
            throw new ConnectorException(Failure.CONFIG, "Writing compressed DelimitedText (" + dataset.string("compressionCodec", "") + ") is not supported here",
                    "Remove the compression of the sink dataset for local runs");
        }
        DelimitedTextStream.Settings s = DelimitedTextStream.Settings.of(dataset);
        String rowEnd = dataset.string("rowDelimiter", "").isEmpty() ? "\n" : dataset.string("rowDelimiter", "");
        Charset cs = Charset.forName(dataset.string("encodingName", "UTF-8"));
        Writer w = new BufferedWriter(new OutputStreamWriter(out, cs), 1 << 16);
        if (s.header()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) w.write(s.delimiter());
                w.write(field(columns.get(i).name(), s));
            }
            w.write(rowEnd);
        }
        long n = 0;
        for (Object[] row = rows.next(); row != null; row = rows.next()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) w.write(s.delimiter());
                Object v = i < row.length ? row[i] : null;
                w.write(v == null ? s.nullValue() : field(v.toString(), s));
            }
            w.write(rowEnd);
            if (++n % 10_000 == 0) ctx.checkCancelled();
        }
        w.flush();
        return n;
    }

    private static String field(String v, DelimitedTextStream.Settings s) {
        boolean needs = v.indexOf(s.delimiter()) >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (s.quote() >= 0 && v.indexOf(s.quote()) >= 0) || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        if (!needs || s.quote() < 0) return v;
        char q = (char) s.quote();
        char e = s.escape() >= 0 ? (char) s.escape() : q;
        StringBuilder b = new StringBuilder(v.length() + 2).append(q);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == q || (c == e && e != q)) b.append(e);
            b.append(c);
        }
        return b.append(q).toString();
    }
}
