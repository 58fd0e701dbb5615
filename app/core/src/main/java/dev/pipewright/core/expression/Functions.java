package dev.pipewright.core.expression;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The names ADF's expression language knows: the functions of azure-docs "Expressions and functions"
 * (reference §6) and the accessors (pipeline, activity, variables, item, dataset, linkedService, trigger …).
 * Names are matched ignoring case, as ADF does ({@code utcnow()} works).
 */
public final class Functions {
    /** In ADF's spelling, for messages and "did you mean". */
    private static final Set<String> SPELLED = new TreeSet<>(Set.of(
            // accessors, then string, collection, logical, conversion, math and date functions
            "pipeline", "activity", "variables", "item", "dataset", "linkedService", "trigger", "triggerBody", "triggerOutputs",
            "concat", "endsWith", "guid", "indexOf", "lastIndexOf", "replace", "split", "startsWith", "substring", "toLower",
            "toUpper", "trim", "contains", "empty", "first", "intersection", "join", "last", "length", "skip", "take", "union",
            "and", "equals", "greater", "greaterOrEquals", "if", "less", "lessOrEquals", "not", "or", "array", "base64",
            "base64ToBinary", "base64ToString", "binary", "bool", "coalesce", "createArray", "dataUri", "dataUriToBinary",
            "dataUriToString", "decodeBase64", "decodeDataUri", "decodeUriComponent", "encodeUriComponent", "float", "int", "json",
            "string", "uriComponent", "uriComponentToBinary", "uriComponentToString", "xml", "xpath", "add", "div", "max", "min",
            "mod", "mul", "rand", "range", "sub", "addDays", "addHours", "addMinutes", "addSeconds", "addToTime", "convertFromUtc",
            "convertTimeZone", "convertToUtc", "dayOfMonth", "dayOfWeek", "dayOfYear", "formatDateTime", "getFutureTime",
            "getPastTime", "startOfDay", "startOfHour", "startOfMonth", "subtractFromTime", "ticks", "utcNow"));
    private static final Set<String> NAMES = SPELLED.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private Functions() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Every known name in ADF's spelling, sorted. */
    public static Set<String> spellings() {
        return SPELLED;
    }
}
