package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.form.Choice;

import java.util.List;
import java.util.function.Predicate;

/**
 * One field of the trigger form: its id ({@code trigger-<key>}), label, path below the resource's root, what kind of
 * control it is and the rules of its values. {@link TriggerForm} reads and writes it.
 */
public record TriggerField(String key, String label, String path, Kind kind, List<Choice> choices, int min, int max, String hint,
                           Predicate<JsonNode> shownWhen) {
    public enum Kind {
        /** One line of text; empty removes the member. */
        TEXT,
        /** A whole number from {@code min} to {@code max}. */
        INT,
        /** One of {@code choices}. */
        CHOICE,
        /** A Windows time zone name (typed or picked). */
        ZONE,
        /** A date and time in the trigger's time zone. */
        TIME,
        /** A comma-separated list of whole numbers from {@code min} to {@code max}. */
        NUMBERS,
        /** Any of {@code choices}: check boxes, a JSON list of the values ticked. */
        MULTI,
        /** A check box. */
        BOOL,
        /** A time span ({@code hh:mm:ss}). */
        SPAN,
        /** Week days of the month: {@code First Monday, Last Friday, Every Sunday}. */
        OCCURRENCES
    }

    /** The control's id: {@code trigger-<key>}. */
    public String id() {
        return "trigger-" + key;
    }

    public boolean shown(JsonNode root) {
        return shownWhen.test(root);
    }
}
