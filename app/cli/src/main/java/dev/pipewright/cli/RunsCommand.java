package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.run.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pipewright runs}: the run history of a factory, newest first, or one run with its activity runs. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List the factory's local pipeline runs (newest first), or show one with its activity runs.",
                "Exit status: 0 = listed, 1 = no such run, 2 = could not run (the history cannot be read)."})
final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder.")
    Path root;

    @Option(names = "--runs", paramLabel = "<file>", description = "The run history (default: ~/.pipewright/runs.db).")
    Path runs;

    @Option(names = "--run", paramLabel = "<runId>", description = "Show this run with its activity runs.")
    String runId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many runs to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    RunCommand.Format format;

    @Override
    public Integer call() {
        Factory factory = FactoryRoot.load(root);
        Path file = runs != null ? runs : RunStore.defaultLocation();
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no run history at " + file + " (pipewright run writes it)");
        PrintWriter out = spec.commandLine().getOut();
        try (RunStore store = RunStore.open(file, ManagedRuntimes.scopeOf(factory.root()))) {
            if (runId != null) {
                JsonNode run = store.get(runId).orElse(null);
                if (run == null) {
                    spec.commandLine().getErr().println("pipewright: the history has no run " + runId + " of this factory");
                    return Main.PROBLEMS_FOUND;
                }
                if (format == RunCommand.Format.json) {
                    ProblemReport.printJson(out, (ObjectNode) run);
                } else {
                    print(out, List.of(run));
                    run.path("activityRuns").forEach(a -> out.printf(Locale.ROOT, "  %-9s  %s  %s%n", a.path("status").asText(),
                            a.path("scope").asText().isEmpty() ? a.path("activityName").asText() : a.path("scope").asText() + "/" + a.path("activityName").asText(),
                            a.path("activityType").asText()));
                }
                return Main.OK;
            }
            List<JsonNode> list = store.list(Math.max(1, limit));
            if (format == RunCommand.Format.json) {
                ObjectNode doc = ProblemReport.newDocument();
                doc.putArray("runs").addAll(list);
                ProblemReport.printJson(out, doc);
            } else {
                print(out, list);
            }
            return Main.OK;
        } catch (RunStore.RunStoreException e) {
            throw new IllegalArgumentException("error PW976 " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, List<JsonNode> runs) {
        for (JsonNode r : runs) {
            out.printf(Locale.ROOT, "%s  %-10s  %8.2f s  $%.4f  %s  %s%n", r.path("runStart").asText(), r.path("status").asText(),
                    r.path("durationInMs").asLong() / 1000.0, r.path("estimatedCost").asDouble(), r.path("pipelineName").asText(), r.path("runId").asText());
        }
    }
}
