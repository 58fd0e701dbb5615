package dev.pipewright.plugin.jdbc;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query written for the real database, run against its SQLite stand-in, which has no schemas: a qualified table
 * after FROM or JOIN ({@code etl.Watermark}, {@code [dbo].[Stores]}, {@code "public"."members"}) becomes the stand-in's
 * table by the rule for a table dataset — {@code schema_table} if it exists, else {@code table} if that exists;
 * anything else is left as written.
 */
final class StandInQuery {
    private static final String NAME = "(\\[[^\\]]+\\]|\"[^\"]+\"|`[^`]+`|\\w+)";
    private static final Pattern QUALIFIED = Pattern.compile("(?i)\\b(FROM|JOIN)(\\s+)" + NAME + "\\." + NAME + "(?![\\w.\\[\"`])");

    private StandInQuery() {
    }

    static String rewrite(String query, Predicate<String> tableExists) {
        Matcher m = QUALIFIED.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String schema = unquote(m.group(3)), table = unquote(m.group(4));
            String standIn = tableExists.test(schema + "_" + table) ? schema + "_" + table : tableExists.test(table) ? table : null;
            String replacement = standIn == null ? m.group() : m.group(1) + m.group(2) + "\"" + standIn.replace("\"", "\"\"") + "\"";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unquote(String name) {
        char first = name.charAt(0);
        return first == '[' || first == '"' || first == '`' ? name.substring(1, name.length() - 1) : name;
    }
}
