package dev.pipewright.core.merge;

/**
 * A plain three-way line merge, diff3 style (as git merges text): for files that are not ADF resources, and for
 * resource files that are not valid JSON. Lines compare with their line breaks; identical changes on both sides
 * merge; changes on both sides with no unchanged line between them conflict.
 */
public final class TextMerge {
    private TextMerge() {
    }

    /** @param base the common ancestor's text, or null when there is none (both sides added the file) */
    public static MergeResult merge(String base, String ours, String theirs) {
        return new MergeResult(TextOutcome.merge(base, ours, theirs), true);
    }
}
