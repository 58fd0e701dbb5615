package dev.pipewright.studio.canvas;

import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.Problem;

import java.util.List;

/** Finds the activity a validation finding is about (by its line in the file) and shows it on the canvas. */
final class ProblemTargets {
    private ProblemTargets() {
    }

    /** The innermost activity whose JSON starts at or before the finding's line, or null. */
    static Activity activityAt(Pipeline pipeline, int line) {
        var entry = byLine(pipeline).floorEntry(line);
        return entry == null ? null : entry.getValue();
    }

    /** Each activity by the line its JSON starts on (one scan of the pipeline's text). */
    static java.util.TreeMap<Integer, Activity> byLine(Pipeline pipeline) {
        String text = AdfJsonWriter.pretty(pipeline.resource().json());
        List<Activity> all = pipeline.allActivities();
        var at = JsonLocator.locateAll(text, all.stream().map(Activity::pointer).toList());
        java.util.TreeMap<Integer, Activity> lines = new java.util.TreeMap<>();
        for (Activity a : all) {
            JsonLocator.Position p = at.get(a.pointer());
            if (p != null) lines.put(p.line(), a);
        }
        return lines;
    }

    /**
     * The findings by the activity they are about, one message per line: the innermost activity at the finding's
     * line, and each container around it ("in X: …"), so a failing inner activity shows on the canvas that holds it.
     */
    static java.util.Map<String, String> byActivity(Pipeline pipeline, List<Problem> problems) {
        java.util.Map<String, StringBuilder> found = new java.util.LinkedHashMap<>();
        if (problems.isEmpty()) return java.util.Map.of();
        java.util.TreeMap<Integer, Activity> lines = byLine(pipeline);
        for (Problem p : problems) {
            var entry = lines.floorEntry(p.line());
            if (entry == null) continue;
            Activity a = entry.getValue();
            String line = p.code() + " " + p.message();
            append(found, a.name(), line);
            for (Activity c = a.container().orElse(null); c != null; c = c.container().orElse(null)) {
                append(found, c.name(), "in " + a.name() + ": " + line);
            }
        }
        java.util.Map<String, String> text = new java.util.LinkedHashMap<>();
        found.forEach((k, v) -> text.put(k, v.toString()));
        return text;
    }

    private static void append(java.util.Map<String, StringBuilder> found, String activity, String line) {
        StringBuilder b = found.computeIfAbsent(activity, k -> new StringBuilder());
        if (b.length() > 0) b.append('\n');
        b.append(line);
    }

    /** Opens the list the finding's activity is in and selects it. */
    static void select(CanvasViewModel canvas, Problem problem) {
        Activity a = activityAt(new Pipeline(canvas.pipeline()), problem.line());
        if (a == null) return;
        String list = a.pointer().substring(0, a.pointer().lastIndexOf('/'));
        while (canvas.breadcrumb().size() > 1 && !canvas.list().equals(list)) canvas.back(canvas.breadcrumb().size() - 2);
        if (!canvas.list().equals(list)) {
            Activity container = a.container().orElse(null);
            if (container == null) return;
            List<Activity.Branch> branches = container.branches();
            for (int i = 0; i < branches.size(); i++) {
                if (branches.get(i).pointer().equals(list)) canvas.open(container.name(), i);
            }
        }
        canvas.select(List.of(a.name()));
    }
}
