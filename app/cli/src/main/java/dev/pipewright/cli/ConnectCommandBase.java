package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.connect.Call;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import picocli.CommandLine.Model.CommandSpec;
import dev.pipewright.runtime.connect.ConnectorHost;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.runtime.secrets.WrongPassphraseException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** What test-connection and preview share: the factory root, the profile, the timeout, and their exit statuses. */
abstract class ConnectCommandBase implements Callable<Integer> {
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

    @Option(names = "--secrets", paramLabel = "<file>",
            description = "The local secret store (default: ~/.pipewright/secrets.db). Secrets stored for the linked service, and the "
                    + "secrets of a Key Vault bound to the store (\"secretStore\": \"local\"), are used when it is unlocked.")
    Path secrets;

    @Option(names = "--passphrase-env", paramLabel = "VAR",
            description = "Unlock the secret store with the passphrase in environment variable VAR. Without it, the passphrase is asked "
                    + "for (no echo) when the store holds secrets this call needs and a terminal is attached.")
    String passphraseEnv;

    @ParentCommand
    Main main;

    private SecretStore openStore;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The connection service for the factory and profile, with the secret store unlocked when it is asked for
     * or needed by a call on {@code linkedService} or {@code dataset}; null (problems printed) when the profile
     * has errors. A wrong passphrase or an unset --passphrase-env variable is "could not run".
     */
    Connections connections(String linkedService, String dataset) {
        Factory factory = FactoryRoot.load(root);
        Connections c;
        if (env == null) {
            c = new Connections(factory, EnvironmentProfile.defaults(), Path.of(""), ConnectorHost.discover(), main.environment);
        } else {
            ProfileReader.Result read = ProfileReader.read(env, RegionCatalog.standard());
            if (!read.ok()) {
                ProblemReport.printText(err(), read.problems());
                err().println("pipewright: the environment profile " + env + " has errors; nothing was contacted");
                return null;
            }
            Path dir = env.toAbsolutePath().getParent();
            c = new Connections(factory, read.profile(), dir == null ? Path.of("") : dir, ConnectorHost.discover(), main.environment);
        }
        // This process is this machine's runtime: its self-hosted nodes are Online; an IR without one gets PW716.
        Path state = dev.pipewright.runtime.ir.IrStateStore.defaultLocation();
        if (Files.isRegularFile(state)) {
            try (var runtimeState = dev.pipewright.runtime.ir.IrStateStore.open(state)) {
                c.withSelfHostedStatus(dev.pipewright.runtime.ir.ManagedRuntimes.nodeStatuses(factory, runtimeState, java.time.Clock.systemUTC(), true));
            }
        } else {
            c.withSelfHostedStatus(ir -> dev.pipewright.runtime.ir.SelfHostedNodes.Status.NEED_REGISTRATION);
        }
        Path store = secrets != null ? secrets : SecretStore.defaultLocation();
        c.withSecretStoreFile(store);
        if (!Files.isRegularFile(store)) return c;
        char[] passphrase = null;
        if (passphraseEnv != null) {
            String value = main.environment.apply(passphraseEnv);
            if (value == null) throw new IllegalArgumentException("environment variable " + passphraseEnv + " (--passphrase-env) is not set");
            passphrase = value.toCharArray();
        } else if (main.prompt != null && c.needsSecretStore(store, linkedService, dataset)) {
            passphrase = main.prompt.ask("Passphrase for the secret store " + store + ": ");
        }
        if (passphrase == null) return c;
        try {
            openStore = SecretStore.open(store, passphrase);
        } catch (WrongPassphraseException e) {
            throw new IllegalArgumentException("the passphrase does not open the secret store " + store);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return c.withSecretStore(openStore);
    }

    /** The command's work; the secret store it opened is closed after it. */
    abstract int run();

    @Override
    public Integer call() {
        try {
            return run();
        } finally {
            if (openStore != null) openStore.close();
        }
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
