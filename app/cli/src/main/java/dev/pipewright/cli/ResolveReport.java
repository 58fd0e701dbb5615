package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.runtime.placement.FactorySettings;
import dev.pipewright.runtime.placement.Placement;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Prints the result of {@code pipewright resolve}: a table with reasons, or the JSON document of the CLI contract. */
final class ResolveReport {
    private static final String[] HEADERS = {"ACTIVITY", "TYPE", "KIND", "INTEGRATION RUNTIME (REGION)"};

    private final FactorySettings factory;
    private final List<Placement> placements;
    private final List<Problem> problems;

    ResolveReport(FactorySettings factory, List<Placement> placements, List<Problem> problems) {
        this.factory = factory;
        this.placements = placements;
        this.problems = problems;
    }

    /** The profile has errors: nothing is placed. Problems go to stdout as JSON, or to stderr as text. */
    static void profileRejected(PrintWriter out, PrintWriter err, ProblemReport.Format format, Path profile, List<Problem> problems) {
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = ProblemReport.newDocument();
            doc.putNull("factory");
            doc.putArray("placements");
            doc.set("problems", ProblemReport.toJson(problems));
            ProblemReport.printJson(out, doc);
        } else {
            ProblemReport.printText(err, problems);
        }
        err.println("pipewright: the environment profile " + profile + " has errors; nothing was resolved");
    }

    void printJson(PrintWriter out) {
        ObjectNode doc = ProblemReport.newDocument();
        ObjectNode f = doc.putObject("factory");
        f.put("name", factory.name());
        f.put("region", factory.region().displayName());
        f.put("mode", factory.mode().label());
        ArrayNode list = doc.putArray("placements");
        for (Placement p : placements) {
            ObjectNode o = list.addObject();
            o.put("pipeline", p.pipeline());
            o.put("activity", p.activity());
            o.put("path", p.path());
            o.put("activityType", p.activityType());
            o.put("integrationRuntime", p.integrationRuntime());
            o.put("kind", p.kind().label());
            o.put("region", p.region());
            o.put("display", p.display());
            ArrayNode reasons = o.putArray("reasons");
            p.reasons().forEach(reasons::add);
            o.set("problems", ProblemReport.toJson(p.problems()));
        }
        doc.set("problems", ProblemReport.toJson(problems));
        ProblemReport.printJson(out, doc);
    }

    void printText(PrintWriter out) {
        out.printf("Factory %s in %s (from %s), mode %s%n%n", factory.name(), factory.region().displayName(),
                factory.regionSource(), factory.mode().label());
        if (placements.isEmpty()) {
            out.println("No activities to place.");
        } else {
            int[] width = widths();
            row(out, width, HEADERS);
            for (Placement p : placements) {
                row(out, width, p.path(), p.activityType(), p.kind().label(), p.display());
                p.reasons().forEach(r -> out.println("    - " + r));
                p.problems().forEach(problem -> out.println("    " + problem));
            }
        }
        if (!problems.isEmpty()) {
            out.println();
            ProblemReport.printText(out, problems);
        }
        out.println();
        out.println(summary());
    }

    private int[] widths() {
        int[] width = new int[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) width[i] = HEADERS[i].length();
        for (Placement p : placements) {
            width[0] = Math.max(width[0], p.path().length());
            width[1] = Math.max(width[1], p.activityType().length());
            width[2] = Math.max(width[2], p.kind().label().length());
        }
        return width;
    }

    private static void row(PrintWriter out, int[] width, String... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) sb.append(" ".repeat(width[i] - cells[i].length() + 2));
        }
        out.println(sb);
    }

    private String summary() {
        Set<String> pipelines = new LinkedHashSet<>();
        placements.forEach(p -> pipelines.add(p.pipeline()));
        long errors = placements.stream().filter(Placement::hasErrors).count();
        long warnings = placements.stream().filter(p -> !p.hasErrors()
                && p.problems().stream().anyMatch(x -> x.severity() == Severity.WARNING)).count();
        String s = placements.size() + (placements.size() == 1 ? " activity" : " activities") + " in " + pipelines.size()
                + (pipelines.size() == 1 ? " pipeline" : " pipelines") + ": " + errors + " with errors, " + warnings + " with warnings only";
        return problems.isEmpty() ? s : s + "; other problems: " + ProblemReport.summary(problems);
    }
}
