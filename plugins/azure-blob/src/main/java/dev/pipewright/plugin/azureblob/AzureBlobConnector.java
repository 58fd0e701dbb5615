package dev.pipewright.plugin.azureblob;

import dev.pipewright.plugin.files.FileConnectorBase;
import dev.pipewright.plugin.files.FileStore;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.util.Set;

/**
 * {@code AzureBlobStorage} and {@code AzureBlobFS} (ADLS Gen2, read through its blob endpoint) with the Azure
 * Storage SDK: connection string (account key inline or separate), account key with the account URL, and SAS
 * URI (+ token). Tested against Azurite; the binding may give another connection string or SAS URI, or a folder.
 */
public final class AzureBlobConnector extends FileConnectorBase {
    @Override
    public String id() {
        return "azure-blob";
    }

    @Override
    public Set<String> linkedServiceTypes() {
        return Set.of("AzureBlobStorage", "AzureBlobFS");
    }

    @Override
    protected FileStore connect(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        return BlobStore.open(ls, ctx);
    }
}
