package dev.pipewright.plugins.api;

import java.util.Locale;

/**
 * One column of a row stream.
 *
 * @param name     the column's name
 * @param type     its type; {@link ColumnType#TEXT} for untyped text formats (the host infers from the rows)
 * @param typeName the store's own name for the type when it has a finer one, e.g. ADF's interim types for a
 *                 Parquet column ({@code Int32}, {@code DateTime}, {@code Byte[]}); empty when none
 */
public record Column(String name, ColumnType type, String typeName) {
    public Column {
        typeName = typeName == null ? "" : typeName;
    }

    public Column(String name, ColumnType type) {
        this(name, type, "");
    }

    /** How a preview names the type: {@link #typeName()} when given, else the type in lower case ({@code integer}). */
    public String label() {
        return typeName.isEmpty() ? type.name().toLowerCase(Locale.ROOT) : typeName;
    }
}
