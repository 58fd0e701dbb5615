package dev.pipewright.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the regions of a {@link Diff3} merge as text: stable and one-sided regions as merged, each conflict either
 * as chosen or between git's diff3-style markers ({@code <<<<<<< ours}, {@code ||||||| base}, {@code =======},
 * {@code >>>>>>> theirs}), which git, editors and merge tools recognise.
 */
final class Markers {
    static final String OURS = "<<<<<<< ours";
    static final String BASE = "||||||| base";
    static final String SEPARATOR = "=======";
    static final String THEIRS = ">>>>>>> theirs";

    /** The text, and for each region the 1-based line it starts at in the text (its {@code <<<<<<<} line for a conflict). */
    record Rendered(String text, int[] regionLines) {
    }

    /** The three sides' lines (with their terminators) and the merge of them. */
    record Sides(List<String> base, List<String> ours, List<String> theirs, List<Diff3.Region> regions) {
    }

    private Markers() {
    }

    /**
     * @param chosen   for a conflict region's index, the lines to write instead of it; conflicts not in it get
     *                 markers when {@code markers}, else ours' lines
     * @param lineBreak the terminator of marker lines
     */
    static Rendered render(Sides sides, Map<Integer, List<String>> chosen, boolean markers, String lineBreak) {
        StringBuilder text = new StringBuilder();
        int[] regionLines = new int[sides.regions.size()];
        int line = 1;
        for (int r = 0; r < sides.regions.size(); r++) {
            Diff3.Region region = sides.regions.get(r);
            regionLines[r] = line;
            List<String> lines = switch (region.kind()) {
                case UNCHANGED, OURS, BOTH_SAME -> sides.ours.subList(region.oursStart(), region.oursEnd());
                case THEIRS -> sides.theirs.subList(region.theirsStart(), region.theirsEnd());
                case CONFLICT -> chosen.containsKey(r) ? chosen.get(r) : markers ? null : sides.ours.subList(region.oursStart(), region.oursEnd());
            };
            if (lines == null) {
                lines = marked(sides, region, lineBreak, text);
                if (!lines.get(0).startsWith(OURS)) regionLines[r]++;
            }
            for (String l : lines) {
                text.append(l);
                if (l.endsWith("\n")) line++;
            }
        }
        return new Rendered(text.toString(), regionLines);
    }

    private static List<String> marked(Sides sides, Diff3.Region region, String lineBreak, StringBuilder before) {
        List<String> lines = new ArrayList<>();
        if (before.length() > 0 && before.charAt(before.length() - 1) != '\n') lines.add(lineBreak); // markers start a line
        lines.add(OURS + lineBreak);
        addEnded(lines, sides.ours.subList(region.oursStart(), region.oursEnd()), lineBreak);
        lines.add(BASE + lineBreak);
        addEnded(lines, sides.base.subList(region.baseStart(), region.baseEnd()), lineBreak);
        lines.add(SEPARATOR + lineBreak);
        addEnded(lines, sides.theirs.subList(region.theirsStart(), region.theirsEnd()), lineBreak);
        lines.add(THEIRS + lineBreak);
        return lines;
    }

    /** Adds the lines, ending the last one if the text ended without a line break. */
    private static void addEnded(List<String> target, List<String> lines, String lineBreak) {
        target.addAll(lines);
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) target.add(lineBreak);
    }
}
