package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.diff.ResourceChange;
import dev.pipewright.git.GitProblemException;
import dev.pipewright.git.RevisionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pipewright diff}: the changed resources of a factory between revisions, with the semantic summary. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"List the resources that changed, not the files, each with what changed in it",
                "(\"activity CP_Sales: policy.timeout 7.00:00:00 → 0.02:00:00\"). Formatting-only changes are not changes.",
                "Default: the working tree against HEAD; --from alone: that revision against the working tree.",
                "Exit status: 0 = no changes, 1 = changes, 2 = could not run."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's root folder inside a git working copy.")
    Path root;

    @Option(names = "--from", paramLabel = "<rev>", description = "The revision to compare from (default: HEAD).")
    String from;

    @Option(names = "--to", paramLabel = "<rev>", description = "The revision to compare to (default: the working tree).")
    String to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json: {\"changes\": [{\"kind\", \"name\", \"change\", \"oldName\", \"details\"}]}.")
    ProblemReport.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ResourceChange> changes;
        try {
            changes = RevisionDiff.changes(root, from, to);
        } catch (GitProblemException e) {
            spec.commandLine().getErr().println("pipewright: " + e.problem());
            return Main.COULD_NOT_RUN;
        }
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = ProblemReport.newDocument();
            ArrayNode array = doc.putArray("changes");
            for (ResourceChange c : changes) {
                ObjectNode o = array.addObject();
                o.put("kind", c.kind().folder());
                o.put("name", c.name());
                o.put("change", c.change().name().toLowerCase(Locale.ROOT));
                if (c.oldName() != null) o.put("oldName", c.oldName());
                ArrayNode details = o.putArray("details");
                c.details().forEach(details::add);
            }
            ProblemReport.printJson(out, doc);
        } else {
            for (ResourceChange c : changes) out.println(line(c));
        }
        return changes.isEmpty() ? Main.OK : Main.PROBLEMS_FOUND;
    }

    /** {@code modified pipeline/PL_Sales: activity CP_Sales: policy.timeout …; activity Wait_2 added}. */
    static String line(ResourceChange c) {
        StringBuilder sb = new StringBuilder(c.change().name().toLowerCase(Locale.ROOT)).append(' ').append(c.id());
        if (c.oldName() != null) sb.append(" (was ").append(c.oldName()).append(')');
        if (!c.details().isEmpty()) sb.append(": ").append(String.join("; ", c.details()));
        return sb.toString();
    }
}
