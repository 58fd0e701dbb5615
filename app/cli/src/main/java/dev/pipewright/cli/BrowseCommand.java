package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.runtime.connect.Connections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code pipewright browse}: what a store holds — containers, folders and files; schemas, tables, views and procedures. */
@Command(name = "browse", mixinStandardHelpOptions = true,
        description = {"List what a linked service's store holds at a path: containers, folders and files, or schemas, tables, "
                + "views and stored procedures. Routing and stand-ins as for test-connection.",
                "Exit status: 0 = listed, 1 = the store could not be listed, 2 = could not run."})
final class BrowseCommand extends LinkedServiceCommandBase {
    @Parameters(index = "2", arity = "0..1", paramLabel = "<path>", description = "Where to look: a path printed by an earlier browse (default: the top).")
    String path = "";

    @Override
    int run() {
        Connections connections = connections(linkedService, null);
        if (connections == null) return Main.COULD_NOT_RUN;
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = connections.browse(linkedService, path, newCall(), problems);
        PrintWriter out = out();
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = ProblemReport.newDocument();
            doc.put("linkedService", linkedService);
            doc.put("path", path);
            ArrayNode list = doc.putArray("entries");
            for (Entry e : entries) {
                ObjectNode o = list.addObject().put("name", e.name()).put("kind", e.kind()).put("path", e.path());
                if (e.size() >= 0) o.put("size", e.size());
            }
            doc.set("problems", ProblemReport.toJson(problems));
            ProblemReport.printJson(out, doc);
        } else {
            for (Entry e : entries) out.println(String.format("%-10s %s%s", e.kind(), e.path(), e.size() >= 0 ? "  (" + e.size() + " bytes)" : ""));
            ProblemReport.printText(out, problems);
        }
        return exitStatus(problems);
    }
}
