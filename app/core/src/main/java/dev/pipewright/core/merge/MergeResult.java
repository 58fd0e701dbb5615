package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a three-way merge ({@link JsonMerge}, {@link TextMerge}): the merged file when it is clean, and
 * otherwise its conflicts, the file with conflict markers around them, and a way to settle them one by one.
 * Immutable; {@link #resolve} returns a new result.
 */
public final class MergeResult {
    /** What a JSON-tree merge and a line merge each provide. */
    interface Outcome {
        List<MergeConflict> conflicts();

        String mergedText();

        String textWithMarkers();

        JsonNode merged();

        boolean sameAsOurs();

        Outcome resolve(Map<String, Resolution> resolutions);
    }

    private final Outcome outcome;
    private final boolean fellBackToText;

    MergeResult(Outcome outcome, boolean fellBackToText) {
        this.outcome = outcome;
        this.fellBackToText = fellBackToText;
    }

    /** True when nothing conflicts: {@link #mergedText()} is the merge. */
    public boolean clean() {
        return outcome.conflicts().isEmpty();
    }

    /**
     * The merged file: for a JSON merge in ADF's exact format ({@code AdfJsonWriter}: tabs, LF, no final line break),
     * whatever the formatting of the inputs; for a text merge the merged lines as they were. While conflicts remain,
     * each takes our side (see {@link #textWithMarkers()} for the file to fix by hand).
     */
    public String mergedText() {
        return outcome.mergedText();
    }

    /** The conflicts left, in file order. */
    public List<MergeConflict> conflicts() {
        return outcome.conflicts();
    }

    /**
     * The merged file with git-style conflict markers ({@code <<<<<<< ours}, {@code ||||||| base}, {@code =======},
     * {@code >>>>>>> theirs}) around the lines of each conflicting member only. Keeping one side of every conflict
     * and deleting the markers leaves valid JSON. Equal to {@link #mergedText()} when clean.
     */
    public String textWithMarkers() {
        return clean() ? mergedText() : outcome.textWithMarkers();
    }

    /** True when an input was not JSON (or not readable as such without losing content) and lines were merged instead. */
    public boolean fellBackToText() {
        return fellBackToText;
    }

    /**
     * The merged tree (a copy the caller may change), each remaining conflict taking our side (absent when we deleted
     * it); null for a text merge.
     */
    public JsonNode merged() {
        JsonNode merged = outcome.merged();
        return merged == null ? null : merged.deepCopy();
    }

    /**
     * True when the merge is clean and has our content: the file on our side needs no rewrite (a save writes only
     * what changed, whatever the formatting on disk, as {@code FactoryWriter} does).
     */
    public boolean sameAsOurs() {
        return clean() && outcome.sameAsOurs();
    }

    /**
     * Settles the conflicts named by their {@link MergeConflict#path()}; the others stay. Throws
     * IllegalArgumentException for a path that is not a conflict of this result.
     */
    public MergeResult resolve(Map<String, Resolution> resolutions) {
        return new MergeResult(outcome.resolve(resolutions), fellBackToText);
    }

    /** One PW940 error per conflict, at its marker line in {@link #textWithMarkers()}. */
    public List<Problem> problems(String file, String resource) {
        List<Problem> problems = new ArrayList<>();
        for (MergeConflict c : conflicts()) {
            String what = c.path().isEmpty() ? "the whole file" : c.path();
            String how = c.bothAdded() ? "both sides added it with different values"
                    : c.ours() == null ? "ours deleted it and theirs changed it"
                    : c.theirs() == null ? "ours changed it and theirs deleted it"
                    : "both sides changed it differently";
            problems.add(Problem.of(ProblemCode.MERGE_CONFLICT, resource, file, c.line(), 1,
                    "Merge conflict at " + what + ": " + how,
                    "Keep one side between the <<<<<<< and >>>>>>> markers (or write the value wanted) and delete the marker lines"));
        }
        return problems;
    }

    static void checkKnown(Map<String, Resolution> resolutions, List<MergeConflict> conflicts) {
        for (String path : resolutions.keySet()) {
            if (conflicts.stream().noneMatch(c -> c.path().equals(path))) {
                throw new IllegalArgumentException("No conflict at '" + path + "'");
            }
        }
    }
}
