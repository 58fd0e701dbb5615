package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A member both sides changed in different ways (or one deleted and the other changed, or both added differently).
 *
 * @param path   where, readable and unique in the merge: {@code properties.activities[CP_Sales].policy.timeout}
 *               ({@link JsonTrees}); {@code ""} is the whole file. For a text merge {@code line N}: the conflict
 *               starts at line N of ours.
 * @param base   the value in the common ancestor, null when absent there (both sides added it)
 * @param ours   our value, null when we deleted it
 * @param theirs their value, null when they deleted it
 * @param line   the 1-based line of the {@code <<<<<<<} marker around it in {@link MergeResult#textWithMarkers()}
 *               (several conflicts on adjacent lines share one pair of markers)
 *               For a text merge the values are strings holding the lines of each side.
 */
public record MergeConflict(String path, JsonNode base, JsonNode ours, JsonNode theirs, int line) {
    /** One side deleted the member and the other changed it. */
    public boolean deleteAgainstChange() {
        return base != null && (ours == null || theirs == null);
    }

    /** Both sides added the member, with different values. */
    public boolean bothAdded() {
        return base == null;
    }
}
