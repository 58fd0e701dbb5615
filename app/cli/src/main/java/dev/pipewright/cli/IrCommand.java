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
                try {
                    store = SecretStore.open(secrets != null ? secrets : SecretStore.defaultLocation(), passphrase());
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

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The IRs as ADF lists them, with status and what uses each.")
    static final class ListRuntimes implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Context context;

        @Override
        public Integer call() {
            Factory factory = FactoryRoot.load(context.root);
            ManagedRuntimes rt = context.open(factory);
            try {
                PrintWriter out = spec.commandLine().getOut();
                String format = "%-32s %-19s %-24s %-14s %-18s %s%n";
                out.printf(format, "NAME", "TYPE", "SUB-TYPE", "REGION", "STATUS", "RELATED");
                for (IrListing.Row row : IrListing.rows(factory)) {
                    String status = rt.status(row.name());
                    if (row.kind() == IntegrationRuntime.Kind.AZURE_SSIS) {
                        status += SsisCost.hourly(rt.runtime(row.name()).flatMap(IntegrationRuntime::nodeSize).orElse(""),
                                rt.runtime(row.name()).map(ir -> ir.numberOfNodes().orElse(0)).orElse(0)).map(e -> " " + e.label()).orElse("");
                    }
                    out.printf(format, row.name(), row.typeLabel(), row.subType(), row.region(), status, String.join(", ", row.usedBy()));
                }
                return Main.OK;
            } finally {
                context.close();
            }
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Create an IR, or edit an existing one (--edit), and save the factory file in ADF's exact format.",
                    "Fields not given keep their value on edit and take the wizard's default on create."})
    static final class Save implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Context context;
        @ArgGroup(exclusive = false, heading = "Settings%n")
        IrOptions options = new IrOptions();

        @Override
        public Integer call() {
            Factory factory = FactoryRoot.load(context.root);
            ManagedRuntimes rt = context.open(factory);
            try {
                IrSettings settings = options.settings(rt);
                IrEditor.Result result = options.edit ? rt.update(settings) : rt.create(settings);
                List<Problem> problems = result.problems().stream().map(p -> p.toProblem(settings.name())).toList();
                ProblemReport.printText(spec.commandLine().getErr(), problems);
                if (!result.ok()) return Main.PROBLEMS_FOUND;
                FactoryWriter.Result saved = FactoryWriter.save(factory);
                ProblemReport.printText(spec.commandLine().getErr(), saved.problems());
                spec.commandLine().getOut().println((options.edit ? "Saved " : "Created ") + String.join(", ", saved.written())
                        + (settings.secrets().isEmpty() ? "" : " (" + settings.secrets().size() + " secret(s) in the local secret store)"));
                return saved.ok() ? Main.OK : Main.PROBLEMS_FOUND;
            } finally {
                context.close();
            }
        }
    }

    /** {@code ir start} and {@code ir stop}: the Azure-SSIS lifecycle. */
    abstract static class LifecycleCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Context context;
        @Parameters(index = "1", paramLabel = "<name>", description = "The Azure-SSIS IR.")
        String name;

        abstract boolean start();

        @Override
        public Integer call() {
            ManagedRuntimes rt = context.open(FactoryRoot.load(context.root));
            try {
                SsisLifecycle.Status status = start() ? rt.start(name) : rt.stop(name);
                spec.commandLine().getOut().printf("%s: %s until %s%n", name, status.state().label(), status.until());
                return Main.OK;
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("pipewright: " + e.getMessage());
                return Main.PROBLEMS_FOUND;
            } finally {
                context.close();
            }
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start an Azure-SSIS IR (Starting, then Started).")
    static final class Start extends LifecycleCommand {
        @Override
        boolean start() {
            return true;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop an Azure-SSIS IR (Stopping, then Stopped).")
    static final class Stop extends LifecycleCommand {
        @Override
        boolean start() {
            return false;
        }
    }

    @Command(name = "keys", mixinStandardHelpOptions = true, description = "A self-hosted IR's authentication keys (made on first use).")
    static final class Keys implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Context context;
        @Parameters(index = "1", paramLabel = "<name>")
        String name;
        @Option(names = "--regenerate", paramLabel = "authKey1|authKey2", description = "Replace one key first.")
        String regenerate;

        @Override
        public Integer call() {
            ManagedRuntimes rt = context.open(FactoryRoot.load(context.root));
            try {
                if (regenerate != null) rt.selfHosted().regenerate(name, regenerate);
                SelfHostedNodes.AuthKeys keys = rt.selfHosted().keys(name);
                spec.commandLine().getOut().printf("authKey1 %s%nauthKey2 %s%n", keys.key1(), keys.key2());
                return Main.OK;
            } finally {
                context.close();
            }
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Register this machine as a node of a self-hosted IR.")
    static final class Register implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Context context;
        @Parameters(index = "1", paramLabel = "<name>")
        String name;
        @Option(names = "--key", paramLabel = "<key>", description = "One of the IR's keys (default: key 1).")
        String key;

        @Override
        public Integer call() {
            ManagedRuntimes rt = context.open(FactoryRoot.load(context.root));
            try {
                SelfHostedNodes.Node node = rt.selfHosted().registerThisMachine(name, key != null ? key : rt.selfHosted().keys(name).key1());
                spec.commandLine().getOut().printf("%s: node %s registered; status %s%n", name, node.name(), rt.status(name));
                return Main.OK;
            } finally {
                context.close();
            }
        }
    }
}
