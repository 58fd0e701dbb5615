package dev.pipewright.runtime.connect;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Infers the type of untyped text columns (CSV) from the previewed values: the narrowest type all of them fit. */
final class ColumnTypes {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final ColumnType[] ORDER = {ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.TIMESTAMP};

    private ColumnTypes() {
    }

    static List<Column> infer(List<Column> columns, List<Object[]> rows) {
        List<Column> out = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            out.add(col.type() == ColumnType.TEXT ? new Column(col.name(), infer(rows, c)) : col);
        }
        return out;
    }

    private static ColumnType infer(List<Object[]> rows, int c) {
        boolean any = false;
        boolean[] fits = {true, true, true, true, true};
        for (Object[] row : rows) {
            Object v = c < row.length ? row[c] : null;
            if (v == null || v.toString().isEmpty()) continue;
            any = true;
            String s = v.toString().trim();
            for (int i = 0; i < ORDER.length; i++) if (fits[i] && !fits(ORDER[i], s)) fits[i] = false;
        }
        if (!any) return ColumnType.STRING;
        for (int i = 0; i < ORDER.length; i++) if (fits[i]) return ORDER[i];
        return ColumnType.STRING;
    }

    private static boolean fits(ColumnType t, String s) {
        try {
            switch (t) {
                case INTEGER:
                    return INTEGER.matcher(s).matches();
                case DECIMAL:
                    return DECIMAL.matcher(s).matches();
                case BOOLEAN:
                    return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
                case DATE:
                    LocalDate.parse(s);
                    return true;
                default:
                    if (s.length() < 16) return false;
                    try {
                        OffsetDateTime.parse(s);
                    } catch (DateTimeParseException e) {
                        LocalDateTime.parse(s.replace(' ', 'T'));
                    }
                    return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
