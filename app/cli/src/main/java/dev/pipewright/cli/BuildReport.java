package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.PublishChanges;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How {@code build} commands report: the problems, the export's size and split, the pending changes. */
final class BuildReport {
    private BuildReport() {
    }

    static ObjectNode document(Path root, String factoryId, ArmExport.Result result) {
        ObjectNode doc = ProblemReport.document(root, result.problems());
        doc.put("factoryId", factoryId);
        doc.put("resources", result.resources());
        doc.put("parameters", result.parameters());
        ArrayNode parts = doc.putArray("linkedTemplates");
        for (ArmExport.Part p : result.parts()) {
            ObjectNode o = parts.addObject();
            o.put("file", p.file());
            o.put("resources", p.resources());
            o.put("bytes", p.bytes());
        }
        doc.set("problems", ProblemReport.toJson(result.problems()));
        return doc;
    }

    static void changes(ObjectNode doc, PublishChanges changes) {
        ObjectNode o = doc.putObject("changes");
        put(o, "added", changes.added());
        put(o, "changed", changes.changed());
        put(o, "deleted", changes.deleted());
        put(o, "triggersToStopAndStart", changes.triggersToRestart());
    }

    private static void put(ObjectNode o, String key, List<String> values) {
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
    }

    /** {@code linked templates: 11 (ArmTemplate_0.json 20 resources 81,598 bytes; ...)}: the split, one line per part. */
    static void printSplit(PrintWriter out, ArmExport.Result result) {
        if (result.parts().isEmpty()) {
            out.println("linked templates: none (a Synapse workspace deploys TemplateForWorkspace.json)");
            return;
        }
        out.printf("linked templates: %d parts%n", result.parts().size());
        for (ArmExport.Part p : result.parts()) out.printf("  %s: %d resources, %,d bytes%n", p.file(), p.resources(), p.bytes());
    }

    static void printChanges(PrintWriter out, PublishChanges changes, boolean since) {
        out.printf("changes%s: %d added, %d changed, %d deleted%n", since ? " since the previous publish" : " (no previous publish given: all new)",
                changes.added().size(), changes.changed().size(), changes.deleted().size());
        for (String r : changes.added()) out.println("  added " + r);
        for (String r : changes.changed()) out.println("  changed " + r);
        for (String r : changes.deleted()) out.println("  deleted " + r);
        out.println("triggers to stop before and start after the deployment: "
                + (changes.triggersToRestart().isEmpty() ? "none" : String.join(", ", changes.triggersToRestart())));
    }
}
