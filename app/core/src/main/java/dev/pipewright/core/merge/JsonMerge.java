package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

/**
 * The JSON-aware three-way merge of an ADF resource file. Objects merge by key (our key order, then the keys only
 * theirs has at their place there), arrays of named things by name ({@link NamedArrays}), other arrays as whole
 * values. Changes on both sides to different members merge; the same member changed two ways, or deleted on one
 * side and changed on the other, is a conflict; identical changes are not. Formatting does not count: files are
 * compared as trees and the merge is written in ADF's exact format.
 * <p>
 * When an input is not JSON, or holds something a tree would lose (comments), or cannot be trusted as a tree
 * (a key twice, invalid UTF-8), the files are merged line by line instead ({@link TextMerge}) and
 * {@link MergeResult#fellBackToText()} says so.
 */
public final class JsonMerge {
    private JsonMerge() {
    }

    /**
     * @param base   the common ancestor's text; null or empty when there is none (both sides added the file): then
     *               what both have alike is kept and what they added differently conflicts
     * @param ours   our text (git's {@code %A}, the side being merged into)
     * @param theirs their text
     */
    public static MergeResult merge(String base, String ours, String theirs) {
        boolean noBase = base == null || base.isEmpty();
        JsonNode baseTree = noBase ? null : tree(base);
        JsonNode oursTree = tree(ours);
        JsonNode theirsTree = tree(theirs);
        if ((!noBase && baseTree == null) || oursTree == null || theirsTree == null) {
            return TextMerge.merge(noBase ? null : base, ours, theirs);
        }
        return merge(baseTree, oursTree, theirsTree);
    }

    /** Merges trees already read (the studio's open resources); null base: both sides added it. */
    public static MergeResult merge(JsonNode base, JsonNode ours, JsonNode theirs) {
        return new MergeResult(new JsonOutcome(TreeMerge.merge(base, ours, theirs), ours), false);
    }

    /** The tree of a text, or null when merging it as a tree could lose or invent something. */
    private static JsonNode tree(String text) {
        ParsedJson parsed = JsonReader.read(text, "merge");
        if (parsed.root() == null) return null;
        for (Problem p : parsed.problems()) {
            if (p.isError() || p.code().equals(ProblemCode.JSON_COMMENT.code())) return null;
        }
        return parsed.root();
    }
}
