package dev.pipewright.core.codec;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a JSON tree byte for byte as ADF Studio does: {@code JSON.stringify(value, null, "\t")} — tab
 * indentation, {@code ": "} after keys, {@code []}/{@code {}} for empty containers, LF, no BOM, no trailing
 * newline, raw UTF-8, JavaScript number form. {@link #minified} is {@code JSON.stringify(value)}, the form
 * ADF writes {@code publish_config.json} in.
 */
public final class AdfJsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AdfJsonWriter() {
    }

    public static String pretty(JsonNode node) {
        StringBuilder sb = new StringBuilder(1024);
        write(node, sb, 0, true);
        return sb.toString();
    }

    public static String minified(JsonNode node) {
        StringBuilder sb = new StringBuilder(256);
        write(node, sb, 0, false);
        return sb.toString();
    }

    /**
     * Appends {@code node} as {@link #pretty} writes it when it sits {@code depth} levels deep in a document (its
     * inner lines indented by {@code depth + 1} tabs, its closing bracket by {@code depth}); no indentation before it.
     */
    public static void pretty(JsonNode node, int depth, StringBuilder sb) {
        write(node, sb, depth, true);
    }

    public static byte[] prettyBytes(JsonNode node) {
        return pretty(node).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder sb, int depth, boolean pretty) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, sb, depth, pretty);
            case ARRAY -> writeArray(node, sb, depth, pretty);
            case STRING -> quote(node.textValue(), sb);
            case NUMBER -> sb.append(number(node));
            case BOOLEAN -> sb.append(node.booleanValue());
            case NULL, MISSING -> sb.append("null");
            default -> throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long v = node.longValue();
            if (Math.abs(v) <= (1L << 53)) return Long.toString(v);
        }
        return JsNumbers.format(node.doubleValue());
    }

    private static void writeObject(JsonNode node, StringBuilder sb, int depth, boolean pretty) {
        if (node.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!first) sb.append(',');
            first = false;
            newline(sb, depth + 1, pretty);
            quote(field.getKey(), sb);
            sb.append(pretty ? ": " : ":");
            write(field.getValue(), sb, depth + 1, pretty);
        }
        newline(sb, depth, pretty);
        sb.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder sb, int depth, boolean pretty) {
        if (node.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) sb.append(',');
            newline(sb, depth + 1, pretty);
            write(node.get(i), sb, depth + 1, pretty);
        }
        newline(sb, depth, pretty);
        sb.append(']');
    }

    private static void newline(StringBuilder sb, int depth, boolean pretty) {
        if (!pretty) return;
        sb.append('\n');
        for (int i = 0; i < depth; i++) sb.append('\t');
    }

    /** JSON.stringify's QuoteJSONString (ES2019 well-formed): escapes only what it must. */
    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        unicodeEscape(c, sb);
                    } else {
                        sb.append(c);
                        if (Character.isHighSurrogate(c)) sb.append(s.charAt(++i));
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c); // a low surrogate reached here has no high one before it
    }

    private static void unicodeEscape(char c, StringBuilder sb) {
        sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
