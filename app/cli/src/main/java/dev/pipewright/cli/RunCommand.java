package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.DataAccess;
import dev.pipewright.runtime.run.Fixture;
import dev.pipewright.runtime.run.LocalRunner;
import dev.pipewright.runtime.run.PipelineRun;
import dev.pipewright.runtime.run.RunClock;
import dev.pipewright.runtime.run.RunControl;
import dev.pipewright.runtime.run.RunJson;
import dev.pipewright.runtime.run.RunListener;
import dev.pipewright.runtime.run.RunStatus;
import dev.pipewright.runtime.run.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code pipewright run}: a pipeline run on this machine with ADF's semantics, kept in the run history. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a pipeline on this machine, as ADF's Debug would, and print its activity runs.",
                "",
                "Control flow, variables, expressions and policies run here; activities that need Azure compute take their outcome "
                        + "from --fixture or fail as not runnable here (PW971). Each activity run says which integration runtime and region "
                        + "ADF would use and what it would cost. Runs are kept in the run history (--runs). Ctrl+C cancels the run.",
                "Details and record shapes: docs/runs.md.",
                "Exit status: 0 = Succeeded, 1 = Failed or Cancelled, 2 = could not run (bad arguments, parameters or fixture)."})
final class RunCommand extends ConnectCommandBase {
    enum Format { text, json }

    @Parameters(index = "1", paramLabel = "<pipeline>", description = "The pipeline's name (ignores case).")
    String pipeline;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A pipeline parameter (repeatable), converted to its declared type: "
            + "Int, Float, Bool (true/false), Array and Object as JSON. Parameters without a default must be given.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--fixture", paramLabel = "<file>", description = "Outcomes of activities that cannot run here, by activity name (docs/runs.md).")
    Path fixture;

    @Option(names = "--wait-scale", paramLabel = "F", defaultValue = "1",
            description = "Run waits (Wait, retry intervals) at this fraction of their time, 0 to 1 (default: ${DEFAULT-VALUE}); "
                    + "the recorded times and costs still count the whole wait.")
    double waitScale;

    @Option(names = "--runs", paramLabel = "<file>", description = "The run history (default: ~/.pipewright/runs.db).")
    Path runs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    int run() {
        if (spec.commandLine().getParseResult().hasMatchedOption("--timeout")) {
            throw new IllegalArgumentException("--timeout does not apply to runs: each activity's policy.timeout limits it (docs/runs.md)");
        }
        RunClock clock = RunClock.scaled(waitScale);
        Connections connections = connections(null, null);
        if (connections == null) return Main.COULD_NOT_RUN;
        Factory factory = connections.factory();
        Fixture outcomes = fixture == null ? Fixture.NONE : cannotStart(() -> Fixture.read(fixture));
        RunStore store = openStore(factory);
        RunListener listener = store == null ? RunListener.NONE : store;
        RunControl control = new RunControl();
        CountDownLatch ended = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            control.cancel();
            awaitQuietly(ended);
        }, "pipewright-run-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        LocalRunner.Options options = new LocalRunner.Options(outcomes, clock, listener, new DataAccess(connections));
        try (LocalRunner runner = new LocalRunner(factory, connections.profile(), options)) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            params.forEach((k, v) -> values.put(k, JsonNodeFactory.instance.textNode(v)));
            double before = cannotStart(() -> runner.estimateBefore(pipeline));
            if (format == Format.text) {
                out().printf(java.util.Locale.ROOT, "Before the run: ADF would bill at least $%.4f (each activity once, one billed minute each)%n", before);
                out().flush();
            }
            PipelineRun run = cannotStart(() -> runner.run(pipeline, values, control));
            runner.listenerFailures().forEach(f -> err().println("pipewright: warning PW976 the run was not kept in the history: " + f));
            if (format == Format.json) {
                ProblemReport.printJson(out(), RunJson.pipelineRun(run).put("estimatedCostBeforeRun", RunJson.cost(before).doubleValue()));
            } else {
                RunReport.text(out(), run);
            }
            return run.status() == RunStatus.SUCCEEDED ? Main.OK : Main.PROBLEMS_FOUND;
        } finally {
            ended.countDown();
            if (store != null) store.close();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it cancelled this run
            }
        }
    }

    private RunStore openStore(Factory factory) {
        Path file = runs != null ? runs : RunStore.defaultLocation();
        try {
            return RunStore.open(file, ManagedRuntimes.scopeOf(factory.root()));
        } catch (RunStore.RunStoreException e) {
            err().println("pipewright: warning PW976 the run history " + file + " cannot be opened, so this run is not kept: " + e.getMessage());
            return null;
        }
    }

    /** What fails before anything runs is "could not run" (exit 2), with PW970. */
    private static <T> T cannotStart(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("error PW970 the run cannot start: " + e.getMessage(), e);
        }
    }

    private static void awaitQuietly(CountDownLatch ended) {
        try {
            ended.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
