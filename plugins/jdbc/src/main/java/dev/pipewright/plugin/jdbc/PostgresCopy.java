package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.RowStream;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * Rows into a PostgreSQL table with {@code COPY … FROM STDIN (FORMAT csv)}, the way {@code psql \copy} loads them,
 * inside the copy's transaction. The rows are turned into CSV as the server reads them: nothing is held in memory
 * beyond one buffer. An unquoted empty field is NULL, a quoted one the empty string.
 */
final class PostgresCopy {
    private PostgresCopy() {
    }

    static long copy(Connection c, String table, List<Column> columns, RowStream rows, CallContext ctx) throws SQLException, ConnectorException {
        StringBuilder sql = new StringBuilder("COPY ").append(table).append(" (");
        for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "" : ", ").append('"').append(columns.get(i).name().replace("\"", "\"\"")).append('"');
        sql.append(") FROM STDIN WITH (FORMAT csv)");
        CsvRows in = new CsvRows(rows, columns.size(), ctx);
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.toString(), in);
        } catch (IOException e) {
            if (in.failure != null) throw in.failure;
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** The rows as CSV text, produced as the reader is read. */
    private static final class CsvRows extends Reader {
        private final RowStream rows;
        private final int width;
        private final CallContext ctx;
        private final StringBuilder buf = new StringBuilder(1 << 16);
        private int pos;
        private boolean done;
        private long count;
        ConnectorException failure;

        CsvRows(RowStream rows, int width, CallContext ctx) {
            this.rows = rows;
            this.width = width;
            this.ctx = ctx;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            while (pos >= buf.length()) {
                if (done) return -1;
                buf.setLength(0);
                pos = 0;
                fill();
            }
            int n = Math.min(len, buf.length() - pos);
            buf.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        private void fill() throws IOException {
            try {
                while (buf.length() < (1 << 15)) {
                    Object[] row = rows.next();
                    if (row == null) {
                        done = true;
                        return;
                    }
                    for (int i = 0; i < width; i++) {
                        if (i > 0) buf.append(',');
                        field(i < row.length ? row[i] : null);
                    }
                    buf.append('\n');
                    if (++count % 10_000 == 0) ctx.checkCancelled();
                }
            } catch (ConnectorException e) {
                failure = e;
                throw new IOException(e.getMessage(), e);
            }
        }

        private void field(Object v) {
            if (v == null) return;
            String s = v instanceof byte[] b ? "\\x" + HexFormat.of().formatHex(b) : v.toString();
            boolean quote = s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
            if (!quote) {
                buf.append(s);
                return;
            }
            buf.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') buf.append('"');
                buf.append(ch);
            }
            buf.append('"');
        }

        @Override
        public void close() {
        }
    }
}
