package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The functions an expression can call, by lower-case name, with their arity. */
final class Library {
    /** A function's body: its evaluated arguments and the scope. */
    @FunctionalInterface
    interface Body {
        JsonNode apply(Call call);
    }

    /** One call being evaluated. */
    record Call(String name, List<JsonNode> args, Scope scope) {
        JsonNode arg(int i) {
            return args.get(i);
        }

        String text(int i) {
            return Values.asText(args.get(i), name);
        }

        long integer(int i) {
            return Values.asInteger(args.get(i), name);
        }

        double number(int i) {
            return Values.asNumber(args.get(i), name);
        }

        /** The optional format argument at {@code i}, or null. */
        String optionalText(int i) {
            return args.size() > i && !args.get(i).isNull() ? text(i) : null;
        }
    }

    private record Entry(int min, int max, Body body) {
    }

    private static final Map<String, Entry> FUNCTIONS = new HashMap<>();
    private static final Set<String> SPELLINGS = new TreeSet<>();

    static {
        define("pipeline", 0, 0, c -> c.scope().pipeline());
        define("activity", 1, 1, c -> c.scope().activity(c.text(0)));
        define("variables", 1, 1, c -> c.scope().variable(c.text(0)));
        define("item", 0, 0, c -> c.scope().item());
        define("dataset", 0, 0, c -> c.scope().dataset());
        define("linkedService", 0, 0, c -> c.scope().linkedService());
        define("trigger", 0, 0, c -> c.scope().trigger());
        define("triggerBody", 0, 0, c -> c.scope().triggerBody());
        define("triggerOutputs", 0, 0, c -> c.scope().trigger().path("outputs"));
        TextFunctions.register();
        CollectionFunctions.register();
        LogicFunctions.register();
        ConversionFunctions.register();
        DateFunctions.register();
    }

    private Library() {
    }

    /** Registers a function; {@code max} -1 for any number of arguments. */
    static void define(String name, int min, int max, Body body) {
        FUNCTIONS.put(name.toLowerCase(Locale.ROOT), new Entry(min, max, body));
        SPELLINGS.add(name);
    }

    static JsonNode call(String name, List<JsonNode> args, Scope scope) {
        Entry e = FUNCTIONS.get(name.toLowerCase(Locale.ROOT));
        if (e == null) throw new EvaluationException("'" + name + "' is not a function of ADF's expression language");
        if (args.size() < e.min() || (e.max() >= 0 && args.size() > e.max())) {
            String expected = e.min() == e.max() ? String.valueOf(e.min()) : e.max() < 0 ? "at least " + e.min() : e.min() + " to " + e.max();
            throw new EvaluationException(name + " takes " + expected + " argument" + (expected.equals("1") ? "" : "s") + ", got " + args.size());
        }
        return e.body().apply(new Call(name, args, scope));
    }

    static boolean isDefined(String name) {
        return FUNCTIONS.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Every function in ADF's spelling, sorted. */
    static Set<String> spellings() {
        return Collections.unmodifiableSet(SPELLINGS);
    }
}
