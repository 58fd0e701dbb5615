package dev.pipewright.plugins.api;

import java.util.List;
import java.util.Set;

/**
 * A connector serves some ADF linked-service and dataset types: test connection, browse, reading rows
 * (preview is a read with a row limit), and for local runs writing rows and running scripts. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in {@code META-INF/services/dev.pipewright.plugins.api.Connector}.
 *
 * <p>The host has already resolved every expression in the linked service and dataset, chosen the
 * integration runtime and checked that it reaches the store; a connector only talks to the store. It
 * reports failures as {@link ConnectorException} with a {@link Failure} class, honours
 * {@link CallContext#timeout()} and registers what aborts a blocking call with
 * {@link CallContext#onCancel(Runnable)}. It never puts a secret in a message.
 *
 * <p>The SPI is versioned by {@link #SPI_VERSION}; a connector built for another major version is
 * reported and not loaded. See the module's README.md.
 */
public interface Connector {
    /** Major version of this SPI. */
    int SPI_VERSION = 1;

    /** A short stable id, e.g. {@code jdbc}, {@code azure-blob}. */
    String id();

    /** The SPI version the connector was built against. */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /** ADF linked-service {@code properties.type} values served, e.g. {@code AzureBlobStorage}. */
    Set<String> linkedServiceTypes();

    /**
     * ADF dataset {@code properties.type} values served, e.g. {@code DelimitedText}. A dataset is served by the
     * connector of its linked service when that connector lists the dataset's type.
     */
    Set<String> datasetTypes();

    /**
     * Connects and checks the credentials, like ADF's Test connection.
     *
     * @return one line on what was reached, e.g. {@code "PostgreSQL 15.18, database loyalty"}
     */
    String testConnection(LinkedServiceSpec linkedService, CallContext ctx) throws ConnectorException;

    /**
     * What is inside the store at {@code path}: containers, folders and files; or schemas, tables, views and
     * procedures. {@code path} is empty for the top level, else a path returned in an earlier {@link Entry}.
     */
    List<Entry> browse(LinkedServiceSpec linkedService, String path, CallContext ctx) throws ConnectorException;

    /**
     * Opens the dataset's rows as a stream. Reads lazily: a preview of a 10 GB file reads only what the first
     * rows need. {@code limit} caps the rows (SQL connectors put it in the query); {@code -1} for all.
     */
    RowStream read(DatasetSpec dataset, long limit, CallContext ctx) throws ConnectorException;

    /**
     * Writes every row of {@code rows} into the dataset (a copy's sink), all or nothing: in one transaction, or to
     * a temporary file moved into place, so that a failure leaves the sink as it was. Returns the rows written.
     * Connectors that cannot write keep this default, which refuses.
     */
    default long write(DatasetSpec dataset, WriteRequest request, RowStream rows, CallContext ctx) throws ConnectorException {
        throw new ConnectorException(Failure.CONFIG, "Connector " + id() + " does not write " + dataset.type() + " datasets",
                "Local runs copy into the datasets of connectors that write (see docs/runs.md)");
    }

    /** Deletes the file at {@code path} (a path returned by {@link #browse}) for a Delete activity. Default: refuses. */
    default void delete(LinkedServiceSpec linkedService, String path, CallContext ctx) throws ConnectorException {
        throw new ConnectorException(Failure.CONFIG, "Connector " + id() + " does not delete files", "Local runs delete files in local folder stand-ins");
    }

    /** Runs a script (Script activity) against the linked service's database, in one transaction. Default: refuses. */
    default ScriptResult execute(LinkedServiceSpec linkedService, String script, CallContext ctx) throws ConnectorException {
        throw new ConnectorException(Failure.CONFIG, "Connector " + id() + " does not run scripts", "Scripts run against SQL linked services");
    }

    /** One thing found by {@link #browse}: {@code kind} is container, folder, file, schema, table, view or procedure. */
    record Entry(String name, String kind, String path, long size) {
        public Entry {
            if (size < 0) size = -1;
        }

        public boolean isLeaf() {
            return !kind.equals("container") && !kind.equals("folder") && !kind.equals("schema");
        }
    }
}
