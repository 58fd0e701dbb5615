package dev.pipewright.plugin.files.format;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADF's DelimitedText settings, read as the file streams in. */
class DelimitedTextTest {
    static RowStream open(String type, Props settings, InputStream in) throws ConnectorException {
        return Formats.open(new DatasetSpec("DS", type, settings, null, null), in, "f.csv", -1, null);
    }

    static RowStream csv(Props settings, String text) throws ConnectorException {
        return open("DelimitedText", settings, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headerQuotesAndBackslashEscapesAsAdfDefaults() throws Exception {
        RowStream rs = csv(Props.of("firstRowAsHeader", true), "id,name,note\r\n1,\"Mug, ceramic\",\"say \\\"hi\\\"\"\r\n2,Tea,\n");
        assertEquals(List.of("id", "name", "note"), rs.columns().stream().map(Column::name).toList());
        List<Object[]> rows = drain(rs);
        assertArrayEquals(new Object[]{"1", "Mug, ceramic", "say \"hi\""}, rows.get(0));
        assertArrayEquals(new Object[]{"2", "Tea", null}, rows.get(1), "an empty value is the default null value");
    }

    @Test
    void withoutHeaderColumnsAreProp0Prop1() throws Exception {
        RowStream rs = csv(Props.EMPTY, "a,b\nc,d\n");
        assertEquals(List.of("Prop_0", "Prop_1"), rs.columns().stream().map(Column::name).toList());
        assertEquals(2, drain(rs).size());
    }

    @Test
    void otherDelimitersQuoteAsEscapeNullValueAndMultiLineValues() throws Exception {
        Props p = Props.of("firstRowAsHeader", true, "columnDelimiter", "|", "rowDelimiter", "\n", "quoteChar", "'", "escapeChar", "'", "nullValue", "NULL");
        List<Object[]> rows = drain(csv(p, "a|b\n'it''s'|NULL\n'two\nlines'|x\n"));
        assertArrayEquals(new Object[]{"it's", null}, rows.get(0));
        assertArrayEquals(new Object[]{"two\nlines", "x"}, rows.get(1));
    }

    @Test
    void noQuoteCharacterKeepsQuotes() throws Exception {
        List<Object[]> rows = drain(csv(Props.of("quoteChar", "", "columnDelimiter", "\t"), "\"a\"\tb\n"));
        assertArrayEquals(new Object[]{"\"a\"", "b"}, rows.get(0));
    }

    @Test
    void gzipAndDeflateAreDecompressed() throws Exception {
        byte[] text = "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text);
        }
        ByteArrayOutputStream df = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(df)) {
            out.write(text);
        }
        Props header = Props.of("firstRowAsHeader", true);
        assertEquals("2", drain(open("DelimitedText", header.with(Props.of("compressionCodec", "gzip")), new ByteArrayInputStream(gz.toByteArray()))).get(0)[1]);
        assertEquals("2", drain(open("DelimitedText", header.with(Props.of("compressionCodec", "deflate")), new ByteArrayInputStream(df.toByteArray()))).get(0)[1]);
        failure(Failure.FORMAT, () -> open("DelimitedText", Props.of("compressionCodec", "gzip"), new ByteArrayInputStream(text)));
    }

    @Test
    void encodingIsTheDatasetsAndWrongBytesAreAFormatFailure() throws Exception {
        byte[] latin = "name\nCafé\n".getBytes(Charset.forName("ISO-8859-1"));
        Props p = Props.of("firstRowAsHeader", true, "encodingName", "ISO-8859-1");
        assertEquals("Café", drain(open("DelimitedText", p, new ByteArrayInputStream(latin))).get(0)[0]);
        ConnectorException e = failure(Failure.FORMAT, () -> open("DelimitedText", Props.of("firstRowAsHeader", true), new ByteArrayInputStream(latin)));
        assertTrue(e.hint().contains("encodingName"), e.hint());
        failure(Failure.CONFIG, () -> open("DelimitedText", Props.of("encodingName", "NOT-A-CHARSET"), new ByteArrayInputStream(latin)));
    }

    @Test
    void badCsvSaysWhereAndWhy() {
        ConnectorException open = failure(Failure.FORMAT, () -> csv(Props.of("firstRowAsHeader", true), "a,b\n1,\"never closed\n2,3\n"));
        assertTrue(open.getMessage().contains("line 2") && open.getMessage().contains("not closed"), open.getMessage());
        ConnectorException wide = failure(Failure.FORMAT, () -> csv(Props.of("firstRowAsHeader", true), "a,b\n1,2\n3,4,5\n"));
        assertTrue(wide.getMessage().contains("line 3 has 3 columns, but the header has 2"), wide.getMessage());
        failure(Failure.CONFIG, () -> csv(Props.of("columnDelimiter", ";;"), "a"));
    }

    @Test
    void previewNeverReadsPastTheRowsAskedFor() throws Exception {
        // an endless file: reading it whole would never finish
        InputStream endless = new InputStream() {
            private final byte[] row = "1,some text,3.5\n".getBytes(StandardCharsets.US_ASCII);
            private long at;

            @Override
            public int read() {
                return row[(int) (at++ % row.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) b[off + i] = (byte) read();
                return len;
            }
        };
        RowStream rs = Formats.open(new DatasetSpec("DS", "DelimitedText", Props.EMPTY, null, null), endless, "endless.csv", 100, null);
        assertEquals(100, drain(rs).size());
    }
}
