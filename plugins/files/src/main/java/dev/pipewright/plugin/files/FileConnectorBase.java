package dev.pipewright.plugin.files;

import dev.pipewright.plugin.files.format.DelimitedTextWriter;
import dev.pipewright.plugin.files.format.Formats;
import dev.pipewright.plugin.files.format.JsonWriter;
import dev.pipewright.plugin.files.format.parquet.ParquetRowWriter;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;
import dev.pipewright.plugins.api.WriteRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

/**
 * A connector for a store of folders and files: test connection lists the top, browse lists a folder, read
 * finds the dataset's file (its location; a wildcard or no file name takes the first match) and parses it
 * with the dataset's format. A profile binding {@code "localEndpoint": {"folder": "…"}} makes any such
 * store a local folder.
 */
public abstract class FileConnectorBase implements Connector {
    /** The file formats ADF datasets of file stores use. */
    protected static final Set<String> FILE_DATASETS = Formats.TYPES;

    /** Connects to the real store (or its stand-in endpoint, which {@code ls.localEndpoint()} describes). */
    protected abstract FileStore connect(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException;

    /** The store: the stand-in folder when the profile binds one, else {@link #connect}. */
    protected FileStore store(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        if (ls.localEndpoint().has("folder")) {
            Path folder = ls.localPath("folder").orElseThrow();
            return LocalFileStore.open(folder, ls.localEndpoint().string("folder", ""));
        }
        return connect(ls, ctx);
    }

    @Override
    public Set<String> datasetTypes() {
        return FILE_DATASETS;
    }

    @Override
    public String testConnection(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        try (FileStore store = store(ls, ctx)) {
            int n = store.list(rootFolder(ls)).size();
            return store.describe() + ": " + n + (n == 1 ? " entry" : " entries") + " at the top";
        }
    }

    /** The folder test connection lists; the linked service may point below the store's top. */
    protected String rootFolder(LinkedServiceSpec ls) {
        return "";
    }

    @Override
    public List<Entry> browse(LinkedServiceSpec ls, String path, CallContext ctx) throws ConnectorException {
        try (FileStore store = store(ls, ctx)) {
            return store.list(FileStore.join(rootFolder(ls), path));
        }
    }

    @Override
    public RowStream read(DatasetSpec ds, long limit, CallContext ctx) throws ConnectorException {
        FileStore store = store(ds.linkedService(), ctx);
        try {
            Props location = ds.properties().child("location");
            String folder = FileStore.join(rootFolder(ds.linkedService()), folderOf(location));
            String fileName = location.string("fileName").orElse(null);
            if (Formats.isBinary(ds.type())) return Formats.listing(store.list(folder), fileName);
            Formats.requireRows(ds.type());
            String file = pick(store, folder, fileName);
            ctx.progress("reading " + file);
            if (Formats.isParquet(ds.type())) return Formats.parquet(store.openSeekable(file), file, limit, store, ctx);
            InputStream in = store.open(file);
            ctx.onCancel(() -> closeQuietly(in));
            return Formats.open(ds, in, file, limit, store);
        } catch (ConnectorException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Writes a DelimitedText, Json (one object per line) or Parquet dataset into a local folder stand-in: to a temporary file beside the target, moved into
     * place when every row is written, so a failed or cancelled copy leaves the old file (or none).
     */
    @Override
    public long write(DatasetSpec ds, WriteRequest request, RowStream rows, CallContext ctx) throws ConnectorException {
        LinkedServiceSpec ls = ds.linkedService();
        boolean json = ds.type().equals("Json");
        boolean parquet = ds.type().equals("Parquet");
        if (!ds.type().equals("DelimitedText") && !json && !parquet) {
            throw new ConnectorException(Failure.CONFIG, "Local runs write DelimitedText, Json and Parquet files only, not " + ds.type(),
                    "Copy into a DelimitedText, Json, Parquet or SQL dataset");
        }
        Path root = standInFolder(ls);
        Props location = ds.properties().child("location");
        String fileName = location.string("fileName").orElse("");
        if (fileName.contains("*") || fileName.contains("?")) {
            throw new ConnectorException(Failure.CONFIG, "Sink dataset " + ds.name() + " names its file with a wildcard", "Set the location's file name");
        }
        if (fileName.isEmpty()) { // a folder: ADF names the file it writes data_<guid>
            fileName = "data_" + java.util.UUID.randomUUID() + (parquet ? ".parquet" : json ? ".json" : ".txt");
            ctx.progress("writing " + fileName);
        }
        Path target = root.resolve(FileStore.join(FileStore.join(rootFolder(ls), folderOf(location)), fileName)).normalize();
        if (!target.startsWith(root)) throw new ConnectorException(Failure.CONFIG, "The sink file lies outside the stand-in folder", "");
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            long n;
            if (parquet) {
                Files.delete(tmp); // the Parquet writer creates its file
                n = ParquetRowWriter.write(request.columns(), ds.properties().string("compressionCodec", ""), rows, tmp, ctx);
            } else {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    n = json ? JsonWriter.write(request.columns(), rows, out, ctx) : DelimitedTextWriter.write(ds.properties(), request.columns(), rows, out, ctx);
                }
            }
            ctx.checkCancelled();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return n;
        } catch (IOException e) {
            throw new ConnectorException(Failure.OTHER, "Cannot write " + fileName + ": " + e.getMessage(), "Check the folder's permissions and free space");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover .partial file is hidden and harmless
                }
            }
        }
    }

    /** Deletes a file of a local folder stand-in (a path browse returned); folders are not deleted. */
    @Override
    public void delete(LinkedServiceSpec ls, String path, CallContext ctx) throws ConnectorException {
        Path root = standInFolder(ls);
        Path target = root.resolve(FileStore.trim(path)).normalize();
        if (!target.startsWith(root) || target.equals(root)) throw new ConnectorException(Failure.CONFIG, "Cannot delete " + path + ": it is not a file of the stand-in folder", "");
        if (Files.isDirectory(target)) throw new ConnectorException(Failure.CONFIG, "Delete removes files; " + path + " is a folder", "");
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new ConnectorException(Failure.PERMISSION, "Cannot delete " + path + ": " + e.getMessage(), "Check the folder's permissions");
        }
    }

    private static Path standInFolder(LinkedServiceSpec ls) throws ConnectorException {
        if (!ls.localEndpoint().has("folder")) {
            throw new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " has no local folder stand-in to change",
                    "Bind one in the profile: \"localEndpoint\": {\"folder\": \"…\"}");
        }
        return ls.localPath("folder").orElseThrow().toAbsolutePath().normalize();
    }

    /** container (or fileSystem) and folderPath of an ADF location. */
    static String folderOf(Props location) {
        String top = location.string("container").or(() -> location.string("fileSystem")).or(() -> location.string("bucketName")).orElse("");
        return FileStore.join(top, location.string("folderPath", ""));
    }

    /** The file itself, or the first file in the folder that matches a wildcard (or any file when none is given). */
    static String pick(FileStore store, String folder, String fileName) throws ConnectorException {
        if (fileName != null && fileName.indexOf('*') < 0 && fileName.indexOf('?') < 0) return FileStore.join(folder, fileName);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + (fileName == null ? "*" : fileName));
        for (Entry e : store.list(folder)) {
            boolean hidden = e.name().startsWith(".") && (fileName == null || !fileName.startsWith("."));
            if (e.kind().equals("file") && !hidden && m.matches(Path.of(e.name()))) return e.path();
        }
        throw new ConnectorException(Failure.NOT_FOUND, "No file in " + (folder.isEmpty() ? "/" : folder)
                + (fileName == null ? "" : " matches " + fileName), "Check the dataset's folder path and file name");
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // aborting a read: the reader sees the closed stream
        }
    }
}
