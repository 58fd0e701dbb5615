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
        String text = AdfJsonWriter.pretty(pipeline.resource().json());
        Activity best = null;
        int bestLine = -1;
        for (Activity a : pipeline.allActivities()) {
            int at = JsonLocator.locate(text, a.pointer()).line();
            if (at <= line && at >= bestLine) {
                best = a;
                bestLine = at;
            }
        }
        return best;
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
