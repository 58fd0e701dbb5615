package dev.pipewright.plugin.files;

import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;

import java.io.InputStream;
import java.util.List;

/**
 * A tree of folders and files: a local folder, a blob account (containers are the top folders), an SFTP
 * server. Paths use '/' and have no leading slash; "" is the top.
 */
public interface FileStore extends AutoCloseable {
    /** What this store is, for messages, e.g. {@code "folder demo-data/landing"} (no secrets). */
    String describe();

    /** The folders and files directly in {@code folder}, sorted by name; {@link dev.pipewright.plugins.api.Failure#NOT_FOUND} when it does not exist. */
    List<Entry> list(String folder) throws ConnectorException;

    /** The file's bytes, streamed. */
    InputStream open(String file) throws ConnectorException;

    /**
     * The file read at any position (Parquet). By default a bounded temporary copy of {@link #open}; stores that
     * can read parts of a file (a folder, blob ranges, SFTP offsets) override it.
     */
    default SeekableFile openSeekable(String file) throws ConnectorException {
        return SeekableFile.copyOf(open(file), file, SeekableFile.MAX_COPY_BYTES);
    }

    @Override
    default void close() {
    }

    /** {@code folder/name} without doubled or leading slashes. */
    static String join(String folder, String name) {
        String f = trim(folder);
        String n = trim(name);
        if (f.isEmpty()) return n;
        return n.isEmpty() ? f : f + "/" + n;
    }

    static String trim(String path) {
        if (path == null) return "";
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }
}
