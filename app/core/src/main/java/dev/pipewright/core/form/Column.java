package dev.pipewright.core.form;

import java.util.List;

/**
 * One column of a table field. {@code path} is read inside each row ({@code "value"}, {@code "source/name"});
 * {@link #KEY} is the member name of an object table (a parameter's name) and {@link #SELF} the row itself
 * (a list of strings). A {@link Field.Value} says how typed text becomes JSON; a typed column takes its JSON
 * type from the column at {@code typeFrom} (a parameter's default follows its type).
 */
public record Column(String label, String path, Field.Value value, List<Choice> choices, String typeFrom) {
    public static final String KEY = "#key";
    public static final String SELF = "";

    public static Column key(String label) {
        return new Column(label, KEY, Field.Value.PLAIN, List.of(), null);
    }

    public static Column text(String label, String path, Field.Value value) {
        return new Column(label, path, value, List.of(), null);
    }

    public static Column choice(String label, String path, List<Choice> choices) {
        return new Column(label, path, Field.Value.PLAIN, choices, null);
    }

    /** A value whose JSON type is named by the column at {@code typeFrom} (String, Int, Bool, Array …). */
    public static Column typed(String label, String path, String typeFrom, Field.Value value) {
        return new Column(label, path, value, List.of(), typeFrom);
    }

    public boolean isKey() {
        return KEY.equals(path);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }
}
