package dev.pipewright.plugin.jdbc;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.RowStream;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The rows of a query, fetched as they are read. Closing it closes the statement and the connection. */
final class JdbcRows implements RowStream {
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rs;
    private final List<Column> columns = new ArrayList<>();
    private final String what;

    JdbcRows(Connection connection, Statement statement, ResultSet rs, String what) throws SQLException {
        this.connection = connection;
        this.statement = statement;
        this.rs = rs;
        this.what = what;
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) columns.add(new Column(md.getColumnLabel(i), type(md.getColumnType(i), md.getColumnTypeName(i))));
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Object[] next() throws ConnectorException {
        try {
            if (!rs.next()) return null;
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) row[i] = value(rs.getObject(i + 1));
            return row;
        } catch (SQLException e) {
            throw SqlErrors.of(e, what);
        }
    }

    static Object value(Object v) {
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime();
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof java.sql.Time t) return t.toLocalTime();
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof byte[]) return v;
        return v.toString();
    }

    static ColumnType type(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> ColumnType.INTEGER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> ColumnType.DECIMAL;
            case Types.BIT, Types.BOOLEAN -> ColumnType.BOOLEAN;
            case Types.DATE -> ColumnType.DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ColumnType.BINARY;
            default -> typeName != null && typeName.toLowerCase(java.util.Locale.ROOT).startsWith("json") ? ColumnType.OBJECT : ColumnType.STRING;
        };
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[]{rs, statement, connection}) {
            try {
                c.close();
            } catch (Exception ignored) {
                // released anyway
            }
        }
    }
}
