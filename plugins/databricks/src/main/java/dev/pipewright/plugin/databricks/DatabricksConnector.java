package dev.pipewright.plugin.databricks;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.RowStream;

import java.util.List;
import java.util.Set;

/**
 * {@code AzureDatabricks} linked services, tested as ADF does: the workspace's REST API at {@code domain} with the
 * access token is asked for the existing cluster ({@code clusters/get}), the instance pool ({@code instance-pools/get})
 * or the runtime versions and node types a new job cluster needs. The managed identity (MSI) has no token here: a
 * personal access token in the profile binding ({@code "accessTokenEnv"}) stands in for it. Stand-ins:
 * {@code {"url": "http://127.0.0.1:8443"}} replaces the domain; {@code {"workspace": "…/workspace.json"}} answers from
 * a file in the API's response shapes, with no network and no token. Databricks is compute: no datasets.
 */
public final class DatabricksConnector implements Connector {
    @Override
    public String id() {
        return "databricks";
    }

    @Override
    public Set<String> linkedServiceTypes() {
        return Set.of("AzureDatabricks");
    }

    @Override
    public Set<String> datasetTypes() {
        return Set.of();
    }

    @Override
    public String testConnection(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        return ComputeChecks.test(ls, Workspace.open(ls, ctx));
    }

    @Override
    public List<Entry> browse(LinkedServiceSpec ls, String path, CallContext ctx) throws ConnectorException {
        return ComputeChecks.browse(Workspace.open(ls, ctx), path);
    }

    @Override
    public RowStream read(DatasetSpec ds, long limit, CallContext ctx) throws ConnectorException {
        throw new ConnectorException(Failure.CONFIG, "Databricks linked services are compute, not data; preview a dataset",
                "Preview a dataset of a data store (the tables a notebook reads or writes)");
    }
}
