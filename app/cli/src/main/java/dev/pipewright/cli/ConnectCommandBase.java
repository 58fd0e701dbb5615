package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.connect.Call;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What test-connection and preview share: the factory root, the profile, the timeout, and their exit statuses. */
abstract class ConnectCommandBase {
    /** Problems that mean "could not run" (exit 2) rather than "the connection failed" (exit 1). */
    private static final Set<String> CANNOT_RUN = Set.of("PW301", "PW302");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder (holds linkedService/, dataset/ ...).")
    Path root;

    @Option(names = "--env", paramLabel = "<profile.json>",
            description = "Environment profile: networks, regions and the local stand-in of each linked service "
                    + "(linkedServices.<name>.localEndpoint; see docs/connectors.md). Without it: every store public, no stand-ins.")
    Path env;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The connection service for the factory and profile; null (problems printed) when the profile has errors. */
    Connections connections() {
        Factory factory = FactoryRoot.load(root);
        if (env == null) return new Connections(factory, EnvironmentProfile.defaults(), Path.of(""));
        ProfileReader.Result read = ProfileReader.read(env, RegionCatalog.standard());
        if (!read.ok()) {
            ProblemReport.printText(err(), read.problems());
            err().println("pipewright: the environment profile " + env + " has errors; nothing was contacted");
            return null;
        }
        Path dir = env.toAbsolutePath().getParent();
        return new Connections(factory, read.profile(), dir == null ? Path.of("") : dir);
    }

    Call newCall() {
        if (!(timeoutSeconds > 0)) throw new IllegalArgumentException("--timeout must be more than 0 seconds");
        return new Call(Duration.ofMillis((long) (timeoutSeconds * 1000)), null);
    }

    static int exitStatus(List<Problem> problems) {
        if (problems.stream().anyMatch(p -> p.isError() && CANNOT_RUN.contains(p.code()))) return Main.COULD_NOT_RUN;
        return problems.stream().anyMatch(Problem::isError) ? Main.PROBLEMS_FOUND : Main.OK;
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
