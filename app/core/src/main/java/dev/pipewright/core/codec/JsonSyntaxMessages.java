package dev.pipewright.core.codec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON syntax errors in the user's words. The parser says what it expected in its own terms ("Unexpected character
 * ('o' (code 111)): was expecting double-quote to start field name", "[Source: REDACTED …]"); the studio and the CLI
 * say what is wrong in the file and what to write instead. The position goes with the problem, not in the text.
 */
public final class JsonSyntaxMessages {
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\):? ?(.*)", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\s*(?:start marker at )?\\[Source:.*?\\]\\)?", Pattern.DOTALL);

    private JsonSyntaxMessages() {
    }

    /** The parser's message as a sentence a user can act on. */
    public static String plain(String parser) {
        if (parser == null || parser.isBlank()) return "The JSON is not valid here";
        String m = SOURCE.matcher(parser.replace('\n', ' ')).replaceAll("").trim();
        int objectStart = m.indexOf(" (for Object starting at");
        if (objectStart > 0) m = m.substring(0, objectStart);
        Matcher u = UNEXPECTED.matcher(m);
        if (u.matches()) return unexpected(shown(u.group(1), Integer.parseInt(u.group(2))), u.group(3));
        Matcher t = TOKEN.matcher(m);
        if (t.matches()) {
            return "'" + t.group(1) + "' is not a JSON value: text goes in double quotes, and true, false and null are written in lower case";
        }
        Matcher c = CONTROL.matcher(m);
        if (c.matches()) {
            int code = Integer.parseInt(c.group(1));
            String what = code == 10 || code == 13 ? "A line break" : code == 9 ? "A tab" : "A control character (code " + code + ")";
            String escape = code == 10 ? "\\\\n" : code == 13 ? "\\\\r" : code == 9 ? "\\\\t" : String.format("\\\\u%04x", code);
            return what + " inside a string must be written as " + escape;
        }
        if (m.startsWith("Unexpected end-of-input")) {
            String lower = m.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("closing quote")) return "The file ends inside a string: its closing double quote is missing";
            if (lower.contains("array")) return "The file ends before an array is closed: a ']' is missing";
            if (lower.contains("object") || lower.contains("field name")) return "The file ends before an object is closed: a '}' is missing";
            return "The file ends too early: a closing '}', ']' or '\"' is missing";
        }
        if (m.startsWith("Duplicate field")) return m.replace("Duplicate field", "The same key appears twice:");
        if (m.contains("Leading zeroes not allowed")) return "A number starts with 0: write it without leading zeros";
        if (m.startsWith("Non-standard token")) return m.replace("Non-standard token", "Not a JSON number:").replaceAll(":.*enable.*", "");
        return m;
    }

    private static String unexpected(String found, String expecting) {
        String e = expecting.toLowerCase(java.util.Locale.ROOT);
        if (e.contains("double-quote to start field name")) return "Expected a key in double quotes, found " + found
                + (found.equals("'}'") ? " (is there a comma after the last member? remove it)" : "");
        if (e.contains("comma to separate object entries")) return "Expected a comma or '}' after a member, found " + found;
        if (e.contains("comma to separate array entries")) return "Expected a comma or ']' after an array item, found " + found;
        if (e.contains("colon to separate field name and value")) return "Expected ':' after the key, found " + found;
        if (e.contains("expected a value")) return "Expected a value, found " + found
                + (found.equals("']'") || found.equals("'}'") ? " (is there a comma before it? remove it)" : "");
        if (e.contains("expected a valid value")) return found.equals("']'") || found.equals("'}'")
                ? "Expected a value, found " + found + " (is there a comma before it? remove it)"
                : "Expected a value (a string in double quotes, a number, true, false, null, an object or an array), found " + found;
        return "Unexpected " + found + " here";
    }

    /** A character as the user sees it: 'o', or a name for the invisible ones. */
    private static String shown(String raw, int code) {
        return switch (code) {
            case 9 -> "a tab";
            case 10, 13 -> "a line break";
            case 32 -> "a space";
            case 39 -> "a single quote (JSON uses double quotes)";
            default -> code < 32 ? "a control character" : "'" + raw + "'";
        };
    }
}
