package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One scope of activities: the pipeline's top level, a branch of an If or Switch, one iteration of a ForEach
 * or Until. Activity outcomes are the frame's own; an inner activity also sees those of the frames around it.
 */
final class Frame {
    private final Frame parent;
    private final Map<String, ActivityOutcome> outcomes = new ConcurrentHashMap<>();
    private final JsonNode item;
    private final String label;

    private Frame(Frame parent, JsonNode item, String label) {
        this.parent = parent;
        this.item = item;
        this.label = label;
    }

    static Frame top() {
        return new Frame(null, null, "");
    }

    /** A branch or iteration inside {@code container}; {@code item} null keeps the outer item. */
    Frame inner(String container, JsonNode item) {
        String l = label.isEmpty() ? container : label + "/" + container;
        return new Frame(this, item, l);
    }

    String label() {
        return label;
    }

    void put(String activity, ActivityOutcome outcome) {
        outcomes.put(activity.toLowerCase(Locale.ROOT), outcome);
    }

    /** This frame's own outcome of the activity, or null. */
    ActivityOutcome own(String activity) {
        return outcomes.get(activity.toLowerCase(Locale.ROOT));
    }

    /** The outcome seen from here: this frame's, else the nearest outer frame's. */
    ActivityOutcome find(String activity) {
        for (Frame f = this; f != null; f = f.parent) {
            ActivityOutcome o = f.own(activity);
            if (o != null) return o;
        }
        return null;
    }

    /** The nearest ForEach or Filter item, or null. */
    JsonNode item() {
        for (Frame f = this; f != null; f = f.parent) if (f.item != null) return f.item;
        return null;
    }
}
