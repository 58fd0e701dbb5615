package dev.pipewright.plugin.files.format;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Json datasets: an array of documents, one document per line, or a single document. */
class JsonFormatTest {
    private static RowStream json(String text) throws Exception {
        return DelimitedTextTest.open("Json", Props.EMPTY, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void arrayOfDocumentsIsOneRowEachWithTypedColumns() throws Exception {
        RowStream rs = json("[{\"id\": 1, \"price\": 2.5, \"ok\": true, \"tags\": [\"a\"]}, {\"id\": 2, \"name\": \"two\"}]");
        assertEquals(List.of(new Column("id", ColumnType.INTEGER), new Column("price", ColumnType.DECIMAL), new Column("ok", ColumnType.BOOLEAN),
                new Column("tags", ColumnType.OBJECT), new Column("name", ColumnType.STRING)), rs.columns());
        List<Object[]> rows = drain(rs);
        assertEquals("[\"a\"]", rows.get(0)[3]);
        assertEquals("two", rows.get(1)[4]);
    }

    @Test
    void documentPerLineAndSingleDocument() throws Exception {
        assertEquals(3, drain(json("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}\n")).size());
        assertEquals(1, drain(json("{\"base\": \"USD\", \"rates\": {\"EUR\": 0.9}}")).size());
    }

    @Test
    void invalidJsonSaysWhere() {
        var e = failure(Failure.FORMAT, () -> drain(json("[{\"a\": 1}, {\"a\": ]")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
