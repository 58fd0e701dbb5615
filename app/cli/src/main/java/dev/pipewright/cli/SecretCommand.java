package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.connect.StoredSecrets;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.runtime.secrets.WrongPassphraseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pipewright secret put|list}: a linked service's secrets (or a Key Vault stand-in's) in the local secret store. */
@Command(name = "secret", mixinStandardHelpOptions = true,
        description = {"Store a linked service's secret in the local encrypted secret store, or list the names stored.",
                "For an AzureKeyVault linked service the name is the vault's secret name (what AzureKeyVaultSecret references ask for), "
                        + "else the linked service's property (password, accountKey …). Values never reach the factory.",
                "Exit status: 0 = done, 2 = could not run (no such linked service, no passphrase, wrong passphrase)."})
final class SecretCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "put|list")
    String action;
    @Parameters(index = "1", paramLabel = "<root>")
    Path root;
    @Parameters(index = "2", paramLabel = "<linkedService>")
    String linkedService;
    @Parameters(index = "3", arity = "0..1", paramLabel = "<name>")
    String name;
    @Option(names = "--value-env", paramLabel = "VAR", description = "put: the secret's value is in environment variable VAR (never on the command line).")
    String valueEnv;
    @Option(names = "--secrets", paramLabel = "<file>", description = "The secret store (default: ~/.pipewright/secrets.db).")
    Path secrets;
    @Option(names = "--passphrase-env", paramLabel = "VAR", description = "put: the store's passphrase is in VAR; else it is asked for (no echo).")
    String passphraseEnv;

    @Override
    public Integer call() throws Exception {
        Factory factory = FactoryRoot.load(root);
        Path store = secrets != null ? secrets : SecretStore.defaultLocation();
        if (action.equals("list")) {
            StoredSecrets.names(factory, store, linkedService).forEach(spec.commandLine().getOut()::println);
            return Main.OK;
        }
        if (!action.equals("put")) throw new IllegalArgumentException("unknown action " + action + ": put or list");
        if (name == null || valueEnv == null) throw new IllegalArgumentException("put needs <name> and --value-env VAR");
        String value = main.environment.apply(valueEnv);
        if (value == null) throw new IllegalArgumentException("environment variable " + valueEnv + " (--value-env) is not set");
        var key = StoredSecrets.key(factory, linkedService, name);
        char[] passphrase = passphraseEnv != null ? orFail(main.environment.apply(passphraseEnv), passphraseEnv) : prompted(store);
        if (passphrase == null) throw new IllegalArgumentException("the secret store needs a passphrase: --passphrase-env VAR, or run in a terminal");
        try (SecretStore s = SecretStore.open(store, passphrase)) {
            s.put(key, value);
        } catch (WrongPassphraseException e) {
            throw new IllegalArgumentException("the passphrase does not open the secret store " + store);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        spec.commandLine().getOut().println("Stored " + name + " of " + linkedService + " in " + store);
        return Main.OK;
    }

    /** The passphrase typed at the terminal (twice for a store that does not exist yet); null without a terminal. */
    private char[] prompted(Path store) {
        if (main.prompt == null) return null;
        if (Files.exists(store)) return main.prompt.ask("Passphrase for the secret store " + store + ": ");
        char[] first = main.prompt.ask("Passphrase for the new secret store " + store + ": ");
        char[] again = first == null ? null : main.prompt.ask("Type the passphrase again: ");
        if (first == null || again == null) return null;
        Optional<String> problem = SecretStore.confirmationProblem(first, again);
        Arrays.fill(again, '\0');
        if (problem.isPresent()) {
            Arrays.fill(first, '\0');
            throw new IllegalArgumentException(problem.get() + "; " + store + " was not created");
        }
        return first;
    }

    private static char[] orFail(String v, String var) {
        if (v == null) throw new IllegalArgumentException("environment variable " + var + " (--passphrase-env) is not set");
        return v.toCharArray();
    }
}
