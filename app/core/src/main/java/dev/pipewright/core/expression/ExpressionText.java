package dev.pipewright.core.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the expressions inside an ADF property value. ADF's rules: a value that starts with {@code @} is one
 * expression (the rest of the string); {@code @@} at the start escapes a literal {@code @}; any other string
 * may interpolate expressions as {@code @{...}} ({@code @@{...}} stays literal text). Text outside them is literal, even when it looks like a
 * function call (a SQL comment mentioning {@code activity('X')} is not a reference).
 */
public final class ExpressionText {
    private ExpressionText() {
    }

    /** The expression bodies in {@code value}, without the leading {@code @} or the {@code @{ }} braces. */
    public static List<String> expressionsIn(String value) {
        if (value.startsWith("@@")) return List.of();
        if (value.startsWith("@") && !value.startsWith("@{")) return List.of(value.substring(1));
        List<String> bodies = new ArrayList<>();
        int i = value.indexOf("@{");
        while (i >= 0) {
            if (i > 0 && value.charAt(i - 1) == '@') { // "@@{" is a literal "@{"
                i = value.indexOf("@{", i + 2);
                continue;
            }
            int end = closingBrace(value, i + 2);
            if (end < 0) break; // unterminated: ADF reports it as a syntax error; nothing to read here
            bodies.add(value.substring(i + 2, end));
            i = value.indexOf("@{", end + 1);
        }
        return bodies;
    }

    /** Index of the brace closing an interpolation opened before {@code from}; string literals are skipped. -1: none. */
    static int closingBrace(String s, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\'') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\'') i++; // '' is an escaped quote
                    else inString = false;
                }
            } else if (c == '\'') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }
}
