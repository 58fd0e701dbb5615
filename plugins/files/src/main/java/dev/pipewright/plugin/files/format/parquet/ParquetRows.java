package dev.pipewright.plugin.files.format.parquet;

import dev.pipewright.plugin.files.SeekableFile;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.RowStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.filter2.columnindex.RowRanges;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The rows of a Parquet file, streamed: the footer (schema, row groups) is read from the end of the file, then
 * only the pages that hold the rows asked for — through the file's page index (offset index, written by
 * parquet-java since 1.11 and by Spark) a preview of 100 rows reads the first page of each column, whatever the
 * file's size. A file without a page index is read a row group at a time.
 */
public final class ParquetRows implements RowStream {
    /** A row group of a file without a page index is read whole; past this size the preview is refused. */
    static final long MAX_UNINDEXED_ROW_GROUP = 512L << 20;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private final SeekableFile source;
    private final SeekableInputFile input;
    private final ParquetFileReader reader;
    private final String file;
    private final long limit;
    private final AutoCloseable owner;
    private final CallContext ctx;
    private final MessageColumnIO io;
    private final MessageType schema;
    private final List<Column> columns;
    private RecordReader<Group> records;
    private long leftInGroup;
    private int nextGroup;
    private long produced;

    private ParquetRows(SeekableFile source, String file, long limit, AutoCloseable owner, CallContext ctx) throws ConnectorException, IOException {
        this.source = source;
        this.file = file;
        this.limit = limit;
        this.owner = owner;
        this.ctx = ctx;
        this.input = new SeekableInputFile(source, file);
        checkMagic();
        try {
            this.reader = new ParquetFileReader(input, ParquetReadOptions.builder(new PlainParquetConfiguration())
                    .withCodecFactory(new PureJavaCodecs()).build());
        } catch (SeekableInputFile.StoreException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ConnectorException(Failure.FORMAT, file + " is not a valid Parquet file: its footer cannot be read ("
                    + firstLine(e) + ")", "Check that the file is complete and is Parquet", e);
        }
        this.schema = reader.getFooter().getFileMetaData().getSchema();
        this.io = new ColumnIOFactory().getColumnIO(schema);
        this.columns = ParquetColumns.of(schema);
        checkCodecs();
    }

    /** Opens the file's rows; {@code source} and {@code owner} are closed with the stream (or on failure). */
    public static RowStream open(SeekableFile source, String file, long limit, AutoCloseable owner, CallContext ctx) throws ConnectorException {
        try {
            return new ParquetRows(source, file, limit, owner, ctx);
        } catch (ConnectorException | RuntimeException e) {
            close(source, owner);
            throw e;
        } catch (IOException e) {
            close(source, owner);
            throw failure(e, file);
        }
    }

    private void checkMagic() throws IOException, ConnectorException {
        long length = input.getLength();
        if (length < 12) {
            throw new ConnectorException(Failure.FORMAT, file + " is not a Parquet file: it has only " + length + " bytes",
                    "Check the dataset's file name and format");
        }
        byte[] head = new byte[4];
        byte[] tail = new byte[4];
        readAt(0, head);
        readAt(length - 4, tail);
        if (!Arrays.equals(head, MAGIC)) {
            throw new ConnectorException(Failure.FORMAT, file + " is not a Parquet file: it does not start with Parquet's PAR1 marker",
                    "Check the dataset's file name and format (DelimitedText, Json …)");
        }
        if (!Arrays.equals(tail, MAGIC)) {
            throw new ConnectorException(Failure.FORMAT, file + " is not a complete Parquet file: it does not end with the PAR1 marker (truncated?)",
                    "Check that the file was written completely");
        }
    }

    private void readAt(long position, byte[] into) throws IOException {
        var s = input.newStream();
        s.seek(position);
        s.readFully(into);
    }

    private void checkCodecs() throws ConnectorException {
        TreeSet<String> refused = new TreeSet<>();
        for (BlockMetaData b : reader.getRowGroups()) {
            for (ColumnChunkMetaData c : b.getColumns()) if (!PureJavaCodecs.SUPPORTED.contains(c.getCodec())) refused.add(c.getCodec().name());
        }
        if (refused.isEmpty()) return;
        boolean lzo = refused.contains(CompressionCodecName.LZO.name());
        throw new ConnectorException(Failure.CONFIG, file + " is compressed with " + String.join(", ", refused)
                + ", which preview cannot decompress" + (lzo ? " (ADF's copy does not read LZO Parquet either)" : ""),
                "Write the file with snappy (ADF's default), gzip, zstd, lz4 or no compression");
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Object[] next() throws ConnectorException {
        if (limit >= 0 && produced >= limit) return null;
        try {
            while (leftInGroup == 0) {
                if (nextGroup >= reader.getRowGroups().size()) return null;
                ctx.checkCancelled();
                loadGroup(nextGroup++);
            }
            Group g = records.read();
            leftInGroup--;
            produced++;
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) row[i] = ParquetColumns.value(g, i);
            return row;
        } catch (ConnectorException e) {
            throw e;
        } catch (IOException e) {
            throw failure(e, file);
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof SeekableInputFile.StoreException s) throw failure(s, file);
            }
            throw new ConnectorException(Failure.FORMAT, file + " has data that cannot be read as Parquet (" + firstLine(e) + ")",
                    "Check that the file is not damaged", e);
        }
    }

    private void loadGroup(int index) throws IOException, ConnectorException {
        BlockMetaData block = reader.getRowGroups().get(index);
        long rows = block.getRowCount();
        long want = limit < 0 ? rows : Math.min(rows, limit - produced);
        boolean indexed = block.getColumns().stream().allMatch(c -> c.getOffsetIndexReference() != null);
        ctx.progress("reading row group " + (index + 1) + " of " + reader.getRowGroups().size() + " of " + file);
        PageReadStore pages;
        if (want < rows && indexed) {
            pages = reader.readFilteredRowGroup(index, RowRanges.createSingle(want));
        } else {
            if (!indexed && block.getCompressedSize() > MAX_UNINDEXED_ROW_GROUP) {
                throw new ConnectorException(Failure.CONFIG, file + " has no page index and its row group " + (index + 1) + " is "
                        + (block.getCompressedSize() >> 20) + " MB: preview would have to read all of it",
                        "Write the file with a page index (parquet-java 1.11 or later, Spark 3) or smaller row groups");
            }
            pages = reader.readRowGroup(index);
        }
        records = io.getRecordReader(pages, new GroupRecordConverter(schema));
        leftInGroup = pages.getRowCount();
    }

    /** How many bytes of the file this stream fetched from the store so far. */
    public long bytesFetched() {
        return input.fetched();
    }

    private static ConnectorException failure(IOException e, String file) {
        if (e instanceof SeekableInputFile.StoreException s) return ConnectorException.classify(s.getCause(), file);
        return new ConnectorException(Failure.FORMAT, file + " has data that cannot be read as Parquet (" + firstLine(e) + ")",
                "Check that the file is not damaged", e);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        ctx.progress(String.format(Locale.ROOT, "read %,d of %,d bytes of %s in %,d reads", input.fetched(), input.getLength(), file, source.requests()));
        try {
            reader.close();
        } catch (IOException ignored) {
            // read-only
        }
        close(source, owner);
    }

    private static void close(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            if (c == null) continue;
            try {
                c.close();
            } catch (Exception ignored) {
                // released anyway
            }
        }
    }
}
