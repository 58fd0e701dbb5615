package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.ir.IrEditor;
import dev.pipewright.core.ir.IrListing;
import dev.pipewright.core.ir.IrSettings;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.ir.IrStateStore;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.ir.SelfHostedNodes;
import dev.pipewright.runtime.ir.SsisCost;
import dev.pipewright.runtime.ir.SsisLifecycle;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.runtime.secrets.WrongPassphraseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright ir}: the Manage hub's integration runtime operations on the command line. */
@Command(name = "ir", mixinStandardHelpOptions = true,
        description = {"Integration runtimes: list, create or edit (exactly the JSON ADF writes), start and stop Azure-SSIS,",
                "self-hosted keys and node registration. Secrets go to the local secret store, never the files.",
                "Exit status: 0 = done, 1 = refused (each finding printed with its field), 2 = could not run."},
        subcommands = {IrCommand.ListRuntimes.class, IrCommand.Save.class, IrCommand.Start.class, IrCommand.Stop.class, IrCommand.Keys.class,
                IrCommand.Register.class})
final class IrCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every ir subcommand has: the factory, the profile, the local stores. */
    static final class Context {
        @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder.")
        Path root;

        @Option(names = "--env", paramLabel = "<profile.json>", description = "Environment profile (its mode: DataFactory or Synapse).")
        Path env;

        @Option(names = "--state", paramLabel = "<file>", description = "Runtime state file (default ~/.pipewright/runtime-state.db).")
        Path state;

        @Option(names = "--secrets", paramLabel = "<file>", description = "Secret store (default ~/.pipewright/secrets.db).")
        Path secrets;

        @Option(names = "--passphrase-file", paramLabel = "<file>",
                description = "File holding the secret store's passphrase (else the PIPEWRIGHT_SECRET_PASSPHRASE variable).")
        Path passphraseFile;

        private SecretStore store;
        private IrStateStore stateStore;

        ManagedRuntimes open(Factory factory) {
            boolean synapse = false;
            if (env != null) {
                ProfileReader.Result read = ProfileReader.read(env, RegionCatalog.standard());
                if (!read.ok()) throw new IllegalArgumentException("--env: " + read.problems().get(0).message());
                synapse = read.profile().mode() == EnvironmentProfile.Mode.SYNAPSE;
            }
            stateStore = IrStateStore.open(state != null ? state : IrStateStore.defaultLocation());
            return new ManagedRuntimes(factory, this::secretStore, stateStore, Clock.systemUTC(), SsisLifecycle.configuredTimeScale(), synapse);
        }

        private SecretStore secretStore() {
            if (store == null) {
                Path file = secrets != null ? secrets : SecretStore.defaultLocation();
                if (passphraseFile == null && System.getenv("PIPEWRIGHT_SECRET_PASSPHRASE") == null) {
                    // no passphrase given: the one the OS keyring keeps for this store, if a keyring is reachable
                    dev.pipewright.runtime.secrets.OsKeyring keyring = dev.pipewright.runtime.secrets.OsKeyring.configured();
                    store = SecretStore.openFromKeyring(file, keyring).orElseThrow(() -> new IllegalArgumentException(
                            "the secret store needs a passphrase: --passphrase-file or PIPEWRIGHT_SECRET_PASSPHRASE (OS keyring not used: "
                                    + (keyring.status().reachable() ? keyring.status().description() + " keeps no passphrase for " + file
                                    : keyring.status().description()) + ")"));
                    return store;
                }
                try {
                    store = SecretStore.open(file, passphrase());
                } catch (WrongPassphraseException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
            }
            return store;
        }

        private char[] passphrase() {
            try {
                if (passphraseFile != null) return Files.readString(passphraseFile, StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("--passphrase-file: " + e.getMessage());
            }
            String env = System.getenv("PIPEWRIGHT_SECRET_PASSPHRASE");
            if (env == null) throw new IllegalArgumentException("the secret store needs a passphrase: --passphrase-file or PIPEWRIGHT_SECRET_PASSPHRASE");
            return env.toCharArray();
        }

        void close() {
            if (store != null) store.close();
            if (stateStore != null) stateStore.close();
        }
    }

    /** An ir subcommand: opens the factory and the stores, runs, closes the stores. */
    abstract static class RuntimeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Context context;

        abstract int run(ManagedRuntimes runtimes, PrintWriter out);

        @Override
        public Integer call() {
            ManagedRuntimes runtimes = context.open(FactoryRoot.load(context.root));
            try {
                return run(runtimes, spec.commandLine().getOut());
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("pipewright: " + e.getMessage());
                return Main.PROBLEMS_FOUND;
            } finally {
                context.close();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The IRs as ADF lists them, with status and what uses each.")
    static final class ListRuntimes extends RuntimeCommand {
        @Override
        int run(ManagedRuntimes rt, PrintWriter out) {
            String format = "%-32s %-19s %-24s %-14s %-18s %s%n";
            out.printf(format, "NAME", "TYPE", "SUB-TYPE", "REGION", "STATUS", "RELATED");
            for (IrListing.Row row : IrListing.rows(rt.factory())) {
                String status = rt.status(row.name());
                if (row.kind() == IntegrationRuntime.Kind.AZURE_SSIS) {
                    IntegrationRuntime ir = rt.runtime(row.name()).orElseThrow();
                    status += SsisCost.hourly(ir.nodeSize().orElse(""), ir.numberOfNodes().orElse(0)).map(e -> " " + e.label()).orElse("");
                }
                out.printf(format, row.name(), row.typeLabel(), row.subType(), row.region(), status, String.join(", ", row.usedBy()));
            }
            return Main.OK;
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Create an IR, or edit an existing one (--edit), and save the factory file in ADF's exact format.",
                    "Fields not given keep their value on edit and take the wizard's default on create."})
    static final class Save extends RuntimeCommand {
        @ArgGroup(exclusive = false, heading = "Settings%n")
        IrOptions options = new IrOptions();

        @Override
        int run(ManagedRuntimes rt, PrintWriter out) {
            IrSettings settings = options.settings(rt);
            IrEditor.Result result = options.edit ? rt.update(settings) : rt.create(settings);
            List<Problem> problems = result.problems().stream().map(p -> p.toProblem(settings.name())).toList();
            ProblemReport.printText(spec.commandLine().getErr(), problems);
            if (!result.ok()) return Main.PROBLEMS_FOUND;
            FactoryWriter.Result saved = FactoryWriter.save(rt.factory());
            ProblemReport.printText(spec.commandLine().getErr(), saved.problems());
            out.println((options.edit ? "Saved " : "Created ") + String.join(", ", saved.written())
                    + (settings.secrets().isEmpty() ? "" : " (" + settings.secrets().size() + " secret(s) in the local secret store)"));
            return saved.ok() ? Main.OK : Main.PROBLEMS_FOUND;
        }
    }

    /** Start and stop: one Azure-SSIS transition each, reported as the state entered and when it ends. */
    abstract static class SsisTransition extends RuntimeCommand {
        @Parameters(index = "1", paramLabel = "<name>", description = "The Azure-SSIS IR.")
        String name;

        abstract SsisLifecycle.Status apply(ManagedRuntimes rt, String name);

        @Override
        int run(ManagedRuntimes rt, PrintWriter out) {
            SsisLifecycle.Status status = apply(rt, name);
            out.printf("%s: %s until %s%n", name, status.state().label(), status.until());
            return Main.OK;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start an Azure-SSIS IR (Starting, then Started).")
    static final class Start extends SsisTransition {
        @Override
        SsisLifecycle.Status apply(ManagedRuntimes rt, String name) {
            return rt.start(name);
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop an Azure-SSIS IR (Stopping, then Stopped).")
    static final class Stop extends SsisTransition {
        @Override
        SsisLifecycle.Status apply(ManagedRuntimes rt, String name) {
            return rt.stop(name);
        }
    }

    @Command(name = "keys", mixinStandardHelpOptions = true, description = "A self-hosted IR's authentication keys (made on first use).")
    static final class Keys extends RuntimeCommand {
        @Parameters(index = "1", paramLabel = "<name>")
        String name;
        @Option(names = "--regenerate", paramLabel = "authKey1|authKey2", description = "Replace one key first.")
        String regenerate;

        @Override
        int run(ManagedRuntimes rt, PrintWriter out) {
            if (regenerate != null) rt.selfHosted().regenerate(name, regenerate);
            SelfHostedNodes.AuthKeys keys = rt.selfHosted().keys(name);
            out.printf("authKey1 %s%nauthKey2 %s%n", keys.key1(), keys.key2());
            return Main.OK;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Register this machine as a node of a self-hosted IR.")
    static final class Register extends RuntimeCommand {
        @Parameters(index = "1", paramLabel = "<name>")
        String name;
        @Option(names = "--key", paramLabel = "<key>", description = "One of the IR's keys (default: key 1).")
        String key;

        @Override
        int run(ManagedRuntimes rt, PrintWriter out) {
            SelfHostedNodes.Node node = rt.selfHosted().registerThisMachine(name, key != null ? key : rt.selfHosted().keys(name).key1());
            out.printf("%s: node %s registered; status %s%n", name, node.name(), rt.status(name));
            return Main.OK;
        }
    }
}
