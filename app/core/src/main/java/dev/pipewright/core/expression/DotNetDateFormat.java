package dev.pipewright.core.expression;

import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formats a {@link Timestamp} with a .NET date-time format string (en-US, as ADF's documented outputs show), which is what ADF's
 * {@code formatDateTime} and the date functions take: standard formats ({@code o}, {@code s}, {@code u}, …) and
 * custom ones ({@code yyyy-MM-dd HH:mm:ss.fff}, {@code 'literal'}, {@code \}-escapes).
 */
final class DotNetDateFormat {
    private DotNetDateFormat() {
    }

    static String format(Timestamp ts, String format) {
        String f = format == null || format.isEmpty() ? "o" : format;
        return custom(ts, f.length() == 1 ? standard(f) : f);
    }

    private static String standard(String f) {
        return switch (f) {
            case "o", "O" -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
            case "s" -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
            case "u" -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
            case "d" -> "M/d/yyyy";
            case "D" -> "dddd, MMMM d, yyyy";
            case "t" -> "h:mm tt";
            case "T" -> "h:mm:ss tt";
            case "f" -> "dddd, MMMM d, yyyy h:mm tt";
            case "F" -> "dddd, MMMM d, yyyy h:mm:ss tt";
            case "g" -> "M/d/yyyy h:mm tt";
            case "G" -> "M/d/yyyy h:mm:ss tt";
            case "m", "M" -> "MMMM d";
            case "y", "Y" -> "MMMM yyyy";
            case "r", "R" -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
            default -> throw new EvaluationException("'" + f + "' is not a .NET standard date-time format");
        };
    }

    private static String custom(Timestamp ts, String f) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c == '\'' || c == '"') {
                int end = f.indexOf(c, i + 1);
                if (end < 0) throw new EvaluationException("the quoted text in format '" + f + "' is not closed");
                out.append(f, i + 1, end);
                i = end + 1;
            } else if (c == '\\' && i + 1 < f.length()) {
                out.append(f.charAt(i + 1));
                i += 2;
            } else if (c == '%' && i + 1 < f.length()) {
                i++; // "%d": a one-letter custom format
            } else {
                int run = 1;
                while (i + run < f.length() && f.charAt(i + run) == c) run++;
                out.append(field(ts, c, run, f));
                i += run;
            }
        }
        return out.toString();
    }

    private static String field(Timestamp ts, char c, int n, String f) {
        var t = ts.time();
        return switch (c) {
            case 'y' -> n <= 2 ? pad(t.getYear() % 100, n) : pad(t.getYear(), n);
            case 'M' -> n <= 2 ? pad(t.getMonthValue(), n) : t.getMonth().getDisplayName(n == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
            case 'd' -> n <= 2 ? pad(t.getDayOfMonth(), n) : t.getDayOfWeek().getDisplayName(n == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
            case 'H' -> pad(t.getHour(), Math.min(n, 2));
            case 'h' -> pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, Math.min(n, 2));
            case 'm' -> pad(t.getMinute(), Math.min(n, 2));
            case 's' -> pad(t.getSecond(), Math.min(n, 2));
            case 'f', 'F' -> fraction(t.getNano(), n, c == 'F', f);
            case 't' -> (t.getHour() < 12 ? "AM" : "PM").substring(0, Math.min(n, 2));
            case 'z' -> offset(ts, n);
            case 'K' -> ts.offset() == null ? "" : ts.offset().getTotalSeconds() == 0 ? "Z" : ts.offset().getId();
            case 'g' -> "A.D.";
            default -> String.valueOf(c).repeat(n);
        };
    }

    private static String fraction(int nanos, int n, boolean trimZeros, String f) {
        if (n > 7) throw new EvaluationException("format '" + f + "' asks for more than 7 fractional digits");
        String digits = String.format("%09d", nanos).substring(0, n);
        if (!trimZeros) return digits;
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') end--;
        return digits.substring(0, end);
    }

    private static String offset(Timestamp ts, int n) {
        int seconds = ts.offset() == null ? 0 : ts.offset().getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        int minutes = Math.abs(seconds) / 60;
        String hours = n == 1 ? String.valueOf(minutes / 60) : pad(minutes / 60, 2);
        return sign + hours + (n >= 3 ? ":" + pad(minutes % 60, 2) : "");
    }

    private static String pad(int value, int width) {
        String s = String.valueOf(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
