package dev.pipewright.plugin.files.format;

import dev.pipewright.plugin.files.SeekableFile;
import dev.pipewright.plugin.files.format.parquet.ParquetRows;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Opens a file's rows by the dataset's format: DelimitedText, Json (document, array or lines), Parquet, Binary (a listing). */
public final class Formats {
    public static final Set<String> TYPES = Set.of("DelimitedText", "Json", "Binary", "Parquet");

    private Formats() {
    }

    public static boolean isBinary(String datasetType) {
        return "Binary".equals(datasetType);
    }

    public static boolean isParquet(String datasetType) {
        return "Parquet".equals(datasetType);
    }

    /**
     * The rows of a Parquet file, read from its end (the footer) and then only the pages the rows need. The
     * dataset's {@code compressionCodec} is for writing: like ADF, the codec is read from the file.
     */
    public static RowStream parquet(SeekableFile file, String name, long limit, AutoCloseable owner, CallContext ctx) throws ConnectorException {
        return ParquetRows.open(file, name, limit, owner, ctx);
    }

    /**
     * The rows of one file, streamed. {@code owner} is closed with the stream (a session, a connection).
     */
    public static RowStream open(DatasetSpec ds, InputStream raw, String file, long limit, AutoCloseable owner) throws ConnectorException {
        Props p = ds.properties();
        try {
            requireRows(ds.type());
        } catch (ConnectorException e) {
            closeAll(raw, owner);
            throw e;
        }
        if (isParquet(ds.type())) {
            closeAll(raw, owner);
            throw new IllegalArgumentException("Parquet is read through Formats.parquet (it needs random access)");
        }
        InputStream in = decompress(raw, p.string("compressionCodec", "none"), file);
        return switch (ds.type()) {
            case "DelimitedText" -> new DelimitedTextStream(reader(in, p.string("encodingName", "UTF-8")), DelimitedTextStream.Settings.of(p), file, limit, owner);
            default -> JsonRowStream.open(reader(in, p.string("encodingName", "UTF-8")), file, limit, owner);
        };
    }

    /** Fails with {@link Failure#CONFIG} for dataset types whose rows cannot be read here (Excel, Avro …). */
    public static void requireRows(String datasetType) throws ConnectorException {
        if (datasetType.equals("DelimitedText") || datasetType.equals("Json") || datasetType.equals("Parquet")) return;
        throw new ConnectorException(Failure.CONFIG, "Dataset type " + datasetType + " cannot be previewed", "Preview DelimitedText, Json, Parquet or Binary datasets");
    }

    /** A Binary dataset: one row per file in the folder matching the file name (or all files). */
    public static RowStream listing(List<Entry> entries, String fileName) {
        java.nio.file.PathMatcher m = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + (fileName == null ? "*" : fileName));
        Iterator<Entry> it = entries.stream().filter(e -> m.matches(java.nio.file.Path.of(e.name()))).iterator();
        List<Column> cols = List.of(new Column("name", ColumnType.STRING), new Column("kind", ColumnType.STRING), new Column("size", ColumnType.INTEGER));
        return new RowStream() {
            @Override
            public List<Column> columns() {
                return cols;
            }

            @Override
            public Object[] next() {
                if (!it.hasNext()) return null;
                Entry e = it.next();
                return new Object[]{e.name(), e.kind(), e.size() < 0 ? null : e.size()};
            }

            @Override
            public void close() {
            }
        };
    }

    static InputStream decompress(InputStream in, String codec, String file) throws ConnectorException {
        try {
            return switch (codec.toLowerCase(Locale.ROOT)) {
                case "none", "" -> in;
                case "gzip" -> new GZIPInputStream(in, 65536);
                case "deflate" -> new InflaterInputStream(in);
                default -> throw new ConnectorException(Failure.CONFIG, "Compression " + codec + " is not supported for preview",
                        "Use gzip, deflate or none");
            };
        } catch (java.util.zip.ZipException e) {
            throw new ConnectorException(Failure.FORMAT, file + " is not " + codec + " data: " + e.getMessage(),
                    "Check the dataset's compression type", e);
        } catch (IOException e) {
            throw ConnectorException.classify(e, file);
        }
    }

    /** A decoder that fails on bytes that are not in the encoding (a wrong encoding must not show garbage). */
    static Reader reader(InputStream in, String encoding) throws ConnectorException {
        Charset cs;
        try {
            cs = Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ConnectorException(Failure.CONFIG, "Unknown encoding " + encoding, "Use an encoding ADF lists, e.g. UTF-8, ISO-8859-1, WINDOWS-1252");
        }
        return new InputStreamReader(new BufferedInputStream(in, 65536), cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Closes a stream and its owner, ignoring failures (the rows are read or abandoned). */
    static void closeAll(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            if (c == null) continue;
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing more to read
            }
        }
    }
}
