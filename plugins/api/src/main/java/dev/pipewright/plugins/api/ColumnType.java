package dev.pipewright.plugins.api;

/** Column types as previews show them; values are Java String, Long, Double/BigDecimal, Boolean, temporal or byte[]. */
public enum ColumnType {
    /** Untyped text (CSV): the preview infers a type from the values. */
    TEXT,
    STRING, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, BINARY,
    /** A nested JSON object or array, shown as JSON text. */
    OBJECT
}
