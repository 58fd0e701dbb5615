package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What else changes, in the same undoable edit, when a field gets a new value: picking a Copy source dataset
 * rewrites the source for that dataset's store and format, choosing an authentication type resets its fields.
 */
@FunctionalInterface
public interface Follow {
    /** The further changes; {@code target} is the edited object before the edit, {@code value} the field's new JSON. */
    List<Change> after(Form form, JsonNode target, JsonNode value);
}
