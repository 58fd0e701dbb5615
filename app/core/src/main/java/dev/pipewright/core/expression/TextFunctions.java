package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.Locale;
import java.util.UUID;

import static dev.pipewright.core.expression.Library.define;

/** String functions. startsWith, endsWith, indexOf and lastIndexOf ignore case, as ADF's documentation says. */
final class TextFunctions {
    private TextFunctions() {
    }

    static void register() {
        define("concat", 1, -1, c -> {
            StringBuilder sb = new StringBuilder();
            c.args().forEach(a -> sb.append(Values.asString(a)));
            return Values.text(sb.toString());
        });
        define("startsWith", 2, 2, c -> bool(lower(c.text(0)).startsWith(lower(c.text(1)))));
        define("endsWith", 2, 2, c -> bool(lower(c.text(0)).endsWith(lower(c.text(1)))));
        define("indexOf", 2, 2, c -> Values.number(lower(c.text(0)).indexOf(lower(c.text(1)))));
        define("lastIndexOf", 2, 2, c -> Values.number(lower(c.text(0)).lastIndexOf(lower(c.text(1)))));
        define("guid", 0, 1, c -> Values.text(guid(UUID.randomUUID().toString(), c.optionalText(0))));
        define("replace", 3, 3, c -> Values.text(c.text(0).replace(c.text(1), c.text(2))));
        define("split", 2, 2, c -> {
            ArrayNode parts = Values.NODES.arrayNode();
            String text = c.text(0);
            String separator = c.text(1);
            if (separator.isEmpty()) {
                parts.add(text);
                return parts;
            }
            int from = 0;
            for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
                parts.add(text.substring(from, at));
                from = at + separator.length();
            }
            parts.add(text.substring(from));
            return parts;
        });
        define("substring", 2, 3, c -> {
            String text = c.text(0);
            int start = (int) c.integer(1);
            int length = c.args().size() > 2 ? (int) c.integer(2) : text.length() - start;
            if (start < 0 || length < 0 || start + length > text.length()) {
                throw new EvaluationException("substring: start " + start + " and length " + length + " do not fit in a string of length " + text.length());
            }
            return Values.text(text.substring(start, start + length));
        });
        define("toLower", 1, 1, c -> Values.text(lower(c.text(0))));
        define("toUpper", 1, 1, c -> Values.text(c.text(0).toUpperCase(Locale.ROOT)));
        define("trim", 1, 1, c -> Values.text(c.text(0).strip()));
    }

    /** .NET Guid formats: N (32 digits), D (default, hyphens), B (braces), P (parentheses). */
    private static String guid(String d, String format) {
        if (format == null || format.equalsIgnoreCase("D")) return d;
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "N" -> d.replace("-", "");
            case "B" -> "{" + d + "}";
            case "P" -> "(" + d + ")";
            default -> throw new EvaluationException("guid: unknown format '" + format + "' (use N, D, B or P)");
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static com.fasterxml.jackson.databind.JsonNode bool(boolean b) {
        return Values.NODES.booleanNode(b);
    }
}
