package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON-tree merge: the merged tree with a placeholder at each conflict. The text with markers is made by writing
 * the tree three times in ADF's format — with the base's, our and their value at every conflict — and merging those
 * three texts line by line, the lines of conflicting values kept from matching anything: everything else is the
 * same in all three, so markers land around the conflicting members only, with the commas each side needs.
 */
final class JsonOutcome implements MergeResult.Outcome {
    private final TreeMerge.Merged merge;
    private final JsonNode oursTree;
    private List<MergeConflict> conflicts;
    private String textWithMarkers;

    JsonOutcome(TreeMerge.Merged merge, JsonNode oursTree) {
        this.merge = merge;
        this.oursTree = oursTree;
    }

    @Override
    public List<MergeConflict> conflicts() {
        if (conflicts == null) {
            if (merge.conflicts().isEmpty()) {
                conflicts = List.of();
            } else {
                renderMarkers();
            }
        }
        return conflicts;
    }

    @Override
    public String mergedText() {
        JsonNode merged = merged();
        return merged == null ? "" : AdfJsonWriter.pretty(merged);
    }

    @Override
    public String textWithMarkers() {
        conflicts();
        return textWithMarkers == null ? mergedText() : textWithMarkers;
    }

    @Override
    public JsonNode merged() {
        return merge.conflicts().isEmpty() ? merge.tree() : merge.placeholders().substitute(merge.tree(), Placeholder.Conflict::ours);
    }

    @Override
    public boolean sameAsOurs() {
        return merge.isOurs();
    }

    @Override
    public MergeResult.Outcome resolve(Map<String, Resolution> resolutions) {
        MergeResult.checkKnown(resolutions, conflicts());
        JsonNode tree = merge.placeholders().substitute(merge.tree(), c -> {
            Resolution r = resolutions.get(c.path());
            return r == null ? c.placeholder() : r.pick(c.base(), c.ours(), c.theirs());
        });
        List<Placeholder.Conflict> left = merge.conflicts().stream().filter(c -> !resolutions.containsKey(c.path())).toList();
        boolean isOurs = left.isEmpty() && JsonTrees.same(tree, oursTree);
        return new JsonOutcome(new TreeMerge.Merged(tree, left, merge.placeholders(), isOurs), oursTree);
    }

    /** One side written out: its lines, and for each conflict the first and end line of its value (-1 when absent). */
    private record Side(List<String> lines, int[] ids, Map<String, int[]> ranges) {
    }

    private void renderMarkers() {
        Lines lines = new Lines();
        Side base = side(Placeholder.Conflict::base, lines);
        Side ours = side(Placeholder.Conflict::ours, lines);
        Side theirs = side(Placeholder.Conflict::theirs, lines);
        List<Diff3.Region> regions = Diff3.merge(base.ids, ours.ids, theirs.ids);
        Markers.Rendered rendered = Markers.render(new Markers.Sides(base.lines, ours.lines, theirs.lines, regions), Map.of(), true, "\n");
        textWithMarkers = rendered.text();
        List<MergeConflict> list = new ArrayList<>();
        for (Placeholder.Conflict c : merge.conflicts()) {
            int line = 0;
            for (int r = 0; r < regions.size() && line == 0; r++) {
                Diff3.Region region = regions.get(r);
                if (region.kind() == Diff3.Kind.CONFLICT && (inside(ours, c, region.oursStart(), region.oursEnd())
                        || inside(base, c, region.baseStart(), region.baseEnd()) || inside(theirs, c, region.theirsStart(), region.theirsEnd()))) {
                    line = rendered.regionLines()[r];
                }
            }
            list.add(new MergeConflict(c.path(), c.base(), c.ours(), c.theirs(), line));
        }
        conflicts = List.copyOf(list);
    }

    private static boolean inside(Side side, Placeholder.Conflict c, int start, int end) {
        int[] range = side.ranges.get(c.token());
        return range != null && range[0] < end && range[1] > start;
    }

    /**
     * The tree with this side's value at every conflict, in ADF's format. Each conflicting value is first written as
     * its placeholder string (one line), then that line is replaced by the value written at the line's indentation;
     * those lines get ids of their own so the line merge never matches them.
     */
    private Side side(Function<Placeholder.Conflict, JsonNode> value, Lines ids) {
        JsonNode tree = merge.placeholders().substitute(merge.tree(), c -> value.apply(c) == null ? null : c.placeholder());
        List<String> lines = new ArrayList<>();
        List<Integer> lineIds = new ArrayList<>();
        Map<String, int[]> ranges = new HashMap<>();
        String text = tree == null ? "" : AdfJsonWriter.pretty(tree);
        for (String line : Lines.split(text)) {
            int at = line.indexOf(Placeholder.START);
            Placeholder.Conflict conflict = at < 1 ? null : conflictAt(line, at);
            if (conflict == null) {
                lines.add(line);
                lineIds.add(ids.id(line));
                continue;
            }
            int end = line.indexOf('"', at);
            String prefix = line.substring(0, at - 1);
            String suffix = line.substring(end + 1);
            String indent = prefix.substring(0, prefix.length() - prefix.stripLeading().length());
            List<String> valueLines = Lines.split(AdfJsonWriter.pretty(value.apply(conflict)));
            int first = lines.size();
            for (int i = 0; i < valueLines.size(); i++) {
                String v = valueLines.get(i);
                boolean last = i == valueLines.size() - 1;
                lines.add((i == 0 ? prefix : indent) + v + (last ? suffix : ""));
                lineIds.add(ids.unique());
            }
            ranges.put(conflict.token(), new int[]{first, lines.size()});
        }
        return new Side(lines, lineIds.stream().mapToInt(Integer::intValue).toArray(), ranges);
    }

    private Placeholder.Conflict conflictAt(String line, int at) {
        int end = line.indexOf('"', at);
        return end < 0 ? null : merge.placeholders().of(line.substring(at, end));
    }
}
