package dev.pipewright.plugin.files.format;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a DelimitedText file with ADF's settings, parsed as they stream in: nothing past the rows asked
 * for is read. A malformed file (an unclosed quote, a row with more columns than the header, bytes not in
 * the encoding) fails with the line where it happens.
 */
final class DelimitedTextStream implements RowStream {
    private static final int MAX_ROW_CHARS = 16 * 1024 * 1024;

    /**
     * ADF's DelimitedText settings.
     *
     * @param delimiter column delimiter (default {@code ,})
     * @param rowDelimiter a single row delimiter character, or -1 for any of \r\n, \r, \n (ADF's default on read)
     * @param quote quote character or -1 for none (default {@code "})
     * @param escape escape character or -1 for none (default {@code \})
     * @param header first row as header (default false: columns Prop_0, Prop_1 …)
     * @param nullValue the text that means null (default empty)
     */
    record Settings(char delimiter, int rowDelimiter, int quote, int escape, boolean header, String nullValue) {
        static Settings of(Props p) throws ConnectorException {
            String col = p.string("columnDelimiter", ",");
            if (col.length() != 1) throw setting("columnDelimiter", col);
            String row = p.string("rowDelimiter", "");
            int rowChar = row.isEmpty() || row.equals("\n") || row.equals("\r\n") || row.equals("\r") ? -1 : row.length() == 1 ? row.charAt(0) : -2;
            if (rowChar == -2) throw setting("rowDelimiter", row);
            return new Settings(col.charAt(0), rowChar, single(p, "quoteChar", "\""), single(p, "escapeChar", "\\"),
                    p.bool("firstRowAsHeader", false), p.string("nullValue", ""));
        }

        private static int single(Props p, String key, String fallback) throws ConnectorException {
            Object raw = p.raw(key);
            String v = raw == null ? fallback : raw.toString();
            if (v.isEmpty()) return -1;
            if (v.length() != 1) throw setting(key, v);
            return v.charAt(0);
        }

        private static ConnectorException setting(String key, String value) {
            return new ConnectorException(Failure.CONFIG, key + " \"" + value.replace("\n", "\\n").replace("\r", "\\r") + "\" is not a single character",
                    "ADF takes one character here (or an empty string for none)");
        }
    }

    private final Reader in;
    private final Settings s;
    private final String file;
    private final long limit;
    private final AutoCloseable owner;
    private final char[] buf = new char[65536];
    private int pos;
    private int len;
    private int pushed = -2;
    private long line = 1;
    private long rows;
    private final List<Column> columns = new ArrayList<>();
    private List<String> first;

    DelimitedTextStream(Reader in, Settings s, String file, long limit, AutoCloseable owner) throws ConnectorException {
        this.in = in;
        this.s = s;
        this.file = file;
        this.limit = limit;
        this.owner = owner;
        try {
            List<String> head = record();
            if (head == null) return;
            for (int i = 0; i < head.size(); i++) {
                String name = s.header ? head.get(i) : null;
                columns.add(new Column(name == null || name.isBlank() ? "Prop_" + i : name, ColumnType.TEXT));
            }
            if (!s.header) first = head;
        } catch (ConnectorException e) {
            close();
            throw e;
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Object[] next() throws ConnectorException {
        if (limit >= 0 && rows >= limit) return null;
        long at = line;
        List<String> r = first != null ? first : record();
        first = null;
        if (r == null) return null;
        if (r.size() > columns.size()) {
            throw new ConnectorException(Failure.FORMAT, file + " line " + at + " has " + r.size() + " columns, but "
                    + (s.header ? "the header has " : "the first row has ") + columns.size(),
                    "Check the column delimiter (" + printable(s.delimiter) + ") and quote character, or fix the row");
        }
        rows++;
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < r.size(); i++) row[i] = r.get(i);
        return row;
    }

    /** One record's fields, null at the end of the file; blank lines are skipped. */
    private List<String> record() throws ConnectorException {
        while (true) {
            int c = read();
            if (c == -1) return null;
            if (isRowEnd(c)) continue;
            return fields(c);
        }
    }

    private List<String> fields(int c) throws ConnectorException {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        long start = line;
        while (true) {
            if (sb.length() > MAX_ROW_CHARS) {
                throw new ConnectorException(Failure.FORMAT, file + " line " + start + " is longer than 16 MB",
                        "Check the row delimiter and quote character");
            }
            if (inQuotes) {
                if (c == -1) {
                    throw new ConnectorException(Failure.FORMAT, file + " line " + start + ": a quoted value is not closed before the end of the file",
                            "Check the quote (" + printable((char) s.quote) + ") and escape characters");
                }
                if (c == s.escape && s.escape != s.quote) {
                    int n = read();
                    if (n != -1) sb.append((char) n);
                } else if (c == s.quote) {
                    if (s.escape == s.quote) {
                        int n = read();
                        if (n == s.quote) {
                            sb.append((char) n);
                        } else {
                            inQuotes = false;
                            c = n;
                            continue;
                        }
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') line++;
                    sb.append((char) c);
                }
            } else if (c == -1 || isRowEnd(c)) {
                fields.add(value(sb, quoted));
                return fields;
            } else if (c == s.delimiter) {
                fields.add(value(sb, quoted));
                sb.setLength(0);
                quoted = false;
            } else if (c == s.quote && sb.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (c == s.escape && s.escape != s.quote) {
                int n = read();
                if (n != -1) sb.append((char) n);
            } else {
                sb.append((char) c);
            }
            c = read();
        }
    }

    private String value(StringBuilder sb, boolean quoted) {
        String v = sb.toString();
        return !quoted && v.equals(s.nullValue) ? null : v;
    }

    private boolean isRowEnd(int c) throws ConnectorException {
        if (s.rowDelimiter >= 0) {
            if (c == '\n') line++;
            return c == s.rowDelimiter;
        }
        if (c == '\n') {
            line++;
            return true;
        }
        if (c == '\r') {
            int n = read();
            if (n != '\n') pushed = n;
            line++;
            return true;
        }
        return false;
    }

    private int read() throws ConnectorException {
        if (pushed != -2) {
            int c = pushed;
            pushed = -2;
            return c;
        }
        if (pos == len) {
            try {
                len = in.read(buf);
            } catch (CharacterCodingException e) {
                throw new ConnectorException(Failure.FORMAT, file + " line " + line + " has bytes that are not valid in the dataset's encoding",
                        "Set the dataset's encoding (encodingName) to the file's, e.g. UTF-8 or WINDOWS-1252", e);
            } catch (IOException e) {
                throw ConnectorException.classify(e, file);
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private static String printable(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> String.valueOf(c);
        };
    }

    @Override
    public void close() {
        Formats.closeAll(in, owner);
    }
}
