package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the merge and the semantic diff agree on about JSON trees: when two values are the same, and how a place in
 * a resource is named ({@code properties.activities[CP_Sales].policy.timeout}).
 */
public final class JsonTrees {
    /** Numbers compare by value (the reader makes {@code 1} an int and {@code 1.0} a long; JavaScript has one number). */
    private static final Comparator<JsonNode> VALUES = (x, y) -> x.equals(y)
            || (x.isNumber() && y.isNumber() && x.doubleValue() == y.doubleValue()) ? 0 : 1;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$@-]+");
    private static final Pattern PLAIN_NAME = Pattern.compile("[^\\[\\]\"]+");

    private JsonTrees() {
    }

    /**
     * Whether two values are the same JSON (null is "absent" and equals only null). Object key order does not count:
     * reordering keys changes no value.
     */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        return a == b || a.equals(VALUES, b);
    }

    /** {@code parent.key}; a key that is not a plain word is quoted: {@code parent["a.b"]}. */
    public static String key(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) return parent.isEmpty() ? key : parent + "." + key;
        return parent + "[" + quote(key) + "]";
    }

    /** {@code parent[name]}: the element of a named array ({@link NamedArrays}); quoted when it holds {@code [ ] "}. */
    public static String element(String parent, String name) {
        return parent + "[" + (PLAIN_NAME.matcher(name).matches() ? name : quote(name)) + "]";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The keys of {@code ours} in order, with each key only {@code theirs} has placed after the key before it there —
     * and after what only ours has at that place, so where both sides added at the same place ours come first.
     */
    public static List<String> combinedOrder(List<String> ours, List<String> theirs) {
        List<String> order = new ArrayList<>(ours);
        Set<String> inTheirs = new HashSet<>(theirs);
        int cursor = 0;
        for (String key : theirs) {
            int at = order.indexOf(key);
            if (at >= 0) {
                cursor = at + 1;
            } else {
                while (cursor < order.size() && !inTheirs.contains(order.get(cursor))) cursor++;
                order.add(cursor++, key);
            }
        }
        return order;
    }
}
