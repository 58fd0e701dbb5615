package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How to settle one conflict ({@link MergeResult#resolve}): take our value, theirs, the base's, or a value of one's
 * own. Taking a side where the member is absent removes it; so does {@link #remove()}.
 *
 * @param choice which
 * @param value  for {@link Choice#VALUE}: the value (null removes the member); for a text merge a string holding the
 *               lines to write
 */
public record Resolution(Choice choice, JsonNode value) {
    public enum Choice { OURS, THEIRS, BASE, VALUE }

    public static final Resolution OURS = new Resolution(Choice.OURS, null);
    public static final Resolution THEIRS = new Resolution(Choice.THEIRS, null);
    public static final Resolution BASE = new Resolution(Choice.BASE, null);

    public Resolution {
        if (choice != Choice.VALUE && value != null) throw new IllegalArgumentException("Only a VALUE resolution carries a value");
    }

    public static Resolution value(JsonNode value) {
        return new Resolution(Choice.VALUE, value);
    }

    public static Resolution remove() {
        return new Resolution(Choice.VALUE, null);
    }

    /** The value this resolution picks for a conflict (null: absent). */
    JsonNode pick(JsonNode base, JsonNode ours, JsonNode theirs) {
        return switch (choice) {
            case OURS -> ours;
            case THEIRS -> theirs;
            case BASE -> base;
            case VALUE -> value;
        };
    }
}
