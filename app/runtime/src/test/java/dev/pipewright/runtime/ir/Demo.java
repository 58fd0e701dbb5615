package dev.pipewright.runtime.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.runtime.secrets.WrongPassphraseException;

import java.nio.file.Path;

/** The demo factory exported into a temporary folder, with a secret store and a state store beside it. */
final class Demo implements AutoCloseable {
    final Path root;
    final Factory factory;
    final SecretStore secrets;
    final IrStateStore state;
    final TestClock clock = new TestClock();
    final ManagedRuntimes runtimes;

    Demo(Path dir, double ssisTimeScale) {
        root = dir.resolve("factory");
        Factory demo = Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
        if (!FactoryWriter.export(demo, root).ok()) throw new AssertionError("demo factory not exported");
        factory = Factory.load(root);
        try {
            secrets = SecretStore.open(dir.resolve("secrets.db"), "demo passphrase".toCharArray(), 1_000);
        } catch (WrongPassphraseException e) {
            throw new AssertionError(e);
        }
        state = IrStateStore.open(dir.resolve("state.db"));
        runtimes = new ManagedRuntimes(factory, secrets, state, clock, ssisTimeScale, false);
    }

    @Override
    public void close() {
        secrets.close();
        state.close();
    }
}
