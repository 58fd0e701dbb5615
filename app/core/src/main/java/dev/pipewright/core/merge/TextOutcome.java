package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A line merge ({@link Diff3}); each conflict is a run of lines, named {@code line N} after where it starts in ours. */
final class TextOutcome implements MergeResult.Outcome {
    private final Markers.Sides sides;
    private final Map<Integer, List<String>> chosen;
    private final String lineBreak;
    private final String oursText;
    private List<MergeConflict> conflicts;

    TextOutcome(Markers.Sides sides, Map<Integer, List<String>> chosen, String lineBreak, String oursText) {
        this.sides = sides;
        this.chosen = chosen;
        this.lineBreak = lineBreak;
        this.oursText = oursText;
    }

    static TextOutcome merge(String base, String ours, String theirs) {
        Lines ids = new Lines();
        List<String> baseLines = Lines.split(base == null ? "" : base);
        List<String> oursLines = Lines.split(ours);
        List<String> theirsLines = Lines.split(theirs);
        List<Diff3.Region> regions = Diff3.merge(ids.ids(baseLines), ids.ids(oursLines), ids.ids(theirsLines));
        return new TextOutcome(new Markers.Sides(baseLines, oursLines, theirsLines, regions), Map.of(), Lines.lineBreak(ours), ours);
    }

    @Override
    public List<MergeConflict> conflicts() {
        if (conflicts == null) {
            int[] lines = Markers.render(sides, chosen, true, lineBreak).regionLines();
            List<MergeConflict> list = new ArrayList<>();
            for (int r = 0; r < sides.regions().size(); r++) {
                Diff3.Region region = sides.regions().get(r);
                if (region.kind() != Diff3.Kind.CONFLICT || chosen.containsKey(r)) continue;
                list.add(new MergeConflict(path(region), text(sides.base(), region.baseStart(), region.baseEnd()),
                        text(sides.ours(), region.oursStart(), region.oursEnd()), text(sides.theirs(), region.theirsStart(), region.theirsEnd()),
                        lines[r]));
            }
            conflicts = List.copyOf(list);
        }
        return conflicts;
    }

    private static String path(Diff3.Region region) {
        return "line " + (region.oursStart() + 1);
    }

    private static JsonNode text(List<String> lines, int start, int end) {
        return JsonNodeFactory.instance.textNode(String.join("", lines.subList(start, end)));
    }

    @Override
    public String mergedText() {
        return Markers.render(sides, chosen, false, lineBreak).text();
    }

    @Override
    public String textWithMarkers() {
        return Markers.render(sides, chosen, true, lineBreak).text();
    }

    @Override
    public JsonNode merged() {
        return null;
    }

    @Override
    public boolean sameAsOurs() {
        return mergedText().equals(oursText);
    }

    @Override
    public MergeResult.Outcome resolve(Map<String, Resolution> resolutions) {
        MergeResult.checkKnown(resolutions, conflicts());
        Map<Integer, List<String>> next = new HashMap<>(chosen);
        for (int r = 0; r < sides.regions().size(); r++) {
            Diff3.Region region = sides.regions().get(r);
            Resolution resolution = region.kind() == Diff3.Kind.CONFLICT ? resolutions.get(path(region)) : null;
            if (resolution == null) continue;
            JsonNode picked = resolution.pick(text(sides.base(), region.baseStart(), region.baseEnd()),
                    text(sides.ours(), region.oursStart(), region.oursEnd()), text(sides.theirs(), region.theirsStart(), region.theirsEnd()));
            String text = picked == null ? "" : picked.asText();
            if (!text.isEmpty() && !text.endsWith("\n")) text += lineBreak;
            next.put(r, Lines.split(text));
        }
        return new TextOutcome(sides, Map.copyOf(next), lineBreak, oursText);
    }
}
