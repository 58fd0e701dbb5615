package dev.pipewright.plugin.files;

import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A folder on this machine. Paths never leave it. */
public final class LocalFileStore implements FileStore {
    private final Path root;
    private final String label;

    public LocalFileStore(Path root, String label) {
        this.root = root.toAbsolutePath().normalize();
        this.label = label;
    }

    /** Checks that the root is a readable folder. */
    public static LocalFileStore open(Path root, String label) throws ConnectorException {
        if (!Files.isDirectory(root)) {
            throw new ConnectorException(Failure.NOT_FOUND, "Folder " + label + " does not exist",
                    "Create the folder or correct the path (relative paths start at the environment profile's folder)");
        }
        if (!Files.isReadable(root)) {
            throw new ConnectorException(Failure.PERMISSION, "Folder " + label + " cannot be read", "Check the folder's permissions");
        }
        return new LocalFileStore(root, label);
    }

    @Override
    public String describe() {
        return "folder " + label;
    }

    @Override
    public List<Entry> list(String folder) throws ConnectorException {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new ConnectorException(Failure.NOT_FOUND, "Folder " + shown(folder) + " does not exist in " + describe(),
                    "Check the container and folder path");
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.comparing(Path::toString))::iterator) {
                String name = p.getFileName().toString();
                boolean dirEntry = Files.isDirectory(p);
                entries.add(new Entry(name, dirEntry ? "folder" : "file", FileStore.join(folder, name), dirEntry ? -1 : Files.size(p)));
            }
        } catch (IOException e) {
            throw ConnectorException.classify(e, "folder " + shown(folder));
        }
        return entries;
    }

    @Override
    public InputStream open(String file) throws ConnectorException {
        Path p = file(file);
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw ConnectorException.classify(e, "file " + shown(file) + " in " + describe());
        }
    }

    @Override
    public SeekableFile openSeekable(String file) throws ConnectorException {
        Path p = file(file);
        try {
            return SeekableFile.local(p);
        } catch (IOException e) {
            throw ConnectorException.classify(e, "file " + shown(file) + " in " + describe());
        }
    }

    private Path file(String file) throws ConnectorException {
        Path p = resolve(file);
        if (Files.isDirectory(p)) {
            throw new ConnectorException(Failure.CONFIG, shown(file) + " is a folder, not a file", "Give a file name in the dataset");
        }
        return p;
    }

    private Path resolve(String path) throws ConnectorException {
        Path p = root.resolve(FileStore.trim(path)).normalize();
        if (!p.startsWith(root)) {
            throw new ConnectorException(Failure.CONFIG, "Path " + path + " leaves " + describe(), "Use a path inside the folder");
        }
        return p;
    }

    private static String shown(String path) {
        return FileStore.trim(path).isEmpty() ? "/" : FileStore.trim(path);
    }
}
