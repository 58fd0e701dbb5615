package dev.pipewright.plugins.api;

import java.util.Set;

/**
 * A connector serves some ADF linked-service and dataset types (test connection, browse, preview, read
 * and write). Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.pipewright.plugins.api.Connector}.
 *
 * <p>The SPI is versioned by {@link #SPI_VERSION}; a connector built for another major version is
 * reported and not loaded.
 */
public interface Connector {
    /** Major version of this SPI. */
    int SPI_VERSION = 1;

    /** A short stable id, e.g. {@code sqlite}, {@code azure-blob}. */
    String id();

    /** The SPI version the connector was built against. */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /** ADF linked-service {@code properties.type} values served, e.g. {@code AzureBlobStorage}. */
    Set<String> linkedServiceTypes();

    /** ADF dataset {@code properties.type} values served, e.g. {@code DelimitedText}. */
    Set<String> datasetTypes();
}
