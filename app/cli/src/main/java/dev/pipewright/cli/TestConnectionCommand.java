package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.runtime.connect.ConnectionResult;
import dev.pipewright.runtime.connect.Connections;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code pipewright test-connection}: ADF's Test connection, run on this machine through the IR placement picks. */
@Command(name = "test-connection", mixinStandardHelpOptions = true,
        description = {"Test a linked service's connection for real, from this machine.",
                "",
                "Placement picks the integration runtime as ADF would; a store it cannot reach fails without being contacted. "
                        + "Otherwise Pipewright connects to the profile's local stand-in for the store, or to the address in the linked service.",
                "Exit status: 0 = connected, 1 = the connection failed, 2 = could not run (bad arguments, profile or name)."})
final class TestConnectionCommand extends LinkedServiceCommandBase {
    @Override
    int run() {
        Connections connections = connections(linkedService, null);
        if (connections == null) return Main.COULD_NOT_RUN;
        ConnectionResult r = connections.testConnection(linkedService, newCall());
        PrintWriter out = out();
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = ProblemReport.newDocument();
            doc.put("linkedService", r.linkedService());
            doc.put("ok", r.ok());
            doc.put("via", r.via());
            r.reasons().forEach(doc.withArray("reasons")::add);
            doc.put("target", r.target());
            doc.put("detail", r.detail());
            doc.put("elapsedMs", r.elapsed().toMillis());
            doc.set("problems", ProblemReport.toJson(r.problems()));
            ProblemReport.printJson(out, doc);
        } else {
            out.println("Linked service " + r.linkedService() + ": " + (r.ok() ? "connection successful" : "connection failed")
                    + (r.via().isEmpty() ? "" : " via " + r.via()) + " (" + seconds(r.elapsed()) + ")");
            if (!r.target().isEmpty()) out.println("  through " + r.target());
            if (!r.detail().isEmpty()) out.println("  " + r.detail());
            ProblemReport.printText(out, r.problems());
        }
        return exitStatus(r.problems());
    }
}
