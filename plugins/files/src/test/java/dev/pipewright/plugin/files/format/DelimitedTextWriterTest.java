package dev.pipewright.plugin.files.format;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static dev.pipewright.plugins.testkit.Expect.drain;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the writer writes, the reader reads back the same, with ADF's quoting and escaping. */
class DelimitedTextWriterTest {
    private static RowStream rows(List<Column> columns, Object[]... rows) {
        Deque<Object[]> left = new ArrayDeque<>(List.of(rows));
        return new RowStream() {
            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public Object[] next() {
                return left.poll();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void quotesWhatNeedsItAndReadsBack() throws Exception {
        List<Column> cols = List.of(new Column("id", ColumnType.INTEGER), new Column("note", ColumnType.STRING));
        Object[][] data = {{1L, "plain"}, {2L, "a, b"}, {3L, "say \"hi\""}, {4L, "two\nlines"}, {5L, " padded "}, {6L, null}};
        Props settings = Props.of("firstRowAsHeader", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = DelimitedTextWriter.write(settings, cols, rows(cols, data), out, CallContext.of(Duration.ofSeconds(5)));
        assertEquals(6, n);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("id,note\n1,plain\n2,\"a, b\"\n3,\"say \\\"hi\\\"\"\n", text.substring(0, text.indexOf("4,")));
        List<Object[]> back = drain(DelimitedTextTest.csv(settings, text));
        assertEquals(6, back.size());
        for (int i = 0; i < data.length; i++) assertArrayEquals(new Object[]{String.valueOf(data[i][0]), data[i][1]}, back.get(i));
    }
}
