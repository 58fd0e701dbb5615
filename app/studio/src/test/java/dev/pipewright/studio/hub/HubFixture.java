package dev.pipewright.studio.hub;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.runtime.secrets.WrongPassphraseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The demo factory exported to a temporary folder, with hub services whose stores live beside it. */
public final class HubFixture implements AutoCloseable {
    /** Azure-SSIS transitions 10,000 times faster than ADF's: starting takes 30 ms. */
    public static final double TIME_SCALE = 0.0001;
    public final Path root;
    public final Factory factory;
    public final HubServices services;

    public HubFixture(Path dir, boolean unlocked) {
        this(dir, unlocked, null);
    }

    /** @param keyring the OS keyring the services use, or null for none */
    public HubFixture(Path dir, boolean unlocked, dev.pipewright.runtime.secrets.OsKeyring keyring) {
        root = dir.resolve("factory");
        Factory demo = Factory.load(repo().resolve("demo-factory"));
        if (!FactoryWriter.export(demo, root).ok()) throw new AssertionError("demo factory not exported");
        factory = Factory.load(root);
        services = keyring == null ? new HubServices(dir.resolve("secrets.db"), dir.resolve("state.db"), Clock.systemUTC(), TIME_SCALE)
                : new HubServices(dir.resolve("secrets.db"), dir.resolve("state.db"), Clock.systemUTC(), TIME_SCALE, keyring);
        if (unlocked) {
            try {
                services.useSecretStore(SecretStore.open(dir.resolve("secrets.db"), "test passphrase".toCharArray(), 1_000));
            } catch (WrongPassphraseException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static Path repo() {
        String demo = System.getProperty("pipewright.demo");
        if (demo != null) return Path.of(demo).getParent();
        return Path.of(System.getProperty("pipewright.repo", "../.."));
    }

    /** A hand-written expected IR file (core's test resources, shared with the core tests). */
    public static String expected(String file) {
        try {
            return Files.readString(repo().resolve("app/core/src/test/resources/dev/pipewright/core/ir/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String written(String runtime) {
        try {
            return Files.readString(root.resolve("integrationRuntime/" + runtime + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ManagedRuntimes runtimes() {
        return new ManagedRuntimes(factory, services::secrets, services.state(), services.clock(), TIME_SCALE, services.synapseProperty().get());
    }

    @Override
    public void close() {
        services.close();
    }
}
