package dev.pipewright.plugins.api;

/**
 * A dataset as a connector sees it, every expression resolved.
 *
 * @param name           the dataset's name
 * @param type           its {@code properties.type}, e.g. {@code DelimitedText}
 * @param properties     its resolved {@code typeProperties} (location, format settings, table …)
 * @param linkedService  its linked service
 * @param query          a query to run instead of reading the table (SQL datasets), or null
 */
public record DatasetSpec(String name, String type, Props properties, LinkedServiceSpec linkedService, String query) {
}
