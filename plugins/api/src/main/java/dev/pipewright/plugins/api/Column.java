package dev.pipewright.plugins.api;

/**
 * One column of a row stream.
 *
 * @param name the column's name
 * @param type its type; {@link ColumnType#TEXT} for untyped text formats (the host infers from the rows)
 */
public record Column(String name, ColumnType type) {
}
