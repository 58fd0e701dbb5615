package dev.pipewright.plugin.files;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * ADF's {@code FileServer} linked service: a Windows share or a local path on the IR's machine. Here: the
 * stand-in folder of the profile binding, or {@code host} itself when it is a folder on this machine.
 */
public final class FilesConnector extends FileConnectorBase {
    @Override
    public String id() {
        return "files";
    }

    @Override
    public Set<String> linkedServiceTypes() {
        return Set.of("FileServer");
    }

    @Override
    protected FileStore connect(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        String host = ls.properties().require("host", "File system linked service " + ls.name());
        Path path = host.startsWith("\\\\") ? null : ls.baseDir().resolve(host);
        if (path == null || !Files.isDirectory(path)) {
            throw new ConnectorException(host.startsWith("\\\\") ? Failure.CONFIG : Failure.NOT_FOUND,
                    "Folder " + host + " is not on this machine",
                    "Bind a local folder in the profile: \"localEndpoint\": {\"folder\": \"demo-data/files\"}");
        }
        return LocalFileStore.open(path, host);
    }
}
