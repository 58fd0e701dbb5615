package dev.pipewright.core.expression;

import java.util.Set;

/**
 * The names ADF's expression language knows: the functions of azure-docs "Expressions and functions"
 * (reference §6) and the accessors (pipeline, activity, variables, item, dataset, linkedService, trigger …),
 * as the evaluator defines them. Names are matched ignoring case, as ADF does ({@code utcnow()} works).
 */
public final class Functions {
    private Functions() {
    }

    public static boolean isKnown(String name) {
        return Library.isDefined(name);
    }

    /** Every known name in ADF's spelling, sorted. */
    public static Set<String> spellings() {
        return Library.spellings();
    }
}
